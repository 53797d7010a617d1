import { z } from 'zod';
import { namedSchemas, operations, Tag, type Caller, type OperationSpec } from './operations';
import { responseSchemas } from './response-schemas';
import { componentSchemasOf, parametersOf, type JsonSchema, type OpenApiParameter } from './zod-json-schema';

/** An OpenAPI 3.1 document, as plain JSON. */
export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, JsonSchema>;
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
  [Tag.BackOfficePayments]: 'Payments read model, the withdrawal approval queue and decisions, reconciliation.',
  [Tag.BackOfficePlayers]: 'The player 360 and status changes.',
  [Tag.BackOfficeStaffAndAudit]: 'Staff administration and the tamper-evident audit log.',
  [Tag.BackOfficeJurisdictions]: 'Per-jurisdiction rules as every domain applies them, with their regulations.',
  [Tag.Ops]: 'Health, stack probes and the service levels (SLOs).',
};

const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const problemResponse = (description: string, extra: JsonSchema = {}) => ({
  description,
  content: problemContent,
  ...extra,
});

/** The error answers, by status: every one is `application/problem+json`. */
const errorResponses: Record<number, readonly [string, JsonSchema]> = {
  400: ['BadRequest', problemResponse('Invalid request: `errors` names every invalid field.')],
  401: ['Unauthorized', problemResponse('Not authenticated: `code` says why (NO_SESSION, BAD_SIGNATURE, ...).')],
  403: ['Forbidden', problemResponse('Not allowed: `code` is FORBIDDEN, CSRF or the business reason.')],
  404: ['NotFound', problemResponse('No such resource.')],
  409: ['Conflict', problemResponse('Conflicts with the current state or an earlier request: `code` says which.')],
  422: ['UnprocessableContent', problemResponse('A business rule refuses it: `code` names the rule.')],
  429: [
    'TooManyRequests',
    problemResponse('Too many attempts.', {
      headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
    }),
  ],
  500: ['InternalError', problemResponse('Unexpected: logged with the request id, which the body quotes.')],
};

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

/** The error statuses an operation can answer: its own, plus those every operation of its kind has. */
function errorStatusesOf(op: OperationSpec): number[] {
  const statuses = new Set(op.errors ?? []);
  if (op.params || op.query || op.headers || op.body) statuses.add(400);
  if (op.caller !== 'anyone') statuses.add(401);
  if (op.caller === 'staff') statuses.add(403);
  statuses.add(500);
  return [...statuses].sort((a, b) => a - b);
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
  const { status, description, schema, contentType = 'application/json' } = op.success;
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
      [status]: {
        description,
        ...(schema
          ? { content: { [contentType]: { schema: { $ref: `#/components/schemas/${schema}` } } } }
          : contentType !== 'application/json'
            ? { content: { [contentType]: { schema: { type: 'string' } } } }
            : {}),
      },
      ...Object.fromEntries(
        errorStatusesOf(op).map((code) => [code, { $ref: `#/components/responses/${errorResponses[code]![0]}` }]),
      ),
    },
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

  const paths: OpenApiDocument['paths'] = {};
  for (const op of operations) {
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
    tags: Object.values(Tag).map((name) => ({ name, description: tagDescriptions[name] })),
    paths,
    components: {
      schemas: { ...requestSchemas, ...responseSchemas },
      responses: Object.fromEntries(Object.values(errorResponses)),
      parameters: headerParameters,
      securitySchemes,
    },
  };
}
