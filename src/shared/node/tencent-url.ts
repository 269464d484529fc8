import { randomInt } from 'node:crypto';

/**
 * Tencent's REST URL for one call (contract §1.1): the service path and the signed query
 * string that every call carries.
 */
export function tencentUrl(
  baseUrl: string,
  service: string,
  { sdkAppId, identifier, userSig }: { sdkAppId: number; identifier: string; userSig: string },
): URL {
  const url = new URL(`${baseUrl}/${service}`);
  url.search = new URLSearchParams({
    sdkappid: String(sdkAppId),
    identifier,
    usersig: userSig,
    random: String(randomInt(0, 2 ** 32)),
    contenttype: 'json',
  }).toString();
  return url;
}
