import { listRoutes } from '../../test/support/express-routes';
import { createApp } from '../app';
import type { AppDeps } from '../app-deps';
import { SEAMLESS_WALLET_PATH } from '../wallet/seamless-router';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi-document';
import { createOpenApiRouter } from './openapi-router';

// The document against the app's own routes (so neither can drift from the other), and its shape against the
// OpenAPI 3.1 rules a client generator or Swagger UI trips on first.

/** Building the app registers routes only; an engine that is touched fails the test instead of hanging on I/O. */
const untouchable = (name: string) =>
  new Proxy(
    {},
    {
      get: (_target, property) => {
        throw new Error(`building the app touched ${name}.${String(property)}`);
      },
    },
  );

function appRoutes(): string[] {
  const app = createApp({
    db: untouchable('db'),
    temporal: untouchable('temporal'),
    kafkaAdmin: untouchable('kafkaAdmin'),
    logger: untouchable('logger'),
    temporalWebLink: () => '',
    verifyPlayerToken: () => Promise.reject(new Error('no player tokens in this test')),
    gameProviderSecrets: new Map(),
    walletSignatureToleranceSeconds: 60,
    pspWebhookSecrets: new Map(),
    pspWebhookToleranceSeconds: 60,
    kycWebhookSecret: 'test-kyc-webhook-secret-0001',
    kycWebhookToleranceSeconds: 60,
    paymentSettings: untouchable('paymentSettings'),
  } as unknown as AppDeps);
  // The routes that serve the document itself (mounted at /api) are not described in it.
  const documentation = new Set(listRoutes(createOpenApiRouter(), '/api'));
  return [...listRoutes(app).filter((r) => !documentation.has(r)), ...walletRoutes()];
}

/**
 * The seamless wallet is a plain Node handler ahead of Express (api/wallet/seamless-router.ts), so no router lists
 * its routes: they are the operations its path pattern names, all POST (it answers 405 to anything else).
 */
function walletRoutes(): string[] {
  const names = /\(([\w|-]+)\)/.exec(SEAMLESS_WALLET_PATH.source)?.[1]?.split('|') ?? [];
  const paths = names.map((name) => `/wallet/v1/${name}`);
  if (paths.length === 0 || !paths.every((p) => SEAMLESS_WALLET_PATH.test(p))) {
    throw new Error(`cannot read the wallet's operations from ${String(SEAMLESS_WALLET_PATH)}: update this test`);
  }
  return paths.map((p) => `POST ${p}`);
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function documentedRoutes(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => m in item).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
  );
}

type Json = { [key: string]: unknown };
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every value in the document with its JSON pointer. */
function* walk(value: unknown, pointer = '#'): Generator<[string, unknown]> {
  yield [pointer, value];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* walk(v, `${pointer}/${i}`);
  else if (isObject(value))
    for (const [k, v] of Object.entries(value))
      yield* walk(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
}

function resolve(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((at, token) => (isObject(at) ? at[token] : undefined), doc);
}

const doc = buildOpenApiDocument();
/** The document as a client sees it: JSON, so that anything JSON cannot carry shows up here. */
const json = JSON.parse(JSON.stringify(doc)) as OpenApiDocument;

describe('the route list', () => {
  it('describes every route the app serves, and no route it does not', () => {
    const served = appRoutes().sort();
    const documented = documentedRoutes(json).sort();
    expect(served.length).toBeGreaterThan(30);
    expect(served.filter((r) => !documented.includes(r))).toEqual([]);
    expect(documented.filter((r) => !served.includes(r))).toEqual([]);
  });
});

describe('the document', () => {
  const operations = Object.entries(json.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => m in item).map((m) => ({ route: `${m.toUpperCase()} ${path}`, path, op: item[m] as Json })),
  );

  it('is OpenAPI 3.1 with a title and version', () => {
    expect(json.openapi).toBe('3.1.0');
    expect(json.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
  });

  it('resolves every $ref inside the document', () => {
    const refs = [...walk(json)].filter(([pointer]) => pointer.endsWith('/$ref'));
    expect(refs.length).toBeGreaterThan(50);
    const broken = refs.filter(([, ref]) => typeof ref !== 'string' || resolve(json, ref) === undefined);
    expect(broken).toEqual([]);
  });

  it('declares every path parameter of every path, and no path parameter the path lacks', () => {
    for (const { route, path, op } of operations) {
      const declared = ((op.parameters ?? []) as Json[])
        .map((p) => (typeof p.$ref === 'string' ? (resolve(json, p.$ref) as Json) : p))
        .filter((p) => p.in === 'path');
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect({ route, params: declared.map((p) => p.name).sort() }).toEqual({ route, params: inPath.sort() });
      expect({ route, allRequired: declared.every((p) => p.required === true) }).toEqual({ route, allRequired: true });
    }
  });

  it('gives every operation a unique id, a known tag, a summary, a success answer and problem+json errors', () => {
    const tags = new Set(json.tags.map((t) => t.name));
    const ids = operations.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { route, op } of operations) {
      const responses = op.responses as Record<string, Json>;
      const statuses = Object.keys(responses);
      expect({ route, tags: (op.tags as string[]).every((t) => tags.has(t)), summary: typeof op.summary }).toEqual({
        route,
        tags: true,
        summary: 'string',
      });
      expect({ route, success: statuses.some((s) => /^2\d\d$/.test(s)) }).toEqual({ route, success: true });
      // Every error is a problem; the one 4xx/5xx that is not an error is /health's 503 with its report.
      const errorStatuses = new Set(Object.values(op['x-error-codes'] as Record<string, number>).map(String));
      expect({ route, errors: statuses.filter((s) => Number(s) >= 400 && !errorStatuses.has(s)) }).toEqual({
        route,
        errors: route === 'GET /health' ? ['503'] : [],
      });
      for (const status of statuses.filter((s) => errorStatuses.has(s))) {
        const response = responses[status]!;
        expect({ route, status, content: Object.keys(response.content as Json) }).toEqual({
          route,
          status,
          content: ['application/problem+json'],
        });
      }
    }
  });

  it('names only security schemes it defines, and protects every back-office route but login', () => {
    const schemes = new Set(Object.keys(json.components.securitySchemes));
    for (const { route, path, op } of operations) {
      const security = op.security as Record<string, string[]>[];
      expect({ route, unknown: security.flatMap((s) => Object.keys(s)).filter((n) => !schemes.has(n)) }).toEqual({
        route,
        unknown: [],
      });
      if (path.startsWith('/api/') && route !== 'POST /api/auth/login') {
        const needs = route.startsWith('GET ') ? ['staffSession'] : ['csrfToken', 'staffSession'];
        expect({ route, security: Object.keys(security[0] ?? {}).sort() }).toEqual({ route, security: needs });
      }
    }
  });

  it('has no schema that says nothing (what zod could not represent)', () => {
    const empty = [...walk(json)].filter(
      ([pointer, value]) =>
        isObject(value) && Object.keys(value).length === 0 && /\/(schema|items|properties\/[^/]+)$/.test(pointer),
    );
    expect(empty.map(([pointer]) => pointer)).toEqual([]);
  });

  it('describes answers with the response schemas beside the routers, open where the API may add fields', () => {
    const schemas = json.components.schemas;
    // A response object is open (no `additionalProperties: false`); a strict request object stays closed.
    expect(schemas.Payment).not.toHaveProperty('additionalProperties');
    expect(schemas.PaymentRequest).toMatchObject({ additionalProperties: false });
    // Every status as an enum of the contract's statuses, tied to the payment's kind.
    expect(schemas.WithdrawalState).toMatchObject({
      properties: { status: { enum: expect.arrayContaining(['AWAITING_SECOND_APPROVAL', 'PAID']) } },
    });
    expect(schemas.PlayerPayment).toMatchObject({
      allOf: [
        {
          if: { properties: { kind: { const: 'DEPOSIT' } } },
          then: { properties: { status: { enum: expect.any(Array) } } },
        },
        { if: { properties: { kind: { const: 'WITHDRAWAL' } } } },
      ],
    });
    // Required and nullable fields as the handlers answer them; shared schemas by reference.
    expect(schemas.Payment).toMatchObject({
      required: expect.arrayContaining(['paymentId', 'status', 'psp', 'failureReason']),
      properties: {
        psp: { type: ['string', 'null'] },
        currency: { $ref: '#/components/schemas/Currency' },
      },
    });
    expect(schemas.PaymentDetail).toMatchObject({
      allOf: [{ $ref: '#/components/schemas/Payment' }, { type: 'object' }],
    });
    expect(schemas.Problem).toMatchObject({
      required: expect.arrayContaining(['code', 'requestId', 'instance']),
      if: { properties: { code: { const: 'VALIDATION_FAILED' } } },
    });
    const getPayment = json.paths['/api/payments/{paymentId}']!.get!.responses as Record<string, Json>;
    expect(getPayment['200']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/PaymentDetail' } } },
    });
  });

  it('describes request bodies with the schemas the routes validate with', () => {
    const schemas = json.components.schemas;
    expect(schemas.WalletBetRequest).toMatchObject({
      required: expect.arrayContaining(['transactionId', 'playerId', 'amountMinor']),
      additionalProperties: false,
    });
    // A default makes a field optional for the client (the input side of the schema).
    expect((schemas.WalletBetRequest!.required as string[]).includes('roundFinished')).toBe(false);
    expect(schemas.WalletWinRequest).toMatchObject({
      properties: { winKind: { enum: ['ROUND', 'FREE_ROUND', 'JACKPOT', 'PROMO'] } },
    });
    // The wallet's refusals carry the balance; each status lists its codes (ROUND_FINISHED is a 409 of a bet).
    const betConflict = (json.paths['/wallet/v1/bet']!.post!.responses as Record<string, Json>)['409'] as Json;
    expect(betConflict).toMatchObject({
      content: {
        'application/problem+json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/WalletRefusal' },
              { properties: { code: { enum: expect.arrayContaining(['ROUND_FINISHED']) } } },
            ],
          },
        },
      },
    });
    expect(json.paths['/player/v1/deposits']!.post!.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
    );
  });
});
