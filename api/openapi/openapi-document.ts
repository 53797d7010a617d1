import { z } from 'zod';
import { sessionRefusalCodes, StaffRefusalCode } from '../admin/access-control';
import { PlatformErrorCode } from '../../platform/http-errors';
import { Tag, type Caller, type ErrorCodes, type OperationSpec, type SuccessAnswer } from './operation-spec';
import { domainTags, namedSchemas, operations, responseSchemas } from './operations';
import { componentSchemasOf, parametersOf, type JsonSchema, type OpenApiParameter } from './zod-json-schema';

/** An OpenAPI 3.1 document, as plain JSON. */
export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, OpenApiParameter>;
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
  422: 'A business rule refuses it: `code` names the rule.',
  429: 'Too many attempts: wait `Retry-After` seconds.',
  500: 'Unexpected: logged with the request id, which the body quotes.',
  503:
    'An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s ' +
    '(`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key).',
};

/** The problem+json answer of one error status, whose `code` is one of `codes`. */
function errorResponse(status: number, codes: readonly string[], problemSchema: string): JsonSchema {
  const description = errorStatusDescriptions[status];
  if (!description) throw new Error(`no description of error status ${status}`);
  return {
    description: `${description} Codes: ${codes.map((code) => `\`${code}\``).join(', ')}.`,
    ...(status === 429 || status === 503
      ? { headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } } }
      : {}),
    content: {
      'application/problem+json': {
        schema: {
          type: 'object',
          allOf: [{ $ref: `#/components/schemas/${problemSchema}` }],
          properties: { code: { enum: codes } },
        },
      },
    },
  };
}

const securitySchemes = {
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
};

const headerParameters: Record<string, OpenApiParameter> = {
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
  Psp: {
    name: 'psp',
    in: 'path',
    required: true,
    description: 'The PSP sending the webhook; it must match `psp` in the body.',
    schema: { type: 'string', examples: ['cardpay', 'instantbank', 'paywallet'] },
  },
};
const parameterRef = (id: keyof typeof headerParameters) => ({ $ref: `#/components/parameters/${id}` });

const callerParameters: Record<Caller, JsonSchema[]> = {
  anyone: [],
  staff: [],
  'game provider': [parameterRef('ProviderId'), parameterRef('ProviderTimestamp')],
  PSP: [parameterRef('Psp'), parameterRef('PspTimestamp')],
};

function securityOf(op: OperationSpec): Record<string, string[]>[] {
  switch (op.caller) {
    case 'anyone':
      return [];
    case 'staff':
      return [op.method === 'get' ? { staffSession: [] } : { staffSession: [], csrfToken: [] }];
    case 'game provider':
      return [{ gameProviderSignature: [] }];
    case 'PSP':
      return [{ pspWebhookSignature: [] }];
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
  if (op.method !== 'get') {
    add(PlatformErrorCode.MalformedRequest, 400);
    add(PlatformErrorCode.PayloadTooLarge, 413);
  }
  // express.json() reads the bodies of these callers' routes; the signed callers' routes read raw bytes.
  if (op.method !== 'get' && (op.caller === 'anyone' || op.caller === 'staff')) {
    add(PlatformErrorCode.UnsupportedMediaType, 415);
  }
  if (op.caller === 'staff') {
    for (const code of sessionRefusalCodes) add(code, 401);
    add(StaffRefusalCode.Forbidden, 403);
    if (op.method !== 'get') add(StaffRefusalCode.Csrf, 403);
  }
  for (const [code, status] of Object.entries(op.errors ?? {})) add(code, status);
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

function errorResponsesOf(codes: ErrorCodes, problemSchema: string): Record<string, JsonSchema> {
  const byStatus = new Map<number, string[]>();
  for (const [code, status] of Object.entries(codes)) byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [status, errorResponse(status, list, problemSchema)]),
  );
}

function successResponse({ description, schema, contentType = 'application/json' }: SuccessAnswer): JsonSchema {
  return {
    description,
    ...(schema
      ? { content: { [contentType]: { schema: { $ref: `#/components/schemas/${schema}` } } } }
      : contentType !== 'application/json'
        ? { content: { [contentType]: { schema: { type: 'string' } } } }
        : {}),
  };
}

function operationObject(op: OperationSpec, bodyIds: ReadonlyMap<z.ZodType, string>): JsonSchema {
  const parameters = [
    ...callerParameters[op.caller],
    ...(op.params ? parametersOf(op.params, 'path') : []),
    ...(op.query ? parametersOf(op.query, 'query') : []),
    ...(op.headers ? parametersOf(op.headers, 'header') : []),
  ];
  const bodyId = op.body && bodyIds.get(op.body);
  if (op.body && !bodyId) throw new Error(`${op.operationId}: its body schema is not in namedSchemas`);
  const errorCodes = errorCodesOf(op);
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(bodyId
      ? {
          requestBody: {
            required: !op.bodyOptional,
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${bodyId}` } } },
          },
        }
      : {}),
    responses: {
      ...Object.fromEntries(
        [op.success, ...(op.otherAnswers ?? [])].map((answer) => [answer.status, successResponse(answer)]),
      ),
      ...errorResponsesOf(errorCodes, op.problemSchema ?? 'Problem'),
    },
    'x-error-codes': errorCodes,
    security: securityOf(op),
  };
}

/** `/api/players/:playerId/status` → `/api/players/{playerId}/status`. */
export const openApiPath = (expressPath: string) => expressPath.replace(/:(\w+)/g, '{$1}');

/**
 * The OpenAPI 3.1 document of the whole API: player API, seamless wallet, PSP webhooks and back office. Request
 * schemas are converted from the zod schemas the routes validate with, so the two cannot disagree.
 */
export function buildOpenApiDocument(): OpenApiDocument {
  const registry = z.registry<{ id: string }>();
  const bodyIds = new Map<z.ZodType, string>();
  for (const [schema, id] of namedSchemas) {
    registry.add(schema, { id });
    bodyIds.set(schema, id);
  }
  const requestSchemas = componentSchemasOf(registry);
  const clash = Object.keys(requestSchemas).find((id) => id in responseSchemas);
  if (clash) throw new Error(`${clash} names both a request and a response schema`);

  const tags = [...Object.values(Tag).map((name) => ({ name, description: tagDescriptions[name] })), ...domainTags];
  const paths: OpenApiDocument['paths'] = {};
  for (const op of operations) {
    if (!tags.some((tag) => tag.name === op.tag))
      throw new Error(`${op.operationId}: its tag ${op.tag} is not declared`);
    const item = (paths[openApiPath(op.path)] ??= {});
    if (item[op.method]) throw new Error(`${op.method.toUpperCase()} ${op.path} is described twice`);
    item[op.method] = operationObject(op, bodyIds);
  }

  return {
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
      schemas: { ...requestSchemas, ...responseSchemas },
      parameters: headerParameters,
      securitySchemes,
    },
  };
}
