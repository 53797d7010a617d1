import type { ErrorRequestHandler, RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { z } from 'zod';
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
  /** 404: no such resource, or no such route. */
  NotFound: 'NOT_FOUND',
  /** 405: a method the route does not have (the seamless wallet's routes are POST). */
  MethodNotAllowed: 'METHOD_NOT_ALLOWED',
  /** 413: the body is larger than the route accepts. */
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  /** 415: the body's encoding is not one we read. */
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  /** 500: unexpected; logged with the request id. */
  InternalError: 'INTERNAL_ERROR',
} as const;

/** What every problem carries besides the RFC 9457 members: its `code`, and any facts of the refusal. */
export type ProblemExtensions = Readonly<{ code: string } & Record<string, unknown>>;

/** Thrown when a request must be answered with a specific RFC 9457 problem; `status` is the HTTP status. */
export class HttpProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly extensions: ProblemExtensions,
  ) {
    super(detail ?? title);
    this.name = 'HttpProblemError';
  }
}

export const notFound = (detail: string) =>
  new HttpProblemError(404, 'Not Found', detail, { code: PlatformErrorCode.NotFound });

/** Parses `input` with `schema`, or throws a 400 problem listing every invalid field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, where = 'body'): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((i) => ({ field: [where, ...i.path].join('.'), message: i.message }));
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
export function writeProblem(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  const json = JSON.stringify({ type: 'about:blank', status, ...body });
  res.writeHead(status, {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
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
    if (err instanceof HttpProblemError) {
      writeProblem(res, err.status, {
        title: err.title,
        detail: err.detail,
        instance: req.originalUrl,
        requestId,
        ...err.extensions,
      });
      return;
    }
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
