import { signKycWebhookBody, verifyKycWebhook } from './kyc-webhook';

const secret = 'test-kyc-webhook-secret-0001';
const body = Buffer.from('{"eventId":"kevt_1"}');
const now = 1_800_000_000_000;
const signed = (timestamp = now / 1000, key = secret, raw: Buffer = body) => ({
  timestamp: String(timestamp),
  signature: signKycWebhookBody(key, timestamp, raw),
  rawBody: body,
  secret,
  toleranceSeconds: 300,
  nowMs: now,
});

describe('verifyKycWebhook', () => {
  it('accepts the HMAC-SHA256 of "<timestamp>.<raw body>" within the window, in either case of hex', () => {
    expect(verifyKycWebhook(signed())).toBeUndefined();
    const upper = signed();
    expect(verifyKycWebhook({ ...upper, signature: upper.signature.toUpperCase() })).toBeUndefined();
    expect(verifyKycWebhook(signed(now / 1000 - 299))).toBeUndefined();
  });

  it.each([
    ['another secret', signed(now / 1000, 'another-secret-000000000'), 'BAD_SIGNATURE'],
    ['another body', signed(now / 1000, secret, Buffer.from('{"eventId":"kevt_2"}')), 'BAD_SIGNATURE'],
    ['a truncated signature', { ...signed(), signature: signed().signature.slice(2) }, 'BAD_SIGNATURE'],
    ['a timestamp too old', signed(now / 1000 - 301), 'STALE_TIMESTAMP'],
    ['a timestamp too far ahead', signed(now / 1000 + 301), 'STALE_TIMESTAMP'],
    ['no timestamp', { ...signed(), timestamp: undefined }, 'MISSING_HEADERS'],
    ['a timestamp that is not Unix seconds', { ...signed(), timestamp: '1e9' }, 'MISSING_HEADERS'],
    ['no signature', { ...signed(), signature: undefined }, 'MISSING_HEADERS'],
  ])('refuses %s', (_name, options, rejection) => {
    expect(verifyKycWebhook(options)).toBe(rejection);
  });
});
