import { createHmac } from 'node:crypto';

/** Headers every simulated PSP webhook carries besides `content-type: application/json`. */
export const PspWebhookHeader = {
  timestamp: 'x-psp-timestamp',
  signature: 'x-psp-signature',
} as const;

/**
 * Signs a webhook the way the simulated PSPs do, and so the rule the back office verifies against: the signature
 * is the lowercase hex HMAC-SHA256, keyed with that PSP's webhook secret (UTF-8), of the ASCII string
 * `<timestampSeconds>.` followed by the exact raw body bytes; `timestampSeconds` is Unix time in whole seconds,
 * sent in `x-psp-timestamp` and taken fresh for every delivery attempt (the body stays byte-identical across
 * retries). A verifier recomputes it over the raw body before any JSON parsing, compares in constant time, and
 * rejects timestamps too far from now.
 */
export function signPspWebhook(secret: string, timestampSeconds: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.`).update(rawBody).digest('hex');
}
