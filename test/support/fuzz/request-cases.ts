import fc from 'fast-check';
import type { JsonSchema, OpenApiDocument } from '../../../api/openapi/openapi-document';
import { authSchemeOf, type FuzzCredentials, type OutgoingRequest } from './auth-schemes';
import { boundaryStrings, contentTypes, hostileValue, jsonText, malformedBodies } from './hostile-values';
import { arbitraryOf, derefSchema, type PropertyHints, type SchemaContext } from './schema-arbitrary';

/** One operation of the OpenAPI document, as the fuzzer reads it. */
export interface FuzzOperation {
  operationId: string;
  method: string;
  /** The path template (`/api/players/{playerId}/status`). */
  template: string;
  parameters: { name: string; in: 'path' | 'query' | 'header'; required: boolean; schema: JsonSchema }[];
  body?: { schema: JsonSchema; required: boolean };
  /** The security schemes a caller must satisfy together (the first requirement), none for a public route. */
  security: string[];
}

/** Headers the security schemes set themselves; the document lists some of them as parameters too. */
const SCHEME_HEADERS = new Set(['x-provider-id', 'x-timestamp', 'x-psp-timestamp', 'x-kyc-timestamp']);

/** Every operation of `document`, in its order. */
export function operationsOf(document: OpenApiDocument): FuzzOperation[] {
  return Object.entries(document.paths).flatMap(([template, item]) =>
    Object.entries(item).map(([method, op]) => {
      const parameters = ((op.parameters ?? []) as JsonSchema[])
        .map((p) => derefSchema(document, p))
        .filter((p) => !(p.in === 'header' && SCHEME_HEADERS.has(String(p.name).toLowerCase())))
        .map((p) => ({
          name: String(p.name),
          in: p.in as 'path' | 'query' | 'header',
          required: p.required === true,
          schema: (p.schema ?? {}) as JsonSchema,
        }));
      const requestBody = op.requestBody as JsonSchema | undefined;
      const content = requestBody?.content as Record<string, { schema: JsonSchema }> | undefined;
      const security = ((op.security ?? []) as Record<string, unknown>[])[0] ?? {};
      return {
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        template,
        parameters,
        ...(content?.['application/json']
          ? { body: { schema: content['application/json'].schema, required: requestBody?.required === true } }
          : {}),
        security: Object.keys(security),
      };
    }),
  );
}

/** What a case does to the request, besides building it from the schema. */
export type CaseKind = 'valid' | 'boundary' | 'malformed' | 'path' | 'query' | 'headers' | 'method' | 'auth';

/** One generated request, before it is authenticated. */
export interface FuzzCase {
  kind: CaseKind;
  /** Another method than the operation's, for the `method` kind. */
  method?: string;
  pathParams: Record<string, string>;
  /** Query string pairs (a name may repeat). */
  query: [string, string][];
  headers: Record<string, string>;
  /** The body as it goes on the wire; undefined for none. */
  body?: string | Buffer;
  /** `valid`, or `<scheme>: <forgery>`. */
  auth: string;
  /** What was done, in words, for the report. */
  note: string;
}

const scalar = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);

/** Header values as Node will send them: tab, printable ASCII and Latin-1 only. */
const headerSafe = (value: string) => value.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');

const setField = (body: unknown, key: string, value: unknown): unknown =>
  body && typeof body === 'object' && !Array.isArray(body) ? { ...body, [key]: value } : { [key]: value };

/**
 * The arbitrary of every case for `op`: valid requests from its schemas (with the fixtures' ids as hints),
 * boundary values in one field, malformed bodies and content types, hostile path and query parameters, odd
 * headers, and every forgery of its security schemes.
 */
export function caseArbitrary(
  op: FuzzOperation,
  document: OpenApiDocument,
  hints: PropertyHints,
): fc.Arbitrary<FuzzCase> {
  const context: SchemaContext = { document, hints };
  const paramsIn = (where: 'path' | 'query' | 'header') => op.parameters.filter((p) => p.in === where);
  const valuesOf = (where: 'path' | 'query' | 'header', all: boolean) => {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const p of paramsIn(where)) model[p.name] = arbitraryOf(p.schema, context, p.name);
    const requiredKeys = paramsIn(where)
      .filter((p) => all || p.required)
      .map((p) => p.name);
    return fc.record(model, { requiredKeys }).map((values) => {
      const out: Record<string, string> = {};
      for (const [name, value] of Object.entries(values)) if (value !== undefined) out[name] = scalar(value);
      return out;
    });
  };
  const validBody: fc.Arbitrary<unknown> = op.body
    ? op.body.required
      ? arbitraryOf(op.body.schema, context)
      : fc.option(arbitraryOf(op.body.schema, context), { nil: undefined })
    : fc.constant(undefined);
  const base = fc.record({
    pathParams: valuesOf('path', true),
    query: valuesOf('query', false).map((q) => Object.entries(q)),
    headers: valuesOf('header', false).map((h) =>
      Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), headerSafe(v)])),
    ),
    body: validBody,
  });
  const build =
    (kind: CaseKind, note: string) => (b: { body: unknown } & Omit<FuzzCase, 'kind' | 'auth' | 'note' | 'body'>) => ({
      ...b,
      kind,
      note,
      auth: 'valid',
      body: b.body === undefined ? undefined : jsonText(b.body),
    });

  const bodyKeys = Object.keys((derefSchema(document, op.body?.schema ?? {}).properties ?? {}) as object);
  const kinds: { weight: number; arbitrary: fc.Arbitrary<FuzzCase> }[] = [
    { weight: 4, arbitrary: base.map(build('valid', 'valid from the schema')) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(base, fc.constantFrom(...bodyKeys, '__proto__', 'constructor', 'unexpected'), hostileValue)
        .map(([b, key, value]) =>
          build(
            'boundary',
            `body.${key} = ${jsonText(value).slice(0, 60)}`,
          )({ ...b, body: setField(b.body, key, value) }),
        ),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(base, fc.constantFrom(...malformedBodies), fc.constantFrom(...contentTypes))
        .map(([b, raw, contentType]) => ({
          ...build(
            'malformed',
            `body ${JSON.stringify(raw.toString().slice(0, 40))} as ${contentType ?? 'no type'}`,
          )({
            ...b,
            body: undefined,
          }),
          body: raw,
          headers: { ...b.headers, ...(contentType ? { 'content-type': contentType } : { 'content-type': '' }) },
        })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(base, fc.constantFrom(...queryAttacks(op)))
        .map(([b, [note, pairs]]) => build('query', note)({ ...b, query: [...b.query, ...pairs] })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(base, fc.constantFrom(...headerAttacks(op)))
        .map(([b, [note, headers]]) => build('headers', note)({ ...b, headers: { ...b.headers, ...headers } })),
    },
  ];
  kinds.push({
    weight: 1,
    arbitrary: fc
      .tuple(
        base,
        fc.constantFrom('DELETE', 'PATCH', 'PUT', 'POST', 'GET', 'OPTIONS').filter((m) => m !== op.method),
      )
      .map(([b, method]) => ({ ...build('method', `${method} instead of ${op.method}`)(b), method })),
  });
  const pathParams = paramsIn('path');
  if (pathParams.length) {
    const hostilePath = fc.oneof(
      fc.constantFrom(...boundaryStrings, ...RAW_PATH_VALUES, '..', '.', 'a/b', ' '),
      fc.string({ unit: 'binary' }),
    );
    kinds.push({
      weight: 2,
      arbitrary: fc
        .tuple(base, fc.constantFrom(...pathParams.map((p) => p.name)), hostilePath)
        .map(([b, name, value]) =>
          build(
            'path',
            `path ${name} = ${JSON.stringify(value.slice(0, 40))}`,
          )({
            ...b,
            pathParams: { ...b.pathParams, [name]: value },
          }),
        ),
    });
  }
  const forgeries = op.security.flatMap((scheme) =>
    Object.keys(authSchemeOf(scheme).forgeries).map((forgery) => `${scheme}: ${forgery}`),
  );
  if (forgeries.length) {
    kinds.push({
      weight: 2,
      arbitrary: fc
        .tuple(base, fc.constantFrom(...forgeries))
        .map(([b, auth]) => ({ ...build('auth', auth)(b), auth })),
    });
  }
  return fc.oneof(...kinds);
}

/** Query strings that a handler must refuse or ignore: repeats, arrays, objects, hostile values. */
function queryAttacks(op: FuzzOperation): [string, [string, string][]][] {
  const declared = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const names = declared.length ? declared : ['limit'];
  return [
    ...names.flatMap((name): [string, [string, string][]][] => [
      [
        `${name} twice`,
        [
          [name, '1'],
          [name, '2'],
        ],
      ],
      [`${name}[]`, [[`${name}[]`, '1']]],
      [`${name}[a]=1`, [[`${name}[a]`, '1']]],
      [`${name} empty`, [[name, '']]],
      [`${name}=-1`, [[name, '-1']]],
      [`${name}=1e400`, [[name, '1e400']]],
      [`${name}=NaN`, [[name, 'NaN']]],
      [`${name}=0x10`, [[name, '0x10']]],
      [`${name}=9007199254740993`, [[name, '9007199254740993']]],
      [`${name} long`, [[name, 'x'.repeat(5_000)]]],
      [`${name} NUL`, [[name, 'a\u0000b']]],
      [`${name} not a date`, [[name, '2024-13-45T99:99:99Z']]],
    ]),
    ['__proto__[polluted]', [['__proto__[polluted]', '1']]],
    ['constructor[prototype][polluted]', [['constructor[prototype][polluted]', '1']]],
    ['unknown parameter', [['unexpected', 'x']]],
    ['many parameters', Array.from({ length: 300 }, (_, i): [string, string] => [`p${i}`, String(i)])],
  ];
}

/** Headers a client may send wrong, whatever the operation. */
function headerAttacks(op: FuzzOperation): [string, Record<string, string>][] {
  const own = op.parameters
    .filter((p) => p.in === 'header')
    .flatMap((p): [string, Record<string, string>][] =>
      ['', ' ', 'a', 'x'.repeat(500), "'; --", 'ÿÿÿÿÿÿÿÿ'].map((value) => [
        `${p.name} = ${JSON.stringify(value.slice(0, 20))}`,
        { [p.name.toLowerCase()]: value },
      ]),
    );
  return [
    ...own,
    ['accept: application/xml', { accept: 'application/xml' }],
    ['accept-encoding: gzip', { 'accept-encoding': 'gzip' }],
    ['accept-encoding: br', { 'accept-encoding': 'br' }],
    ['accept-encoding garbage', { 'accept-encoding': 'x-nonsense;q=2, *;q=0' }],
    ['content-encoding: gzip (not gzipped)', { 'content-encoding': 'gzip' }],
    ['content-encoding: unknown', { 'content-encoding': 'x-unknown' }],
    ['x-request-id long', { 'x-request-id': 'r'.repeat(4_000) }],
    ['headers larger than the server reads (20 KB)', { 'x-padding': 'p'.repeat(20_000) }],
    ['x-request-id latin-1', { 'x-request-id': 'ÿ\u00a0é' }],
    ['x-forwarded-for spoofed', { 'x-forwarded-for': '1.2.3.4, 10.0.0.1' }],
    ['origin: evil', { origin: 'https://evil.example' }],
    ['cookie garbage', { cookie: '=; ;;; bo_session; a=%ZZ' }],
    ['authorization garbage', { authorization: 'Bearer \t' }],
    ['x-http-method-override: DELETE', { 'x-http-method-override': 'DELETE' }],
    ['expect: 100-continue', { expect: '100-continue' }],
    ['range', { range: 'bytes=0-1' }],
    ['if-none-match', { 'if-none-match': '*' }],
  ];
}

/** Path values sent as they are, not percent-encoded: broken escapes and encoded dots, slashes and NUL. */
const RAW_PATH_VALUES = ['%', '%ff', '%c0%af', '%00', '%2e%2e', '%2f', '%E2%80%AE'];

/** A path parameter as it goes into the URL (a lone surrogate has no UTF-8: it becomes U+FFFD). */
const pathValue = (value: string) =>
  RAW_PATH_VALUES.includes(value)
    ? value
    : encodeURIComponent(
        value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
      );

/** The request of `fuzzCase`, authenticated (or forged) per the operation's security schemes. */
export async function requestOf(
  op: FuzzOperation,
  fuzzCase: FuzzCase,
  credentials: FuzzCredentials,
): Promise<OutgoingRequest> {
  const path = op.template.replace(/\{(\w+)\}/g, (_m, name: string) => pathValue(fuzzCase.pathParams[name] ?? ''));
  const query = fuzzCase.query.length ? `?${new URLSearchParams(fuzzCase.query).toString()}` : '';
  const body = fuzzCase.body === undefined ? undefined : Buffer.from(fuzzCase.body);
  const headers: Record<string, string> = { ...(body ? { 'content-type': 'application/json' } : {}) };
  for (const [name, value] of Object.entries(fuzzCase.headers)) {
    if (value === '' && name === 'content-type') delete headers[name];
    else headers[name] = headerSafe(value);
  }
  const request: OutgoingRequest = {
    method: fuzzCase.method ?? op.method,
    path: `${path}${query}`,
    pathParams: fuzzCase.pathParams,
    query,
    headers,
    ...(body ? { body } : {}),
  };
  if (fuzzCase.auth === 'valid') {
    for (const scheme of op.security) await authSchemeOf(scheme).apply(request, credentials, op.operationId);
  } else {
    const [scheme, forgery] = fuzzCase.auth.split(': ') as [string, string];
    // The other schemes of the requirement stay valid, so the forgery alone is what the server must refuse.
    for (const other of op.security.filter((s) => s !== scheme && !(scheme === 'csrfToken' && s === 'staffSession')))
      await authSchemeOf(other).apply(request, credentials, op.operationId);
    authSchemeOf(scheme).forgeries[forgery]!(request, credentials);
  }
  return request;
}
