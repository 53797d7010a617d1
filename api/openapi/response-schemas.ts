import { z } from 'zod';
import { PlatformErrorCode } from '../../platform/http-errors';
import { integer } from './common-schemas';

/** RFC 9457 problem details: the body of every error answer (`application/problem+json`). */
export const problemSchema = z
  .looseObject({
    type: z.string().meta({ format: 'uri-reference', default: 'about:blank' }),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().meta({ description: 'The request URL.' }),
    requestId: z.string().meta({ description: 'Also in the `X-Request-Id` header; quote it to support.' }),
    code: z.string().meta({ examples: ['VALIDATION_FAILED', 'NO_SESSION', 'FORBIDDEN', 'INSUFFICIENT_FUNDS'] }),
    errors: z
      .array(
        z.object({
          field: z.string().meta({ description: 'Where the value was: `body.amountMinor`, `query.limit`, ...' }),
          message: z.string(),
        }),
      )
      .optional(),
  })
  .meta({
    id: 'Problem',
    description:
      'RFC 9457 problem details, the one shape of every error. `code` says why (each code has one HTTP status; each ' +
      'operation lists the codes it answers, by status, and in `x-error-codes`); `errors` lists every invalid field ' +
      'of `VALIDATION_FAILED`; other fields (such as `balance` on INSUFFICIENT_FUNDS or `retryAfterSeconds` on ' +
      'TOO_MANY_ATTEMPTS) extend it.',
    // JSON Schema ties `errors` to `VALIDATION_FAILED`; zod has no if/then, so the rule is written as JSON Schema.
    if: { properties: { code: { const: PlatformErrorCode.ValidationFailed } }, required: ['code'] },
    then: { type: 'object', properties: { errors: { type: 'array', minItems: 1 } }, required: ['errors'] },
  });

/** The state of one dependency that `GET /health` checks. */
const dependencyHealth = z.object({
  status: z.enum(['up', 'down']),
  latencyMs: integer,
  detail: z.string().optional(),
});

/** What `GET /health` answers, 200 or 503. */
export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    checks: z.object({ postgres: dependencyHealth, temporal: dependencyHealth, kafka: dependencyHealth }),
  })
  .meta({ id: 'Health' });
