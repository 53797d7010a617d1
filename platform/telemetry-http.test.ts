import { trace } from '@opentelemetry/api';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { traceFieldsOfActiveSpan } from './logger';
import { startTelemetry } from './telemetry';
import { requestLog, TRACE_ID_HEADER } from './telemetry-http';

// Request log lines and the X-Trace-Id header. Under Jest the http instrumentation cannot patch `http` (Jest
// loads modules through its own registry), so a first middleware opens the request's span the way the
// instrumentation does in our processes; test/tracing.int.test.ts checks the real thing on the running API.
beforeAll(() => startTelemetry('telemetry-http-test', {}));

function capturingLogger(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: pino({ level, mixin: traceFieldsOfActiveSpan }, stream) };
}

async function serve(app: express.Express, run: (base: string) => Promise<void>): Promise<void> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

function tracedApp(logger: pino.Logger) {
  const app = express();
  const traceIds: string[] = [];
  app.use((_req, res, next) =>
    trace.getTracer('test').startActiveSpan('GET', (span) => {
      traceIds.push(span.spanContext().traceId);
      res.once('close', () => span.end());
      next();
    }),
  );
  app.use((_req, res, next) => {
    res.locals.requestId = 'req-1';
    next();
  });
  app.use(requestLog(logger, /^\/wallet\//));
  app.get('/things/:id', (_req, res) => res.status(201).json({ ok: true }));
  app.post('/wallet/bet', (_req, res) => res.json({ ok: true }));
  app.get('/health', (_req, res) => res.json({ status: 'ok' }));
  app.get('/assets/index-1a2b3c.js', (_req, res) => res.type('js').send('export {};'));
  return { app, traceIds };
}

it('answers with the trace id and logs the request once at info with what support needs', async () => {
  const { logger, lines } = capturingLogger();
  const { app, traceIds } = tracedApp(logger);
  await serve(app, async (base) => {
    const response = await fetch(`${base}/things/42?token=secret`);
    expect(response.status).toBe(201);
    const traceId = response.headers.get(TRACE_ID_HEADER);
    expect(traceId).toBe(traceIds[0]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'request',
      method: 'GET',
      path: '/things/42', // the query string may carry tokens
      status: 201,
      requestId: 'req-1',
      trace_id: traceId,
    });
    expect(lines[0]!.durationMs).toEqual(expect.any(Number));
  });
});

it('leaves the seamless wallet to its own (debug) logging and adds no header there', async () => {
  const { logger, lines } = capturingLogger('debug');
  const { app } = tracedApp(logger);
  await serve(app, async (base) => {
    const response = await fetch(`${base}/wallet/bet`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(response.headers.get(TRACE_ID_HEADER)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines).toEqual([]);
  });
});

it('does not log health checks, and logs the admin UI’s static files at debug only', async () => {
  const { logger, lines } = capturingLogger('debug');
  const { app } = tracedApp(logger);
  await serve(app, async (base) => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/assets/index-1a2b3c.js`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines).toEqual([expect.objectContaining({ level: 20, path: '/assets/index-1a2b3c.js', status: 200 })]);
  });
});

describe('traceFieldsOfActiveSpan (the logger mixin)', () => {
  it('adds nothing outside a span', () => {
    expect(traceFieldsOfActiveSpan()).toEqual({});
  });

  it("adds the active span's trace and span ids to every line written inside it", () => {
    const { logger, lines } = capturingLogger();
    trace.getTracer('test').startActiveSpan('work', (span) => {
      logger.info('inside');
      span.end();
      expect(lines[0]).toMatchObject({ trace_id: span.spanContext().traceId, span_id: span.spanContext().spanId });
    });
    logger.info('outside');
    expect(lines[1]).not.toHaveProperty('trace_id');
  });
});
