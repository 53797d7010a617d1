import type { z } from 'zod';
import type { JsonSchema } from './zod-json-schema';

/**
 * The document's tags by audience, in the order the reference page shows them; each domain adds its own back-office
 * tag after these (`DomainOpenApi.tags`).
 */
export const Tag = {
  PlayerApi: 'Player API',
  SeamlessWallet: 'Seamless wallet (game providers)',
  PspWebhooks: 'PSP webhooks',
  Auth: 'Auth',
  Ops: 'Ops',
} as const;
export type Tag = (typeof Tag)[keyof typeof Tag];

/** Who may call an operation, and how they prove it. */
export type Caller = 'anyone' | 'staff' | 'game provider' | 'PSP';

/** One route of the API as the document describes it. */
export interface OperationSpec {
  method: 'get' | 'post' | 'put';
  /** The Express path, as the app mounts it (`:name` for a path parameter). */
  path: string;
  operationId: string;
  /** One of `Tag`, or a tag its domain declares. */
  tag: string;
  summary: string;
  description?: string;
  caller: Caller;
  /** The schemas the handler validates `req.params`, `req.query` and `req.headers` with. */
  params?: z.ZodType;
  query?: z.ZodType;
  headers?: z.ZodType;
  /** The schema the handler validates the body with (one of `namedSchemas`). */
  body?: z.ZodType;
  /** The handler accepts no body at all (it validates `req.body ?? {}`). */
  bodyOptional?: boolean;
  /** The main success answer: a `components.schemas` id, or none for an empty body. */
  success: { status: number; description: string; schema?: string; contentType?: string };
  /** Business error statuses besides the ones every operation of its kind has (400 on input, 401/403 on auth). */
  errors?: number[];
}

/** What one domain adds to the OpenAPI document, next to its routers (`api/<domain>/openapi.ts`). */
export interface DomainOpenApi {
  /** Tags of its own (a back-office section), with what a reader finds there. */
  tags?: { name: string; description: string }[];
  /** Request bodies, named in `components.schemas` by these ids; a schema shared by two routes has one id. */
  requestSchemas: ReadonlyArray<readonly [z.ZodType, string]>;
  /** The response bodies its operations name, for `components.schemas`. */
  responseSchemas: Record<string, JsonSchema>;
  operations: readonly OperationSpec[];
}
