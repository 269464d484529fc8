/**
 * The emulator's entry. It stands in for Tencent's service: it holds only the emulator's own
 * demo key, never a real one, and it must never be imported by browser code.
 */
import { z } from 'zod';

import { CustomTagList, SEED_NAMES, type SeedName } from '@/shared/contract/emulator-control';
import { listen, type Listening } from '@/shared/node/listen';

import {
  createEmulator,
  DEFAULT_ADMIN,
  DEFAULT_EMULATOR_SDKAPPID,
  DEFAULT_EMULATOR_SECRET_KEY,
  type Emulator,
} from './create-emulator';
import { isSeedName } from './seeds';

export const EmulatorEnv = z.object({
  EMULATOR_HOST: z.string().min(1).default('127.0.0.1'),
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(8081),
  EMULATOR_SDKAPPID: z.coerce.number().int().positive().default(DEFAULT_EMULATOR_SDKAPPID),
  EMULATOR_SECRET_KEY: z.string().min(1).default(DEFAULT_EMULATOR_SECRET_KEY),
  EMULATOR_ADMIN: z.string().min(1).default(DEFAULT_ADMIN),
  EMULATOR_SEED: z
    .string()
    .refine(isSeedName, { message: `must be one of ${SEED_NAMES.join(', ')}` })
    .default('demo'),
  EMULATOR_RATE_LIMIT: z.enum(['on', 'off']).default('on'),
  EMULATOR_DATA_DIR: z.string().min(1).optional(),
  /** Comma-separated custom profile and friend tags, e.g. Tag_Profile_Custom_Level,Tag_SNS_Custom_Note. */
  EMULATOR_CUSTOM_TAGS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
    )
    .pipe(CustomTagList),
});
export type EmulatorEnv = z.infer<typeof EmulatorEnv>;

export interface RunningEmulator extends Listening {
  emulator: Emulator;
  config: EmulatorEnv;
}

export async function startEmulatorServer(config: EmulatorEnv): Promise<RunningEmulator> {
  const emulator = createEmulator({
    sdkAppId: config.EMULATOR_SDKAPPID,
    secretKey: config.EMULATOR_SECRET_KEY,
    admins: [config.EMULATOR_ADMIN],
    seed: config.EMULATOR_SEED as SeedName,
    rateLimit: config.EMULATOR_RATE_LIMIT === 'on',
    dataDir: config.EMULATOR_DATA_DIR,
    customTags: config.EMULATOR_CUSTOM_TAGS,
  });
  const listening = await listen(emulator.app.fetch, {
    host: config.EMULATOR_HOST,
    port: config.EMULATOR_PORT,
  });
  return {
    ...listening,
    emulator,
    config,
    close: async () => {
      await listening.close();
      await emulator.flush();
    },
  };
}
