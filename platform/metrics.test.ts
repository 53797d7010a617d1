import net from 'node:net';
import type { Logger } from './logger';
import type * as MetricsModule from './metrics';
import type * as SloModule from './slo-metrics';

// Each test loads its own copy of the modules: the metrics endpoint and the SLO metrics are per-process singletons.
async function freshModules(): Promise<{ metrics: typeof MetricsModule; slo: typeof SloModule }> {
  let loaded: { metrics: typeof MetricsModule; slo: typeof SloModule } | undefined;
  await jest.isolateModulesAsync(async () => {
    loaded = { metrics: await import('./metrics'), slo: await import('./slo-metrics') };
  });
  return loaded!;
}

function recordingLogger() {
  const warnings: string[] = [];
  const logger = {
    info: () => undefined,
    warn: (_: unknown, msg: string) => warnings.push(msg),
    error: () => undefined,
  };
  return { logger: logger as unknown as Logger, warnings };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const at = (port: number, path = '/metrics') => fetch(`http://127.0.0.1:${port}${path}`);

it('serves the registry and appended exporters at GET /metrics, and nothing else', async () => {
  const { metrics, slo } = await freshModules();
  const port = await freePort();
  const { logger } = recordingLogger();
  metrics.appendToMetrics('other', async () => '# TYPE other_exporter_total counter\nother_exporter_total 3');
  slo.exposeSloMetrics(slo.sloMetrics.betAcceptance);
  slo.sloMetrics.betAcceptance.observe({ result: 'accepted' }, 0.004);

  const server = metrics.startMetricsServer({ METRICS_HOST: '127.0.0.1', METRICS_PORT: port }, logger);
  try {
    expect(await server.ready).toBe(true);
    expect(await metrics.metricsEndpointReady()).toBe(true);
    const response = await at(port);
    const text = await response.text();

    expect(response.headers.get('content-type')).toBe(slo.metricsRegistry.contentType);
    expect(text).toContain('process_cpu_seconds_total');
    expect(text).toContain('igaming_bet_acceptance_seconds_bucket{le="0.005",result="accepted"} 1');
    expect(text).toMatch(/\nother_exporter_total 3\n$/);
    expect((await at(port, '/')).status).toBe(404);
  } finally {
    await server.close();
  }
  expect(await metrics.metricsEndpointReady()).toBe(false);
  await expect(at(port)).rejects.toThrow(); // closed, keep-alive connection included
});

it('runs on without metrics, with a warning, when METRICS_PORT is taken', async () => {
  const { metrics } = await freshModules();
  const port = await freePort();
  const squatter = net.createServer();
  await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
  const { logger, warnings } = recordingLogger();
  const server = metrics.startMetricsServer({ METRICS_HOST: '127.0.0.1', METRICS_PORT: port }, logger);
  try {
    expect(await server.ready).toBe(false);
    expect(await metrics.metricsEndpointReady()).toBe(false);
    expect(warnings).toEqual([expect.stringContaining('METRICS_PORT is taken')]);
  } finally {
    await server.close();
    squatter.close();
  }
});

describe('measureAtScrape', () => {
  it('exposes a gauge only once measured, and measures once per scrape for all its gauges', async () => {
    const { slo } = await freshModules();
    expect(await slo.metricsRegistry.metrics()).not.toContain('igaming_outbox_lag_seconds');
    let measured = 0;
    slo.measureAtScrape(
      [slo.sloMetrics.outboxLag, slo.sloMetrics.outboxBacklog],
      async () => {
        measured += 1;
        slo.sloMetrics.outboxLag.set(2.5);
        slo.sloMetrics.outboxBacklog.set(7);
      },
      () => undefined,
    );
    const text = await slo.metricsRegistry.metrics();
    expect(text).toContain('igaming_outbox_lag_seconds 2.5');
    expect(text).toContain('igaming_outbox_unpublished_events 7');
    expect(measured).toBe(1);
  });

  it('leaves gauges unknown, not zero, when the measure fails', async () => {
    const { slo } = await freshModules();
    const errors: unknown[] = [];
    slo.measureAtScrape(
      [slo.sloMetrics.outboxLag],
      () => Promise.reject(new Error('db down')),
      (e) => errors.push(e),
    );
    slo.measureAtScrape(
      [slo.sloMetrics.consumerLag],
      () => Promise.reject(new Error('kafka down')),
      (e) => errors.push(e),
    );
    const text = await slo.metricsRegistry.metrics();
    expect(text).toContain('igaming_outbox_lag_seconds Nan');
    expect(text).not.toMatch(/^igaming_kafka_consumer_lag_messages/m);
    expect(errors).toHaveLength(2);
  });
});

it('answers GET /ready with 503 until the process says it is ready, 200 then, and 503 again once it stops', async () => {
  const { metrics } = await freshModules();
  const port = await freePort();
  const server = metrics.startMetricsServer(
    { METRICS_HOST: '127.0.0.1', METRICS_PORT: port },
    recordingLogger().logger,
  );
  try {
    await server.ready;
    const starting = await at(port, '/ready');
    expect({ status: starting.status, body: await starting.json() }).toEqual({
      status: 503,
      body: { ready: false, state: 'starting' },
    });
    metrics.setReady(true);
    const ready = await at(port, '/ready');
    expect({ status: ready.status, body: await ready.json() }).toEqual({
      status: 200,
      body: { ready: true, state: 'ready' },
    });
    metrics.setReadiness({ ready: false, state: 'waiting for temporal', engines: { temporal: 'down' } });
    const waiting = await at(port, '/ready');
    expect({ status: waiting.status, body: await waiting.json() }).toEqual({
      status: 503,
      body: { ready: false, state: 'waiting for temporal', engines: { temporal: 'down' } },
    });
  } finally {
    await server.close();
  }
});
