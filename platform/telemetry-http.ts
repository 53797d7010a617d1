import type { RequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { traceFieldsOfActiveSpan, type Logger } from './logger';

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
 * Express middleware (after `requestId`): answers every request with its trace id in `X-Trace-Id` and logs it once
 * at info. Paths matching `ownLogging` are left alone: their handler logs them (the seamless wallet's calls, a
 * thousand a second, at debug only, and without the extra header on the per-bet path).
 */
export function requestLog(logger: Logger, ownLogging?: RegExp): RequestHandler {
  return (req, res, next) => {
    if (!ownLogging?.test(req.originalUrl)) {
      const traceId = traceFieldsOfActiveSpan().trace_id;
      if (traceId) res.setHeader(TRACE_ID_HEADER, traceId);
      logRequestWhenDone(logger, 'info', req, res, res.locals.requestId as string | undefined);
    }
    next();
  };
}
