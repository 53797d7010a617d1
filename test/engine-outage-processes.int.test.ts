import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { loadConfig } from '../platform/config';
import { ensureDatabase } from '../platform/db';
import { runMigrations } from '../stack/migrate';
import {
  closedPort,
  eventually,
  lateEngine,
  readinessAt,
  startOurProcess,
  stopOurProcess,
} from './support/late-engine';

// Our background processes started while an engine is down: each stays up, says on /ready what it waits for, and
// gets to work by itself once the engine appears (a TCP forwarder to the running stack's engine that starts
// listening mid-test). They run on a database and a Temporal namespace of their own, so they never touch the
// stack's outbox or task queues.
jest.setTimeout(120_000);

const config = loadConfig();
const DATABASE = 'degrade_outage_processes';
const NAMESPACE = 'degrade-outage-processes';
const databaseUrl = (() => {
  const url = new URL(config.databaseUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
})();

beforeAll(async () => {
  await ensureDatabase(config.databaseUrl, DATABASE);
  await runMigrations(databaseUrl);
  const connection = await Connection.connect({ address: config.temporalAddress });
  try {
    await connection.workflowService.registerNamespace({
      namespace: NAMESPACE,
      workflowExecutionRetentionPeriod: msToTs('1 day'),
    });
  } catch (err) {
    if (!/already exists/i.test((err as Error).message)) throw err;
  } finally {
    await connection.close();
  }
});

const [kafkaHost, kafkaPort] = config.kafkaBrokers[0]!.split(':') as [string, string];
const [temporalHost, temporalPort] = config.temporalAddress.split(':') as [string, string];
const { hostname: databaseHost, port: databasePort } = new URL(databaseUrl);
const databaseUrlAt = (port: number) => {
  const url = new URL(databaseUrl);
  url.port = String(port);
  return url.toString();
};

it.each([
  {
    name: 'the outbox relay',
    entry: 'workers/outbox-relay.ts',
    engine: 'kafka',
    target: { host: kafkaHost, port: Number(kafkaPort) },
    env: (port: number) => ({ KAFKA_BROKERS: `127.0.0.1:${port}` }),
    readyState: 'publishing the outbox',
  },
  {
    name: 'the outbox relay',
    entry: 'workers/outbox-relay.ts',
    engine: 'postgres',
    target: { host: databaseHost, port: Number(databasePort) },
    env: (port: number) => ({ DATABASE_URL: databaseUrlAt(port) }),
    readyState: 'publishing the outbox',
  },
  {
    name: 'a Temporal worker',
    entry: 'workers/wallet.worker.ts',
    engine: 'temporal',
    target: { host: temporalHost, port: Number(temporalPort) },
    env: (port: number) => ({ TEMPORAL_ADDRESS: `127.0.0.1:${port}`, TEMPORAL_NAMESPACE: NAMESPACE }),
    readyState: 'polling wallet',
  },
])(
  '$name waits for $engine without exiting and works once it is up',
  async ({ entry, engine, target, env, readyState }) => {
    const late = await lateEngine(target);
    const metricsPort = await closedPort();
    const child = startOurProcess(entry, {
      PROCESS_NAME: `outage-test-${engine}`,
      DATABASE_URL: databaseUrl,
      METRICS_PORT: String(metricsPort),
      ...env(late.port),
    });
    try {
      const waiting = await eventually(`${entry} says it waits`, async () => {
        const readiness = await readinessAt(metricsPort);
        return readiness?.body.state.startsWith('waiting') ? readiness : undefined;
      });
      expect(waiting).toEqual({
        status: 503,
        body: { ready: false, state: `waiting for ${engine}`, engines: { [engine]: 'down' } },
      });
      // A few of its retries later it is still there, still waiting.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(child.exitCode).toBeNull();
      expect((await readinessAt(metricsPort))?.status).toBe(503);

      await late.open();
      const ready = await eventually(
        `${entry} gets ready`,
        async () => {
          const readiness = await readinessAt(metricsPort);
          return readiness?.status === 200 ? readiness : undefined;
        },
        20_000,
      );
      expect(ready.body).toMatchObject({ ready: true, state: readyState });
      expect(child.exitCode).toBeNull();
    } finally {
      expect(await stopOurProcess(child)).toBe(0);
      await late.close();
    }
  },
);
