import type { z } from 'zod';

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

/**
 * Who may call an operation, and how they prove it. `player`: a bearer token of the operator's identity provider
 * whose subject is a registered player; `registering player`: such a token whose subject is no player yet.
 */
export type Caller = 'anyone' | 'player' | 'registering player' | 'staff' | 'game provider' | 'PSP' | 'KYC provider';

/** One route of the API as the document describes it. */
export interface OperationSpec {
  method: 'get' | 'post' | 'put' | 'delete';
  /** The Express path, as the app mounts it (`:name` for a path parameter). */
  path: string;
  operationId: string;
  /** One of `Tag`, or a tag its domain declares. */
  tag: string;
  summary: string;
  description?: string;
  caller: Caller;
  /** A staff route called from another origin (Temporal Web): it checks the Origin instead of the CSRF token. */
  originChecked?: boolean;
  /** The schemas the handler validates `req.params`, `req.query` and `req.headers` with. */
  params?: z.ZodType;
  query?: z.ZodType;
  headers?: z.ZodType;
  /** The schema the handler validates the body with (one of `namedSchemas`). */
  body?: z.ZodType;
  /** The body's media type when it is not JSON (a file upload is `multipart/form-data`). */
  bodyContentType?: string;
  /** The handler accepts no body at all (it validates `req.body ?? {}`). */
  bodyOptional?: boolean;
  /** The main success answer, or none for an empty body. */
  success: SuccessAnswer;
  /** Its other answers that are not problems (200 for a repeat where a first request is 202; 503 with a report). */
  otherAnswers?: readonly SuccessAnswer[];
  /**
   * The error `code`s it answers, each with its one HTTP status, besides those every operation of its kind has
   * (`VALIDATION_FAILED` on input, the session and CSRF codes of staff routes, `INTERNAL_ERROR`, ...).
   */
  errors?: ErrorCodes;
  /** Its problems when they extend `problemSchema` (the wallet's carry the balance); registered with an id. */
  problemSchema?: z.ZodType;
}

/** A success answer of an operation: its body's zod schema (registered with `.meta({ id })`), or none. */
export interface SuccessAnswer {
  status: number;
  description: string;
  schema?: z.ZodType;
  contentType?: string;
}

/** Error codes (problem+json `code`) with the HTTP status each is answered with. */
export type ErrorCodes = Readonly<Record<string, number>>;

/** What one domain adds to the OpenAPI document, next to its routers (`api/<domain>/openapi.ts`). */
export interface DomainOpenApi {
  /** Tags of its own (a back-office section), with what a reader finds there. */
  tags?: { name: string; description: string }[];
  /**
   * The routers' request schemas, named in `components.schemas` by these ids (a schema shared by two routes has one
   * id); the routers' own schemas carry no id, so they are named here. Response schemas carry their id themselves.
   */
  requestSchemas: ReadonlyArray<readonly [z.ZodType, string]>;
  operations: readonly OperationSpec[];
}

/** `codes`, each answered with `status`. */
export const answeredWith = (status: number, codes: readonly string[]): ErrorCodes =>
  Object.fromEntries(codes.map((code) => [code, status]));

/** The listed codes of a code → status table (a domain's own, so each code keeps its one status). */
export const codesOf = <C extends string>(table: Readonly<Record<C, number>>, ...codes: C[]): ErrorCodes =>
  Object.fromEntries(codes.map((code) => [code, table[code]]));

/** No such resource (the path names one that does not exist). */
export const NOT_FOUND: ErrorCodes = { NOT_FOUND: 404 };
