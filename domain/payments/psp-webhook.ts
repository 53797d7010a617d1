import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** Headers a PSP signs its webhooks with. */
export const PspWebhookHeader = { timestamp: 'x-psp-timestamp', signature: 'x-psp-signature' } as const;

/** Why a webhook's signature was not accepted; each is a 401 for the sender. */
export type PspWebhookRejection = 'UNKNOWN_PSP' | 'MISSING_HEADERS' | 'STALE_TIMESTAMP' | 'BAD_SIGNATURE';

/** HMAC-SHA256 over `<timestamp>.<raw body>` with the PSP's webhook secret, as lowercase hex. */
export function signPspWebhookBody(secret: string, timestampSeconds: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.`).update(rawBody).digest('hex');
}

/** Checks a webhook's timestamp window (against replays) and signature, in constant time. */
export function verifyPspWebhook(options: {
  psp: string;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: Buffer;
  secrets: ReadonlyMap<string, string>;
  toleranceSeconds: number;
  nowMs?: number;
}): PspWebhookRejection | undefined {
  const secret = options.secrets.get(options.psp);
  if (!secret) return 'UNKNOWN_PSP';
  if (!options.timestamp || !options.signature || !/^\d{1,12}$/.test(options.timestamp)) return 'MISSING_HEADERS';
  const skew = Math.abs((options.nowMs ?? Date.now()) / 1000 - Number(options.timestamp));
  if (skew > options.toleranceSeconds) return 'STALE_TIMESTAMP';
  const expected = Buffer.from(signPspWebhookBody(secret, Number(options.timestamp), options.rawBody), 'hex');
  const given = /^[0-9a-f]{64}$/i.test(options.signature) ? Buffer.from(options.signature, 'hex') : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected) ? undefined : 'BAD_SIGNATURE';
}

/** A PSP's notification that one of our orders reached a final status. */
export const pspWebhookSchema = z.object({
  eventId: z.string().min(1).max(200),
  psp: z.string().min(1),
  pspReference: z.string().min(1).max(200),
  reference: z.string().min(1).max(200),
  kind: z.enum(['DEPOSIT', 'PAYOUT']),
  status: z.enum(['CAPTURED', 'PAID', 'DECLINED', 'PENDING']),
  code: z.string().max(100).optional(),
  amountMinor: z.number().int().positive().refine(Number.isSafeInteger),
  currency: z.string().regex(/^[A-Z]{3}$/),
  occurredAt: z.string(),
});
export type PspWebhook = z.infer<typeof pspWebhookSchema>;
