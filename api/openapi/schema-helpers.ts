import type { WorkflowExecutionStatusName } from '@temporalio/client';
import type { JsonSchema } from './zod-json-schema';

// The building blocks of the hand-written response schemas (api/<domain>/openapi.ts): responses are built from
// TypeScript types, not zod schemas, so they are described by hand, the fields clients rely on, with open objects
// (additionalProperties) where the API may add fields without a new version.

/** A JSON string. */
export const string = { type: 'string' } as const;
/** An RFC 3339 date-time string. */
export const dateTime = { type: 'string', format: 'date-time' } as const;
/** A JSON integer. */
export const integer = { type: 'integer' } as const;
/** An amount in minor units. */
export const minor = { type: 'integer', description: 'An amount in minor units (cents) of `currency`.' } as const;
/** A count, zero or more. */
export const count = { type: 'integer', minimum: 0 } as const;
/** A string or null. */
export const nullableString = { type: ['string', 'null'] } as const;
/** A reference to a schema of `components.schemas`. */
export const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** An object whose every listed property is required. */
export const object = (properties: Record<string, unknown>, description?: string): JsonSchema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
});

/** A page of a list: its items, the total that match, and the page asked for. */
export const page = (items: unknown, description: string): JsonSchema => ({
  type: 'object',
  description,
  properties: { items: { type: 'array', items }, total: integer, limit: integer, offset: integer },
  required: ['items'],
});

/** The display name beside a staff id; null where the id is not staff ('system', a player). */
export const staffName = (of: string) => ({
  type: ['string', 'null'],
  description: `The display name of the staff member in \`${of}\`; null when that is not a staff id.`,
});

/** A Temporal workflow execution status, as Temporal names it. */
export const workflowExecutionStatus = {
  type: 'string',
  enum: [
    'UNSPECIFIED',
    'RUNNING',
    'COMPLETED',
    'FAILED',
    'CANCELLED',
    'TERMINATED',
    'CONTINUED_AS_NEW',
    'TIMED_OUT',
    'PAUSED',
    'UNKNOWN',
  ] satisfies WorkflowExecutionStatusName[],
  description: "The workflow's status in Temporal.",
};
