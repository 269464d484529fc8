/**
 * UserSig v2 (TLSSigAPIv2, HMAC-SHA256), contract §8. Node only: the proxy signs with it and the
 * emulator verifies with it; browser code must never import this module.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';

export interface UserSigInput {
  sdkAppId: number;
  /** The console's secret key, used as its UTF-8 bytes (not hex-decoded). */
  secretKey: string;
  identifier: string;
  expireSeconds: number;
  /** Unix seconds of issue. */
  issuedAt: number;
}

function hmacBase64(input: Omit<UserSigInput, 'secretKey'>, secretKey: string): string {
  const content =
    `TLS.identifier:${input.identifier}\n` +
    `TLS.sdkappid:${input.sdkAppId}\n` +
    `TLS.time:${input.issuedAt}\n` +
    `TLS.expire:${input.expireSeconds}\n`;
  return createHmac('sha256', secretKey).update(content).digest('base64');
}

function toUrlSafe(base64: string): string {
  return base64.replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
}

function fromUrlSafe(userSig: string): string {
  return userSig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
}

export function genUserSig(input: UserSigInput): string {
  const doc = {
    'TLS.ver': '2.0',
    'TLS.identifier': input.identifier,
    'TLS.sdkappid': input.sdkAppId,
    'TLS.time': input.issuedAt,
    'TLS.expire': input.expireSeconds,
    'TLS.sig': hmacBase64(input, input.secretKey),
  };
  return toUrlSafe(deflateSync(Buffer.from(JSON.stringify(doc))).toString('base64'));
}

export type UserSigVerdict =
  | { ok: true; expiresAt: number }
  | { ok: false; code: 70001 | 70002 | 70003 | 70009 | 70013 | 70014; reason: string };

interface SigDoc {
  identifier: string;
  sdkAppId: number;
  issuedAt: number;
  expireSeconds: number;
  sig: string;
}

function decode(userSig: string): SigDoc | undefined {
  try {
    const json: unknown = JSON.parse(
      inflateSync(Buffer.from(fromUrlSafe(userSig), 'base64')).toString('utf8'),
    );
    if (typeof json !== 'object' || json === null) return undefined;
    const doc = json as Record<string, unknown>;
    const [identifier, sdkAppId, issuedAt, expireSeconds, sig] = [
      doc['TLS.identifier'],
      doc['TLS.sdkappid'],
      doc['TLS.time'],
      doc['TLS.expire'],
      doc['TLS.sig'],
    ];
    if (
      typeof identifier !== 'string' ||
      typeof sdkAppId !== 'number' ||
      typeof issuedAt !== 'number' ||
      typeof expireSeconds !== 'number' ||
      typeof sig !== 'string'
    ) {
      return undefined;
    }
    return { identifier, sdkAppId, issuedAt, expireSeconds, sig };
  } catch {
    return undefined;
  }
}

/** Verifies in the order of Tencent's own verifiers, with decision D16's codes. */
export function verifyUserSig(params: {
  userSig: string;
  sdkAppId: number;
  identifier: string;
  secretKey: string;
  nowSeconds: number;
}): UserSigVerdict {
  return verifyDoc(params, params.userSig === '' ? undefined : decode(params.userSig), true);
}

/**
 * `verifyUserSig` for one app, remembering each UserSig whose signature checked out until it
 * expires: a caller signs once and sends the same UserSig on every call, and inflating it and
 * computing its HMAC each time is most of an emulator call's fixed cost. The identifier and the
 * expiry are still checked on every call.
 */
export function createUserSigVerifier(
  app: { sdkAppId: number; secretKey: string },
  { maxEntries = 1000 }: { maxEntries?: number } = {},
): (params: { userSig: string; identifier: string; nowSeconds: number }) => UserSigVerdict {
  const verified = new Map<string, SigDoc>();
  return ({ userSig, identifier, nowSeconds }) => {
    const params = { ...app, userSig, identifier, nowSeconds };
    const known = verified.get(userSig);
    if (known) {
      const verdict = verifyDoc(params, known, false);
      if (!verdict.ok && verdict.code === 70001) verified.delete(userSig);
      return verdict;
    }
    const doc = userSig === '' ? undefined : decode(userSig);
    const verdict = verifyDoc(params, doc, true);
    if (verdict.ok && doc) {
      if (verified.size >= maxEntries) verified.delete(verified.keys().next().value ?? '');
      verified.set(userSig, doc);
    }
    return verdict;
  };
}

function verifyDoc(
  params: {
    userSig: string;
    sdkAppId: number;
    identifier: string;
    secretKey: string;
    nowSeconds: number;
  },
  doc: SigDoc | undefined,
  checkSignature: boolean,
): UserSigVerdict {
  if (params.userSig === '') return { ok: false, code: 70002, reason: 'UserSig is empty.' };
  if (!doc) {
    return {
      ok: false,
      code: 70003,
      reason:
        'The UserSig in use is illegal. Please regenerate UserSig through official API (it could not be decoded or lacks fields).',
    };
  }
  if (doc.sdkAppId !== params.sdkAppId) {
    return {
      ok: false,
      code: 70014,
      reason: `The SDKAppID in the request (${params.sdkAppId}) differs from the one in the UserSig (${doc.sdkAppId}).`,
    };
  }
  if (doc.identifier !== params.identifier) {
    return {
      ok: false,
      code: 70013,
      reason: `The identifier in the request (${params.identifier}) differs from the one in the UserSig (${doc.identifier}).`,
    };
  }
  const expiresAt = doc.issuedAt + doc.expireSeconds;
  if (params.nowSeconds > expiresAt) {
    return {
      ok: false,
      code: 70001,
      reason: `UserSig expired at ${new Date(expiresAt * 1000).toISOString()}.`,
    };
  }
  if (!checkSignature) return { ok: true, expiresAt };
  const expected = Buffer.from(hmacBase64(doc, params.secretKey));
  const actual = Buffer.from(doc.sig);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    return {
      ok: false,
      code: 70009,
      reason:
        'UserSig verification Failed. The UserSig in use maybe generated by Secret Key from other SDKAppID.',
    };
  }
  return { ok: true, expiresAt };
}

/** The inner HMAC of a UserSig, for tests against published vectors. */
export function userSigHmac(input: UserSigInput): string {
  return hmacBase64(input, input.secretKey);
}
