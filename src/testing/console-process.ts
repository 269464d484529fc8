/**
 * The console's back end as its own process, for tests that kill it: `npm start` without the
 * SPA build. Prints `ready <url>` once it listens.
 */
import { readConfigOrExit, startConsoleStack, stopOnSignals } from '@/cli/console-stack';

const config = readConfigOrExit(process.env);
const stack = await startConsoleStack(config, { quiet: true });
stopOnSignals(stack.stop);
console.log(`ready ${stack.proxy.url}`);
