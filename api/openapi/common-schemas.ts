import type { WorkflowExecutionStatusName } from '@temporalio/client';
import { z } from 'zod';

// The building blocks of the response schemas (api/<domain>/response-schemas.ts). Responses are open objects: the
// document builder leaves out `additionalProperties: false` on them, so the API may add a field without a new version.

/** An RFC 3339 date-time string, as JSON.stringify writes a Date. */
export const dateTime = z.string().meta({ format: 'date-time' });
/** An RFC 3339 date-time string, or null. */
export const nullableDateTime = dateTime.nullable();
/** A JSON integer. */
export const integer = z.int();
/** An amount in minor units. */
export const minor = z.int().meta({ description: 'An amount in minor units (cents) of `currency`.' });
/** A count, zero or more. */
export const count = z.int().min(0);
/** A URL, such as a link into Temporal Web. */
export const url = z.string().meta({ format: 'uri' });

/** A page of a list: its items, the total that match, and the page asked for. */
export const page = <T extends z.ZodType>(items: T) =>
  z.object({ items: z.array(items), total: integer.optional(), limit: integer.optional(), offset: integer.optional() });

/** The display name beside a staff id; null where the id is not staff ('system', a player). */
export const staffName = (of: string) =>
  z
    .string()
    .nullable()
    .meta({ description: `The display name of the staff member in \`${of}\`; null when that is not a staff id.` });

const workflowExecutionStatuses = [
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
] as const satisfies readonly WorkflowExecutionStatusName[];

/** A Temporal workflow execution status, as Temporal names it. */
export const workflowExecutionStatus = z
  .enum(workflowExecutionStatuses)
  .meta({ description: "The workflow's status in Temporal." });
