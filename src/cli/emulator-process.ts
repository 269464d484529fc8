/** The embedded emulator in its own process, started by `startConsoleStack`. */
import { type EmulatorEnv, startEmulatorServer } from '@/emulator/server';

import { serveParent } from './child-process';

await serveParent<EmulatorEnv>((config) => startEmulatorServer(config));
