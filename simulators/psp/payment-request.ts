import { createHash } from 'node:crypto';
import { z } from 'zod';
import { PaymentKind } from './psp-profiles';

/** The body of `POST /:psp/v1/payments`; unknown fields are refused so that a typo in an adapter shows at once. */
export const paymentRequestSchema = z.strictObject({
  reference: z.string().min(1).max(200),
  kind: z.enum([PaymentKind.DEPOSIT, PaymentKind.PAYOUT]),
  amountMinor: z
    .number({ error: 'must be an integer number of minor units' })
    .refine(Number.isSafeInteger, { error: 'must be a safe integer number of minor units' })
    .refine((n) => n > 0, { error: 'must be positive' }),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
  playerId: z.string().min(1).max(200),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as DE')
    .optional(),
  method: z.string().min(1).max(100).optional(),
  /** A token this PSP issued to the player: the instrument to charge or pay. Without one a deposit tokenises anew. */
  instrumentToken: z.string().min(1).max(200).optional(),
});
export type PaymentRequest = z.infer<typeof paymentRequestSchema>;

/** The `Idempotency-Key` header's rule. */
export const idempotencyKeySchema = z
  .string({ error: 'the Idempotency-Key header is required' })
  .min(8, 'Idempotency-Key must have 8 to 200 characters')
  .max(200, 'Idempotency-Key must have 8 to 200 characters');

/**
 * A digest of the request's meaning, so that a repeat is recognised whatever its field order or whitespace and a
 * different request under the same key is not.
 */
export function fingerprintPaymentRequest(request: PaymentRequest): string {
  const { reference, kind, amountMinor, currency, playerId, country, method, instrumentToken } = request;
  const canonical = JSON.stringify([
    reference,
    kind,
    amountMinor,
    currency,
    playerId,
    country ?? null,
    method ?? null,
    ...(instrumentToken === undefined ? [] : [instrumentToken]),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
