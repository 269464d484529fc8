#!/usr/bin/env node
// Loads the TypeScript CLI through tsx (a dependency), so a fresh `npm ci` runs it with plain node.
import { register } from 'tsx/esm/api';

register({ tsconfig: new URL('../tsconfig.node.json', import.meta.url).pathname });
await import('../src/cli/friend-console.ts');
