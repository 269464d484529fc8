import type { CallRecord } from '@/shared/contract/emulator-control';
import type { TargetDescription } from '@/shared/contract/target';

/** Wraps text in single quotes for a POSIX shell. */
const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

export const USERSIG_NOTE =
  'Replace <ADMIN_USERSIG> with a UserSig for the admin account: generate one from the SDKAppID and its secret key with Tencent’s TLSSigAPIv2 (npm tls-sig-api-v2, or the console’s "UserSig Tools"). The emulator checks it with its own key.';

/**
 * The call as a curl command against the same host, Tencent's URL shape included; the UserSig
 * stays a placeholder, as the console never sees the key.
 */
export function callAsCurl(
  call: CallRecord,
  target: Pick<TargetDescription, 'host' | 'sdkAppId' | 'admin' | 'mode'>,
): string {
  const scheme = target.mode === 'emulator' ? 'http' : 'https';
  const url =
    `${scheme}://${target.host}/${call.api}?sdkappid=${target.sdkAppId}` +
    `&identifier=${encodeURIComponent(target.admin)}&usersig=<ADMIN_USERSIG>` +
    `&random=${Math.floor(Math.random() * 2 ** 31)}&contenttype=json`;
  const body =
    call.request === undefined ? '<request body not recorded>' : JSON.stringify(call.request);
  return [
    `# ${USERSIG_NOTE}`,
    `curl -X POST ${shellQuote(url)} \\`,
    `  -H 'content-type: application/json' \\`,
    `  --data-raw ${shellQuote(body)}`,
  ].join('\n');
}

/** Target accounts of a call: recorded by the emulator, else read from its request body. */
export function callTargets(call: CallRecord): string[] {
  if (call.to) return call.to;
  const body = call.request as Record<string, unknown> | undefined;
  const to = body?.To_Account;
  if (Array.isArray(to)) return to.map(String);
  if (typeof to === 'string') return [to];
  for (const list of ['AddFriendItem', 'CheckItem', 'DeleteItem', 'UpdateItem'] as const) {
    const items = body?.[list];
    if (Array.isArray(items)) {
      return items.map((item: Record<string, unknown>) =>
        String(item.To_Account ?? item.UserID ?? ''),
      );
    }
  }
  return [];
}
