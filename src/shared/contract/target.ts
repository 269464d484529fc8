import { z } from 'zod';

/** What `GET /api/target` tells the browser: where writes go. Never the key or a UserSig. */
export const TargetDescription = z.looseObject({
  mode: z.enum(['emulator', 'tencent']),
  sdkAppId: z.number().int(),
  admin: z.string(),
  /** Tencent region name, or `custom` with TIM_BASE_URL; `emulator` for the emulator. */
  region: z.string(),
  /** The upstream host the proxy calls. */
  host: z.string(),
});
export type TargetDescription = z.infer<typeof TargetDescription>;
