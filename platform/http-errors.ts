import type { ErrorRequestHandler, RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { z } from 'zod';
import { isUnansweredTemporalUpdate, unavailableEngineOf, type Engine } from './engine-errors';
import type { Logger } from './logger';

/**
 * The codes of the problems the platform answers on any route, whatever the domain; each has one HTTP status (the
 * OpenAPI document lists, per operation, every code it can answer).
 */
export const PlatformErrorCode = {
  /** 400: the request breaks its schema; `errors` lists every failing field. */
  ValidationFailed: 'VALIDATION_FAILED',
  /** 400: the body is not JSON (or not readable as such). */
  MalformedRequest: 'MALFORMED_REQUEST',
  /** 400: a field holds a full card number or IBAN (only a PSP's token may stand for one); nothing was stored. */
  AccountNumberRefused: 'CARD_NUMBER_OR_IBAN_REFUSED',
  /** 404: no such resource, or no such route. */
  NotFound: 'NOT_FOUND',
  /** 405: a method the route does not have (the seamless wallet's routes are POST). */
  MethodNotAllowed: 'METHOD_NOT_ALLOWED',
  /** 431: the request's headers are larger than the server reads. */
  HeadersTooLarge: 'HEADERS_TOO_LARGE',
  /** 413: the body is larger than the route accepts. */
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  /** 415: the body's encoding is not one we read. */
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  /** 429: more requests than the caller's rate limit (platform/rate-limit.ts); `Retry-After` says when to resume. */
  RateLimited: 'RATE_LIMITED',
  /** 500: unexpected; logged with the request id. */
  InternalError: 'INTERNAL_ERROR',
  /** 503: Temporal cannot be reached; nothing was started or recorded, so the same request may be sent again. */
  TemporalUnavailable: 'TEMPORAL_UNAVAILABLE',
  /** 503: Postgres cannot be reached (or is restarting); nothing was recorded. */
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  /** 503: Kafka cannot be reached. */
  KafkaUnavailable: 'KAFKA_UNAVAILABLE',
  /** 503: no answer within the API's bound (ENGINE_ANSWER_BOUND_MS); the request may or may not have taken effect. */
  EngineTimeout: 'ENGINE_TIMEOUT',
} as const;

/** Every route answers within this bound: a slower engine gets a 503 ENGINE_TIMEOUT instead of a hanging client. */
export const ENGINE_ANSWER_BOUND_MS = 5_000;
/** What a 503 tells the caller to wait before trying again (`Retry-After`): about one restart of an engine. */
export const RETRY_AFTER_SECONDS = 5;

const engineUnavailableCode: Record<Engine, string> = {
  temporal: PlatformErrorCode.TemporalUnavailable,
  postgres: PlatformErrorCode.DatabaseUnavailable,
  kafka: PlatformErrorCode.KafkaUnavailable,
};
const engineLabel: Record<Engine, string> = { temporal: 'Temporal', postgres: 'The database', kafka: 'Kafka' };

/** What every problem carries besides the RFC 9457 members: its `code`, and any facts of the refusal. */
export type ProblemExtensions = Readonly<{ code: string } & Record<string, unknown>>;

/** Thrown when a request must be answered with a specific RFC 9457 problem; `status` is the HTTP status. */
export class HttpProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly extensions: ProblemExtensions,
    /** Response headers besides the content type (a 503's `Retry-After`). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail ?? title);
    this.name = 'HttpProblemError';
  }
}

export const notFound = (detail: string) =>
  new HttpProblemError(404, 'Not Found', detail, { code: PlatformErrorCode.NotFound });

/** The 503 of an engine outage, with `Retry-After`; `code` says which engine (or ENGINE_TIMEOUT). */
export function serviceUnavailable(code: string, detail: string): HttpProblemError {
  return new HttpProblemError(
    503,
    'Service Unavailable',
    detail,
    { code, retryAfterSeconds: RETRY_AFTER_SECONDS },
    {
      'retry-after': String(RETRY_AFTER_SECONDS),
    },
  );
}

/**
 * The problem a request gets when it fails because an engine is unavailable (see engine-errors.ts), or undefined
 * for any other error. Used by every error path of the API, so no route maps outages itself.
 */
export function engineUnavailableProblem(err: unknown): HttpProblemError | undefined {
  if (isUnansweredTemporalUpdate(err)) {
    return serviceUnavailable(
      PlatformErrorCode.EngineTimeout,
      'Temporal did not answer this change in time; it may or may not have taken effect: read the resource, or send the same request again.',
    );
  }
  const engine = unavailableEngineOf(err);
  if (!engine) return undefined;
  return serviceUnavailable(
    engineUnavailableCode[engine],
    `${engineLabel[engine]} is unavailable right now; nothing was changed by this request, try again in ${RETRY_AFTER_SECONDS} s.`,
  );
}

/** The paths of the strings in `value` that hold a NUL character. */
function pathsOfNulStrings(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => pathsOfNulStrings(item, [...path, key]));
}

/**
 * Parses `input` with `schema`, or throws a 400 problem listing every invalid field. A string holding a NUL
 * character is invalid whatever the schema says: no Postgres text value can hold one, so it would fail later as
 * an internal error (`invalid byte sequence for encoding "UTF8": 0x00`).
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, where = 'body'): z.infer<S> {
  const result = schema.safeParse(input);
  const issues = result.success
    ? pathsOfNulStrings(result.data).map((path) => ({ path, message: 'must not contain the NUL character' }))
    : result.error.issues;
  if (!issues.length) return result.data as z.infer<S>;
  const errors = issues.map((i) => ({ field: [where, ...i.path].map(String).join('.'), message: i.message }));
  throw new HttpProblemError(400, 'Invalid request', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
    code: PlatformErrorCode.ValidationFailed,
    errors,
  });
}

/** Gives every request an id (or keeps the caller's), echoed in `X-Request-Id` and in every problem body. */
export const requestId: RequestHandler = (req, res, next) => {
  const id = req.header('x-request-id') ?? randomUUID();
  res.locals.requestId = id;
  res.setHeader('X-Request-Id', id);
  next();
};

/** Writes an RFC 9457 problem with plain Node (the seamless wallet's hot path and Express share this). */
export function writeProblem(
  res: ServerResponse,
  status: number,
  body: Record<string, unknown>,
  headers: Readonly<Record<string, string>> = {},
): void {
  const json = JSON.stringify({ type: 'about:blank', status, ...body });
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

/** Writes `err` as its problem (an HttpProblemError, or an engine outage's 503); false for any other error. */
export function writeKnownProblem(res: ServerResponse, err: unknown, instance: string, requestId?: string): boolean {
  const problem = err instanceof HttpProblemError ? err : engineUnavailableProblem(err);
  if (!problem) return false;
  writeProblem(
    res,
    problem.status,
    { title: problem.title, detail: problem.detail, instance, requestId, ...problem.extensions },
    problem.headers,
  );
  return true;
}

/**
 * The last-resort bound on every request: if nothing has answered within ENGINE_ANSWER_BOUND_MS (an engine that
 * accepts connections but never answers, a pool queue that does not move), answers 503 ENGINE_TIMEOUT. A late
 * answer from the route then finds the response sent and is dropped (problemHandler, the wallet's handler).
 */
export function boundAnswerTime(res: ServerResponse, instance: string, boundMs = ENGINE_ANSWER_BOUND_MS): void {
  const timer = setTimeout(() => {
    if (res.headersSent || res.writableEnded) return;
    const problem = serviceUnavailable(
      PlatformErrorCode.EngineTimeout,
      `No answer within ${boundMs / 1000} s; the request may or may not have taken effect: repeat it with the same idempotency key.`,
    );
    const requestId = res.getHeader('x-request-id');
    writeKnownProblem(res, problem, instance, typeof requestId === 'string' ? requestId : undefined);
  }, boundMs);
  timer.unref();
  res.once('close', () => clearTimeout(timer));
}

/**
 * Answers a request that Node's HTTP parser refused before any handler saw it (headers over its limit, a broken
 * request line or header) with a problem like every other 4xx, instead of Node's bare status line. For
 * `server.on('clientError')`; a connection the client already dropped gets no answer.
 */
export function answerClientError(err: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, title, code] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', PlatformErrorCode.HeadersTooLarge]
      : [400, 'Malformed request', PlatformErrorCode.MalformedRequest];
  const requestId = randomUUID();
  const json = JSON.stringify({
    type: 'about:blank',
    status,
    title,
    code,
    detail: `The request is not readable HTTP: ${err.message}`,
    // The target of the request line, as far as the parser read it.
    instance: /^\S+ (\S+)/.exec(err.rawPacket?.toString('latin1') ?? '')?.[1] ?? '',
    requestId,
  });
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(json)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${json}`,
  );
}

export const notFoundHandler: RequestHandler = (req, res) => {
  writeProblem(res, 404, {
    title: 'Not Found',
    code: PlatformErrorCode.NotFound,
    detail: `No route for ${req.method} ${req.path}`,
    instance: req.originalUrl,
    requestId: res.locals.requestId,
  });
};

/** The one place errors become `application/problem+json`; unexpected ones are logged with the request id. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const requestId = res.locals.requestId as string | undefined;
    if (res.headersSent) {
      // Answered already (by the bound of boundAnswerTime, most likely): this late error has nobody to tell.
      logger.warn({ err, requestId, method: req.method, url: req.originalUrl }, 'error after the answer was sent');
      return;
    }
    if (writeKnownProblem(res, err, req.originalUrl, requestId)) return;
    // express.json() reports malformed bodies, oversized payloads and unknown encodings as errors carrying an HTTP
    // status; each becomes its one code (anything else it refuses is a malformed request).
    const status = (err as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const [answer, title, code] =
        status === 413
          ? [413, 'Payload Too Large', PlatformErrorCode.PayloadTooLarge]
          : status === 415
            ? [415, 'Unsupported Media Type', PlatformErrorCode.UnsupportedMediaType]
            : [400, 'Malformed request', PlatformErrorCode.MalformedRequest];
      const detail = (err as Error).message;
      writeProblem(res, answer, { title, code, detail, instance: req.originalUrl, requestId });
      return;
    }
    logger.error({ err, requestId, method: req.method, url: req.originalUrl }, 'unhandled error');
    writeProblem(res, 500, {
      title: 'Internal Server Error',
      code: PlatformErrorCode.InternalError,
      detail: 'An unexpected error occurred; quote the request id to support.',
      instance: req.originalUrl,
      requestId,
    });
  };
}
