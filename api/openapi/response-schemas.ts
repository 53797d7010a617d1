import { object, integer, string } from './schema-helpers';
import type { JsonSchema } from './zod-json-schema';

/** RFC 9457 problem details: the body of every error answer (`application/problem+json`). */
export const problemSchema: JsonSchema = {
  type: 'object',
  description:
    'RFC 9457 problem details, the one shape of every error. `code` says why (each code has one HTTP status; each ' +
    'operation lists the codes it answers, by status, and in `x-error-codes`); `errors` lists every invalid field ' +
    'of `VALIDATION_FAILED`; other fields (such as `balance` on INSUFFICIENT_FUNDS or `retryAfterSeconds` on ' +
    'TOO_MANY_ATTEMPTS) extend it.',
  properties: {
    type: { type: 'string', format: 'uri-reference', default: 'about:blank' },
    title: string,
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: string,
    instance: { type: 'string', description: 'The request URL.' },
    requestId: { type: 'string', description: 'Also in the `X-Request-Id` header; quote it to support.' },
    code: { type: 'string', examples: ['VALIDATION_FAILED', 'NO_SESSION', 'FORBIDDEN', 'INSUFFICIENT_FUNDS'] },
    errors: {
      type: 'array',
      items: object({
        field: { type: 'string', description: 'Where the value was: `body.amountMinor`, `query.limit`, ...' },
        message: string,
      }),
    },
  },
  required: ['type', 'title', 'status', 'code', 'instance', 'requestId'],
  if: { properties: { code: { const: 'VALIDATION_FAILED' } }, required: ['code'] },
  then: { type: 'object', properties: { errors: { type: 'array', minItems: 1 } }, required: ['errors'] },
  additionalProperties: true,
};

/** The state of one dependency that `GET /health` checks. */
const dependencyHealth = {
  type: 'object',
  properties: { status: { type: 'string', enum: ['up', 'down'] }, latencyMs: integer, detail: string },
  required: ['status', 'latencyMs'],
};

/** The response bodies of the platform itself (every domain adds its own, see `DomainOpenApi`). */
export const platformResponseSchemas: Record<string, JsonSchema> = {
  Problem: problemSchema,
  Health: {
    type: 'object',
    properties: {
      status: { type: 'string', enum: ['ok', 'degraded'] },
      checks: {
        type: 'object',
        properties: { postgres: dependencyHealth, temporal: dependencyHealth, kafka: dependencyHealth },
        required: ['postgres', 'temporal', 'kafka'],
      },
    },
    required: ['status', 'checks'],
  },
};
