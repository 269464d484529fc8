import { EmulatorEnv, startEmulatorServer } from '@/emulator/server';

import { stopOnSignals } from './console-stack';

const parsed = EmulatorEnv.safeParse(process.env);
if (!parsed.success) {
  for (const issue of parsed.error.issues)
    console.error(`config: ${issue.path.join('.')}: ${issue.message}`);
  process.exit(2);
}
const running = await startEmulatorServer(parsed.data);
stopOnSignals(running.close);
console.log(
  `Tencent Chat emulator listening at ${running.url}\n` +
    `SDKAppID ${parsed.data.EMULATOR_SDKAPPID}, admin ${parsed.data.EMULATOR_ADMIN}, seed ${parsed.data.EMULATOR_SEED}`,
);
