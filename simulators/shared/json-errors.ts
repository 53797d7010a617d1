import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import type { Logger } from '../../platform/logger';

// The simulators play third parties, so they answer errors the way typical PSPs and providers do, `{ error, detail }`,
// not with the back office's own problem+json: our adapters must cope with the foreign format.

/** Thrown when a simulator must answer `status` with the JSON body `{ error, detail }`. */
export class SimulatorApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly detail?: string,
  ) {
    super(detail ?? error);
    this.name = 'SimulatorApiError';
  }
}

/** Parses `input` with `schema`, or throws a 400 `invalid_request` naming every invalid field. */
export function parseOr400<S extends z.ZodType>(schema: S, input: unknown, where = 'body'): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const detail = result.error.issues.map((i) => `${[where, ...i.path].join('.')}: ${i.message}`).join('; ');
  throw new SimulatorApiError(400, 'invalid_request', detail);
}

/** Answers any request no route took with 404 `not_found`. */
export const jsonNotFound: RequestHandler = (req, res) => {
  res.status(404).json({ error: 'not_found', detail: `No route for ${req.method} ${req.path}` });
};

/** Turns errors into `{ error, detail }` answers; unexpected ones are logged and answered 500. */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (err instanceof SimulatorApiError) {
      res.status(err.status).json({ error: err.error, ...(err.detail === undefined ? {} : { detail: err.detail }) });
      return;
    }
    // express.json() reports malformed or oversized bodies as errors carrying a 4xx status.
    const status = (err as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res
        .status(status)
        .json({ error: status === 413 ? 'payload_too_large' : 'invalid_json', detail: (err as Error).message });
      return;
    }
    logger.error({ err, method: req.method, url: req.originalUrl }, 'unhandled error');
    res.status(500).json({ error: 'internal_error' });
  };
}
