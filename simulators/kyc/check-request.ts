import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CheckKind } from './kyc-settings';

const name = z.string().trim().min(1).max(100);

/**
 * The body of `POST /v1/checks`: one check of one applicant. `reference` is the merchant's own id of the check,
 * echoed in the answer and the webhook. Unknown fields are refused, so a typo in a client shows at once.
 */
export const checkRequestSchema = z.strictObject({
  reference: z.string().min(1).max(200),
  playerId: z.string().min(1).max(200),
  kind: z.enum(CheckKind),
  applicant: z.strictObject({
    givenName: name.optional(),
    familyName: name.optional(),
    dateOfBirth: z.iso.date('must be a date as YYYY-MM-DD'),
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as GB'),
    address: z
      .strictObject({
        lines: z.array(z.string().min(1).max(200)).min(1).max(4),
        city: z.string().min(1).max(100),
        postcode: z.string().min(1).max(20),
        country: z.string().regex(/^[A-Z]{2}$/),
      })
      .optional(),
  }),
});
export type CheckRequest = z.infer<typeof checkRequestSchema>;

/** The `Idempotency-Key` header's rule. */
export const idempotencyKeySchema = z
  .string({ error: 'the Idempotency-Key header is required' })
  .min(8, 'Idempotency-Key must have 8 to 200 characters')
  .max(200, 'Idempotency-Key must have 8 to 200 characters');

/**
 * A digest of the request's meaning (its fields in a fixed order), so that a repeat is recognised whatever its
 * field order or whitespace, and a different request under the same key is not.
 */
export function fingerprintCheckRequest(request: CheckRequest): string {
  const { reference, playerId, kind, applicant } = request;
  const { givenName, familyName, dateOfBirth, country, address } = applicant;
  const canonical = JSON.stringify([
    reference,
    playerId,
    kind,
    givenName ?? null,
    familyName ?? null,
    dateOfBirth,
    country,
    address ? [address.lines, address.city, address.postcode, address.country] : null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
