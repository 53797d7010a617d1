import { createHmac } from 'node:crypto';

/** Headers every webhook of the simulated KYC provider carries besides `content-type: application/json`. */
export const KycWebhookHeader = {
  timestamp: 'x-kyc-timestamp',
  signature: 'x-kyc-signature',
} as const;

/**
 * Signs a webhook the way the PSP simulator does: the lowercase hex HMAC-SHA256, keyed with the provider's webhook
 * secret (UTF-8), of `<timestampSeconds>.` followed by the exact raw body bytes; the timestamp (Unix seconds, in
 * `x-kyc-timestamp`) is taken fresh for every attempt while the body stays byte-identical across retries.
 */
export function signKycWebhook(secret: string, timestampSeconds: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.`).update(rawBody).digest('hex');
}
