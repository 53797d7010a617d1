import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers a game provider signs every seamless-wallet call with. */
export const SignatureHeader = {
  provider: 'x-provider-id',
  timestamp: 'x-timestamp',
  signature: 'x-signature',
} as const;

/** Why a request's signature was not accepted; every reason is a 401 for the caller. */
export type SignatureRejection =
  'MISSING_HEADERS' | 'UNKNOWN_PROVIDER' | 'MALFORMED_TIMESTAMP' | 'STALE_TIMESTAMP' | 'BAD_SIGNATURE';

/** HMAC-SHA256 over `<timestamp>.<raw body>` with the provider's secret, as lowercase hex. */
export function signWalletRequest(secret: string, timestampSeconds: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.`).update(rawBody).digest('hex');
}

/**
 * Checks a request's provider, timestamp window (against replay of a captured request) and signature, in
 * constant time. Returns the provider id, or why the request is refused.
 */
export function verifyWalletRequest(options: {
  headers: Record<string, string | undefined>;
  rawBody: Buffer;
  secrets: ReadonlyMap<string, string>;
  toleranceSeconds: number;
  nowMs?: number;
}): { providerId: string } | { rejection: SignatureRejection } {
  const providerId = options.headers[SignatureHeader.provider];
  const timestamp = options.headers[SignatureHeader.timestamp];
  const signature = options.headers[SignatureHeader.signature];
  if (!providerId || !timestamp || !signature) return { rejection: 'MISSING_HEADERS' };
  const secret = options.secrets.get(providerId);
  if (!secret) return { rejection: 'UNKNOWN_PROVIDER' };
  if (!/^\d{1,12}$/.test(timestamp)) return { rejection: 'MALFORMED_TIMESTAMP' };
  const skew = Math.abs((options.nowMs ?? Date.now()) / 1000 - Number(timestamp));
  if (skew > options.toleranceSeconds) return { rejection: 'STALE_TIMESTAMP' };
  const expected = Buffer.from(signWalletRequest(secret, Number(timestamp), options.rawBody), 'hex');
  const given = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { rejection: 'BAD_SIGNATURE' };
  return { providerId };
}
