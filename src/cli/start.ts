import { join } from 'node:path';

import { buildIfNeeded } from './build-if-needed';
import { readConfigOrExit, startConsoleStack, stopOnSignals } from './console-stack';

const root = process.cwd();
const config = readConfigOrExit(process.env);
buildIfNeeded(root);
const stack = await startConsoleStack(config, {
  staticDir: join(root, 'dist'),
  quiet: process.env.LOG_LEVEL !== 'info',
});
stopOnSignals(stack.stop);
const target =
  stack.config.mode === 'emulator'
    ? `the embedded emulator at ${stack.emulator?.url} (seed: ${config.emulator?.EMULATOR_SEED})`
    : `Tencent Chat ${stack.config.region}, SDKAppID ${stack.config.credentials.sdkAppId}`;
console.log(`Friend Console is ready at ${stack.proxy.url}\nTarget: ${target}`);
