import { genUserSig } from '@/shared/node/user-sig';

import type { UpstreamCredentials } from './config';

const VALIDITY_SECONDS = 24 * 60 * 60;
/** Renew when less than this is left, so a slow call never carries an expiring signature. */
const RENEW_BEFORE_SECONDS = 60 * 60;

/** The admin UserSig, generated on demand, cached and renewed well before it expires. */
export function createUserSigSource(
  credentials: UpstreamCredentials,
  clock: () => number = Date.now,
) {
  let cached: { userSig: string; issuedAt: number } | undefined;
  return {
    current(): string {
      const now = Math.floor(clock() / 1000);
      const stale =
        !cached ||
        now < cached.issuedAt || // the clock went back: the signature may not be valid yet
        now >= cached.issuedAt + VALIDITY_SECONDS - RENEW_BEFORE_SECONDS;
      if (stale) {
        cached = {
          issuedAt: now,
          userSig: genUserSig({
            sdkAppId: credentials.sdkAppId,
            secretKey: credentials.secretKey,
            identifier: credentials.admin,
            expireSeconds: VALIDITY_SECONDS,
            issuedAt: now,
          }),
        };
      }
      return cached!.userSig;
    },
  };
}
export type UserSigSource = ReturnType<typeof createUserSigSource>;
