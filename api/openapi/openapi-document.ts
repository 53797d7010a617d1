import { z } from 'zod';
import {
  createDocument,
  type CreateDocumentOptions,
  type ZodOpenApiOperationObject,
  type ZodOpenApiParameters,
  type ZodOpenApiResponseObject,
  type oas31,
} from 'zod-openapi';
import { sessionRefusalCodes, StaffRefusalCode } from '../admin/access-control';
import { PlatformErrorCode } from '../../platform/http-errors';
import { PlayerAuthCode } from '../players/player-authentication';
import { Tag, type Caller, type ErrorCodes, type OperationSpec, type SuccessAnswer } from './operation-spec';
import { domainTags, namedSchemas, operations } from './operations';
import { problemSchema } from './response-schemas';

// The document is built by zod-openapi (samchungy/zod-openapi, pinned at 5.4.6) from the routes' zod schemas, request
// and response alike. It renders through zod 4's own `toJSONSchema`, so a schema and its JSON Schema cannot disagree;
// it takes `.meta({ id })` for `components.schemas` without patching zod's prototype (as @asteasolutions/zod-to-openapi
// does with `extendZodWithOpenApi`); it renders each side (a default makes a request field optional, never a response
// field); and it refuses what it cannot represent instead of writing `{}`. 5.4.6 carries the fixes for zod 4.3+;
// 6.x needs Node 22.14, and the project runs on Node 20.

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) or any other part of the document, as plain JSON. */
export type JsonSchema = { [key: string]: unknown };

/** An OpenAPI 3.1 document, as plain JSON. */
export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, JsonSchema>;
    securitySchemes: Record<string, JsonSchema>;
  };
};

const tagDescriptions: Record<Tag, string> = {
  [Tag.PlayerApi]: "Called by the brand's own front end: registration, the player's wallet, the cashier.",
  [Tag.SeamlessWallet]:
    'Called synchronously by game providers for every bet and win. Amounts are integers in minor units. Every ' +
    'request is signed (see the `gameProviderSignature` scheme); a repeated transaction id gets the first answer.',
  [Tag.PspWebhooks]: 'Payment service providers report the result of our orders here (see `pspWebhookSignature`).',
  [Tag.Auth]: 'Staff sign in for the `bo_session` cookie and the CSRF token that every back-office write needs.',
  [Tag.Ops]: 'Health, stack probes and the service levels (SLOs).',
};

/** What each error status means, whatever the operation: the `code` of the body says exactly why. */
const errorStatusDescriptions: Record<number, string> = {
  400: 'Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`.',
  401: 'Not authenticated: `code` says why.',
  403: 'Not allowed: `code` says why.',
  404: 'No such resource.',
  409: 'Conflicts with the current state or an earlier request: `code` says which.',
  413: 'The body is too large.',
  415: 'The body is in an encoding the API does not read.',
  431: "The request's headers are larger than the API reads (16 KB in all).",
  422: 'A business rule refuses it: `code` names the rule.',
  429: 'Too many requests or attempts: wait `Retry-After` seconds.',
  500: 'Unexpected: logged with the request id, which the body quotes.',
  503:
    'An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s ' +
    '(`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key).',
};

/** The problem+json answer of one error status, whose `code` is one of `codes`. */
function errorResponse(status: number, codes: readonly string[], problem: z.ZodType): ZodOpenApiResponseObject {
  const description = errorStatusDescriptions[status];
  if (!description) throw new Error(`no description of error status ${status}`);
  const [first, ...rest] = codes;
  if (!first) throw new Error(`error status ${status} without a code`);
  return {
    description: `${description} Codes: ${codes.map((code) => `\`${code}\``).join(', ')}.`,
    ...(status === 429 || status === 503
      ? { headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } } }
      : {}),
    content: {
      'application/problem+json': { schema: z.intersection(problem, z.object({ code: z.enum([first, ...rest]) })) },
    },
  };
}

const securitySchemes = {
  playerBearer: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      "`Authorization: Bearer <token>`: a JWT of the operator's identity provider (OpenID Connect), signed by a key " +
      'of its JWKS, for this API (`aud`), not expired; its `sub` is the player, bound at registration. 401 ' +
      '`INVALID_TOKEN` (with `WWW-Authenticate: Bearer error="invalid_token"`) otherwise; 403 ' +
      "`PLAYER_NOT_REGISTERED` for a subject that has not registered. Another player's resource answers 404, as an " +
      'unknown one does. On the local stack, `npm run player:token` prints one.',
  },
  staffSession: {
    type: 'apiKey',
    in: 'cookie',
    name: 'bo_session',
    description:
      'The staff session cookie set by `POST /api/auth/login` (HttpOnly, SameSite=Strict). It ends after 30 ' +
      'minutes idle, 12 hours after login, at logout, or when the account is disabled.',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: "Every back-office request but GET and HEAD: the session's `csrfToken` (403 `CSRF` otherwise).",
  },
  gameProviderSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Signature',
    description:
      'HMAC request signing for game providers: `X-Signature` = hex(HMAC-SHA256(secret, "<X-Timestamp>." + raw ' +
      'body)) with the secret of the provider named by `X-Provider-Id`; `X-Timestamp` is Unix seconds and must be ' +
      'within the tolerance of now (no replays). 401 with `code` MISSING_HEADERS, UNKNOWN_PROVIDER, ' +
      'MALFORMED_TIMESTAMP, STALE_TIMESTAMP or BAD_SIGNATURE otherwise.',
  },
  pspWebhookSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Psp-Signature',
    description:
      'HMAC webhook signing: `X-Psp-Signature` = hex(HMAC-SHA256(secret, "<X-Psp-Timestamp>." + raw body)) with ' +
      'the webhook secret of the PSP in the path; `X-Psp-Timestamp` is Unix seconds within the tolerance. 401 with ' +
      '`code` UNKNOWN_PSP, MISSING_HEADERS, STALE_TIMESTAMP or BAD_SIGNATURE otherwise.',
  },
  kycWebhookSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Kyc-Signature',
    description:
      "The identity-verification provider's webhook signing, the PSPs' scheme: `X-Kyc-Signature` = " +
      'hex(HMAC-SHA256(secret, "<X-Kyc-Timestamp>." + raw body)) with the KYC webhook secret; `X-Kyc-Timestamp` is ' +
      'Unix seconds within the tolerance. 401 with `code` MISSING_HEADERS, STALE_TIMESTAMP or BAD_SIGNATURE otherwise.',
  },
} satisfies Record<string, oas31.SecuritySchemeObject>;

const headerParameters = {
  ProviderId: {
    name: 'X-Provider-Id',
    in: 'header',
    required: true,
    description: 'The game provider, whose secret signs the request.',
    schema: { type: 'string', examples: ['demo-games'] },
  },
  ProviderTimestamp: {
    name: 'X-Timestamp',
    in: 'header',
    required: true,
    description: 'Unix time in seconds, signed with the body.',
    schema: { type: 'string', pattern: '^\\d+$' },
  },
  PspTimestamp: {
    name: 'X-Psp-Timestamp',
    in: 'header',
    required: true,
    description: 'Unix time in seconds, signed with the body.',
    schema: { type: 'string', pattern: '^\\d{1,12}$' },
  },
  KycTimestamp: {
    name: 'X-Kyc-Timestamp',
    in: 'header',
    required: true,
    description: 'Unix time in seconds, signed with the body.',
    schema: { type: 'string', pattern: '^\\d{1,12}$' },
  },
  Psp: {
    name: 'psp',
    in: 'path',
    required: true,
    description: 'The PSP sending the webhook; it must match `psp` in the body.',
    schema: { type: 'string', examples: ['cardpay', 'instantbank', 'paywallet'] },
  },
} satisfies Record<string, oas31.ParameterObject>;
const parameterRef = (id: keyof typeof headerParameters) => ({ $ref: `#/components/parameters/${id}` });

const callerParameters: Record<Caller, { $ref: string }[]> = {
  anyone: [],
  player: [],
  'registering player': [],
  staff: [],
  'game provider': [parameterRef('ProviderId'), parameterRef('ProviderTimestamp')],
  PSP: [parameterRef('Psp'), parameterRef('PspTimestamp')],
  'KYC provider': [parameterRef('KycTimestamp')],
};

function securityOf(op: OperationSpec): Record<string, string[]>[] {
  switch (op.caller) {
    case 'anyone':
      return [];
    case 'player':
    case 'registering player':
      return [{ playerBearer: [] }];
    case 'staff':
      return [op.method === 'get' || op.originChecked ? { staffSession: [] } : { staffSession: [], csrfToken: [] }];
    case 'game provider':
      return [{ gameProviderSignature: [] }];
    case 'PSP':
      return [{ pspWebhookSignature: [] }];
    case 'KYC provider':
      return [{ kycWebhookSignature: [] }];
  }
}

/**
 * Every error code an operation can answer, with its one HTTP status: its own (`OperationSpec.errors`), plus those
 * every operation of its kind has.
 */
export function errorCodesOf(op: OperationSpec): ErrorCodes {
  const codes: Record<string, number> = {};
  const add = (code: string, status: number) => {
    if (codes[code] !== undefined && codes[code] !== status)
      throw new Error(`${op.operationId}: ${code} is answered with both ${codes[code]} and ${status}`);
    codes[code] = status;
  };
  if (op.params || op.query || op.headers || op.body) add(PlatformErrorCode.ValidationFailed, 400);
  // Node's HTTP parser refuses a broken request line or header, and headers over its limit, on any route.
  add(PlatformErrorCode.MalformedRequest, 400);
  add(PlatformErrorCode.HeadersTooLarge, 431);
  if (op.method !== 'get') add(PlatformErrorCode.PayloadTooLarge, 413);
  // express.json() reads the bodies of these callers' routes; the signed callers' routes read raw bytes.
  const player = op.caller === 'player' || op.caller === 'registering player';
  if (op.method !== 'get' && (op.caller === 'anyone' || op.caller === 'staff' || player)) {
    add(PlatformErrorCode.UnsupportedMediaType, 415);
  }
  // refuseAccountNumbers (platform/refuse-account-numbers.ts) reads the path, query and body of these callers' routes.
  if (op.caller === 'anyone' || op.caller === 'staff' || player) {
    add(PlatformErrorCode.AccountNumberRefused, 400);
  }
  if (player) {
    add(PlayerAuthCode.InvalidToken, 401);
    add(PlayerAuthCode.IdentityProviderUnavailable, 503);
  }
  if (op.caller === 'player') add(PlayerAuthCode.PlayerNotRegistered, 403);
  if (op.caller === 'staff') {
    for (const code of sessionRefusalCodes) add(code, 401);
    add(StaffRefusalCode.Forbidden, 403);
    if (op.method !== 'get' && !op.originChecked) add(StaffRefusalCode.Csrf, 403);
  }
  for (const [code, status] of Object.entries(op.errors ?? {})) add(code, status);
  // The rate limits (platform/rate-limit.ts): the player API's per client address, the signed callers' per caller.
  const signed = op.caller === 'game provider' || op.caller === 'PSP' || op.caller === 'KYC provider';
  if (op.path.startsWith('/player/v1') || signed) {
    add(PlatformErrorCode.RateLimited, 429);
  }
  add(PlatformErrorCode.InternalError, 500);
  // The engine outages (platform/http-errors.ts), by what each kind of caller's routes use: every route reads
  // Postgres; the seamless wallet needs nothing else, the others may call Temporal, Ops reads Kafka too. /health
  // answers an outage with its own report instead.
  if (!op.otherAnswers?.some((answer) => answer.status === 503)) {
    add(PlatformErrorCode.DatabaseUnavailable, 503);
    add(PlatformErrorCode.EngineTimeout, 503);
    if (op.caller !== 'game provider') add(PlatformErrorCode.TemporalUnavailable, 503);
    if (op.tag === Tag.Ops) add(PlatformErrorCode.KafkaUnavailable, 503);
  }
  return Object.fromEntries(Object.entries(codes).sort(([a, x], [b, y]) => x - y || a.localeCompare(b)));
}

function errorResponsesOf(codes: ErrorCodes, problem: z.ZodType): Record<string, ZodOpenApiResponseObject> {
  const byStatus = new Map<number, string[]>();
  for (const [code, status] of Object.entries(codes)) byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  return Object.fromEntries([...byStatus].map(([status, list]) => [status, errorResponse(status, list, problem)]));
}

function successResponse({ description, schema, contentType = 'application/json' }: SuccessAnswer) {
  const content = schema ?? (contentType !== 'application/json' ? z.string() : undefined);
  return { description, ...(content ? { content: { [contentType]: { schema: content } } } : {}) };
}

/** `idempotency-key` → `Idempotency-Key`: how the API's documentation spells a header (HTTP ignores the case). */
const headerName = (name: string) =>
  name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());

/** A schema that validates `req.params`, `req.query` or `req.headers`: one parameter per field. */
function objectOf(schema: z.ZodType, location: string): z.ZodObject {
  if (!(schema instanceof z.ZodObject)) throw new Error(`a ${location} parameter schema must be an object`);
  return schema;
}

/**
 * The header parameters of an operation: the handler validates `req.headers`, whose names Node lowercases, so each
 * is named as the documentation spells it.
 */
const headerParametersOf = (schema: z.ZodType) =>
  Object.entries(objectOf(schema, 'header').shape).map(([name, field]) =>
    field.meta({ param: { in: 'header', name: headerName(name) } }),
  );

function operationObject(op: OperationSpec, named: ReadonlySet<z.ZodType>): ZodOpenApiOperationObject {
  if (op.body && !named.has(op.body)) throw new Error(`${op.operationId}: its body schema is not in namedSchemas`);
  const requestParams: ZodOpenApiParameters = {
    ...(op.params ? { path: objectOf(op.params, 'path') } : {}),
    ...(op.query ? { query: objectOf(op.query, 'query') } : {}),
  };
  const parameters = [...callerParameters[op.caller], ...(op.headers ? headerParametersOf(op.headers) : [])];
  const errorCodes = errorCodesOf(op);
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(Object.keys(requestParams).length ? { requestParams } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: !op.bodyOptional,
            content: { [op.bodyContentType ?? 'application/json']: { schema: op.body } },
          },
        }
      : {}),
    responses: {
      ...Object.fromEntries(
        [op.success, ...(op.otherAnswers ?? [])].map((answer) => [answer.status, successResponse(answer)]),
      ),
      ...errorResponsesOf(errorCodes, op.problemSchema ?? problemSchema),
    },
    'x-error-codes': errorCodes,
    security: securityOf(op),
  };
}

/**
 * How zod-openapi renders a schema, beyond zod's own rendering: a date of a query string is the ISO 8601 string
 * clients send; a response object stays open (zod closes output objects with `additionalProperties: false`), so the
 * API may add a field without breaking a client. A strict object (`z.strictObject`) stays closed.
 */
const renderOptions: CreateDocumentOptions = {
  override: ({ jsonSchema, zodSchema, io }) => {
    const def = zodSchema._zod.def;
    if (def.type === 'date') jsonSchema.format = 'date-time';
    if (io === 'output' && def.type === 'object' && !(def as z.core.$ZodObjectDef).catchall) {
      delete jsonSchema.additionalProperties;
    }
  },
};

/** `/api/players/:playerId/status` → `/api/players/{playerId}/status`. */
export const openApiPath = (expressPath: string) => expressPath.replace(/:(\w+)/g, '{$1}');

/**
 * The OpenAPI 3.1 document of the whole API: player API, seamless wallet, PSP webhooks and back office. Requests are
 * described by the zod schemas the routes validate with, answers by the response schemas beside each router.
 */
export function buildOpenApiDocument(): OpenApiDocument {
  const named = new Set(namedSchemas.map(([schema]) => schema));
  const tags = [...Object.values(Tag).map((name) => ({ name, description: tagDescriptions[name] })), ...domainTags];
  const paths: Record<string, Record<string, ZodOpenApiOperationObject>> = {};
  for (const op of operations) {
    if (!tags.some((tag) => tag.name === op.tag))
      throw new Error(`${op.operationId}: its tag ${op.tag} is not declared`);
    const item = (paths[openApiPath(op.path)] ??= {});
    if (item[op.method]) throw new Error(`${op.method.toUpperCase()} ${op.path} is described twice`);
    item[op.method] = operationObject(op, named);
  }

  const document = createDocument(
    {
      openapi: '3.1.0',
      info: {
        title: 'iGaming back office API',
        version: '1.0.0',
        description:
          'The player API, the seamless-wallet API that game providers call, PSP webhooks, and the back-office API ' +
          'that the admin UI uses. Amounts are integers in minor units with an ISO 4217 currency. Every error is ' +
          '`application/problem+json` (RFC 9457) and every answer carries `X-Request-Id`.',
      },
      tags,
      paths,
      components: {
        parameters: headerParameters,
        securitySchemes,
      },
    },
    renderOptions,
  );
  return document as unknown as OpenApiDocument;
}
