import { z } from 'zod';

/** What `GET /api/session` tells the browser: who is calling and what they may do. */
export const Session = z.looseObject({
  identity: z.string(),
  role: z.enum(['viewer', 'operator']),
  /** False when the console runs without any access method (loopback only). */
  signedIn: z.boolean(),
});
export type Session = z.infer<typeof Session>;
