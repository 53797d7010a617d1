import { createHmac } from 'node:crypto';

/** The two headers a simulator's webhook carries besides `content-type: application/json`. */
export interface WebhookHeaderNames {
  timestamp: string;
  signature: string;
}

/**
 * Signs a webhook the way the simulated PSPs and KYC provider do, and so the rule the back office verifies against:
 * the signature is the lowercase hex HMAC-SHA256, keyed with the sender's webhook secret (UTF-8), of the ASCII
 * string `<timestampSeconds>.` followed by the exact raw body bytes; `timestampSeconds` is Unix time in whole
 * seconds, sent in the timestamp header and taken fresh for every delivery attempt (the body stays byte-identical
 * across retries). A verifier recomputes it over the raw body before any JSON parsing, compares in constant time,
 * and rejects timestamps too far from now.
 */
export function signWebhook(secret: string, timestampSeconds: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.`).update(rawBody).digest('hex');
}
