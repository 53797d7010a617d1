import type { RequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { traceFieldsOfActiveSpan, type Logger } from './logger';
import { UNTRACED_REQUEST_PATHS } from './telemetry';

/** The response header that tells a caller the trace id of its request, to quote to support. */
export const TRACE_ID_HEADER = 'X-Trace-Id';

/** What one request log line says. */
export interface RequestLogLine {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  requestId?: string;
  trace_id?: string;
  /** The client went away before the answer was complete. */
  aborted?: true;
}

/**
 * Logs `req` once, when its response is done (or abandoned), at `level`: method, path (without the query string,
 * which may carry tokens), status, duration, request id and trace id. The trace id is read now, while the request's
 * span is active.
 */
export function logRequestWhenDone(
  logger: Logger,
  level: 'info' | 'debug',
  req: IncomingMessage & { originalUrl?: string },
  res: ServerResponse,
  requestId: string | undefined,
): void {
  const startedAt = performance.now();
  const traceId = traceFieldsOfActiveSpan().trace_id;
  res.once('close', () => {
    const url = req.originalUrl ?? req.url ?? '';
    const queryAt = url.indexOf('?');
    const line: RequestLogLine = {
      method: req.method ?? '',
      path: queryAt < 0 ? url : url.slice(0, queryAt),
      status: res.statusCode,
      durationMs: Math.round((performance.now() - startedAt) * 10) / 10,
      requestId,
      trace_id: traceId,
      ...(res.writableFinished ? {} : { aborted: true as const }),
    };
    logger[level](line, 'request');
  });
}

/**
 * Files of the built admin UI (`/assets/app-1a2b.js`, `/favicon.svg`): a path whose last segment has an extension,
 * outside the API's own prefixes. One page load fetches a dozen, so they are logged at debug only.
 */
const STATIC_ASSET_PATH = /^\/(?!api\/|player\/|psp\/|wallet\/)(?:[^?]*\/)?[^/?]+\.[a-z0-9]+(?:\?|$)/i;

/**
 * Express middleware (after `requestId`): answers every request with its trace id in `X-Trace-Id` and logs it once
 * at info (the admin UI's static files at debug). Paths matching `ownLogging` are left alone: their handler logs
 * them (the seamless wallet's calls, a thousand a second, at debug only, and without the extra header on the
 * per-bet path). So are the untraced paths (UNTRACED_REQUEST_PATHS): health checks every few seconds would
 * otherwise fill the log with lines that say nothing.
 */
export function requestLog(logger: Logger, ownLogging?: RegExp): RequestHandler {
  return (req, res, next) => {
    const url = req.originalUrl;
    if (!ownLogging?.test(url) && !UNTRACED_REQUEST_PATHS.test(url)) {
      const traceId = traceFieldsOfActiveSpan().trace_id;
      if (traceId) res.setHeader(TRACE_ID_HEADER, traceId);
      const level = STATIC_ASSET_PATH.test(url) ? 'debug' : 'info';
      logRequestWhenDone(logger, level, req, res, res.locals.requestId as string | undefined);
    }
    next();
  };
}
