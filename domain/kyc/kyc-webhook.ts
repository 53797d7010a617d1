import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { KycCheckKind, KycCheckOutcome } from '../../contracts/kyc';

/** Headers the KYC provider signs its webhooks with. */
export const KycWebhookHeader = { timestamp: 'x-kyc-timestamp', signature: 'x-kyc-signature' } as const;

/** Why a KYC webhook's signature was not accepted; each is a 401 for the sender. */
export type KycWebhookRejection = 'MISSING_HEADERS' | 'STALE_TIMESTAMP' | 'BAD_SIGNATURE';

/** HMAC-SHA256 over `<timestamp>.<raw body>` with the provider's webhook secret, as lowercase hex (the PSPs' scheme). */
export function signKycWebhookBody(secret: string, timestampSeconds: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.`).update(rawBody).digest('hex');
}

/** Checks a webhook's timestamp window (against replays) and signature, in constant time. */
export function verifyKycWebhook(options: {
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: Buffer;
  secret: string;
  toleranceSeconds: number;
  nowMs?: number;
}): KycWebhookRejection | undefined {
  if (!options.timestamp || !options.signature || !/^\d{1,12}$/.test(options.timestamp)) return 'MISSING_HEADERS';
  const skew = Math.abs((options.nowMs ?? Date.now()) / 1000 - Number(options.timestamp));
  if (skew > options.toleranceSeconds) return 'STALE_TIMESTAMP';
  const expected = Buffer.from(signKycWebhookBody(options.secret, Number(options.timestamp), options.rawBody), 'hex');
  const given = /^[0-9a-f]{64}$/i.test(options.signature) ? Buffer.from(options.signature, 'hex') : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected) ? undefined : 'BAD_SIGNATURE';
}

/** A reason code of the provider: upper snake case, such as DOCUMENT_EXPIRED or FACE_MISMATCH. */
export const kycReasonCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,59}$/, 'must be a reason code such as FACE_MISMATCH');

/**
 * The KYC provider's notification that one of our checks is complete: ids and codes only (the provider keeps the
 * documents); fields it may add later are ignored. `reference` is ours (`<onboardingId>:<kind>`), so a result finds its check even when it overtakes the
 * answer that gave us the provider's `checkId`.
 */
export const kycWebhookSchema = z.object({
  eventId: z.string().min(1).max(200),
  checkId: z.string().min(1).max(200),
  reference: z.string().min(1).max(200),
  playerId: z.string().min(1).max(200),
  kind: z.enum(KycCheckKind),
  outcome: z.enum(KycCheckOutcome),
  reasons: z.array(kycReasonCode).max(10),
  completedAt: z.iso
    .datetime({ offset: true })
    .refine((v) => Date.parse(v) >= Date.UTC(2000, 0, 1) && Date.parse(v) < Date.UTC(2100, 0, 1), {
      error: 'must be a time between 2000 and 2100',
    }),
});
export type KycWebhook = z.infer<typeof kycWebhookSchema>;
