import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../platform/config';
import { createPool, ensureDatabase } from '../platform/db';
import { ProbeStatus } from '../contracts/ops';
import { createKafka, ensureTopics } from '../platform/kafka';
import { bringBack, restartedPid, takeDown, type Engine } from '../stack/engine-outage';
import { embeddedServerUrl } from '../stack/postgres-server';
import { isProcessAlive, supervisedPid } from '../stack/process-alive';
import { readProcessState } from '../stack/process-state';
import { metricsPortOf, ourProcesses } from '../stack/processes';
import { waitFor } from '../stack/progress';
import { engineAnswers, pidDirOf } from '../stack/stack';
import { fetchApi } from './support/openapi-conformance';
import { apiUrl, type ProbeView } from './support/run-probe';
import { loginAs, type StaffLogin } from './support/staff-login';

// `kill -9` of each engine, as a node failure or an OOM kill would do it: the supervisor restarts it, what was
// written before is there after, and our processes are ready again. The bounds are two to ten times what each
// engine took on a loaded two-core machine: Postgres 1.2-4.2 s (crash recovery), Temporal 0.9-2.0 s, Kafka 20-23 s
// (the JVM's start).
const config = loadConfig();
const pidDir = pidDirOf(config);
const answersAgainWithinMs: Record<Engine, number> = { postgres: 15_000, temporal: 20_000, kafka: 45_000 };
const OUR_PROCESSES_READY_WITHIN_MS = 90_000;
const figures: string[] = [];

/** SIGKILLs the engine's process (not its group, like `kill -9 $(cat .data/run/<engine>.pid)`); ms until it answers. */
async function killAndTimeRestart(engine: Engine): Promise<number> {
  const pid = supervisedPid(pidDir, engine);
  if (!pid) throw new Error(`${engine} is not supervised by this stack (${pidDir}/${engine}.pid)`);
  const restartsBefore = readProcessState(pidDir, engine)?.restarts ?? 0;
  const began = Date.now();
  process.kill(pid, 'SIGKILL');
  await restartedPid(pidDir, engine, pid, answersAgainWithinMs[engine]);
  await waitFor(`${engine} after kill -9`, () => engineAnswers(config, engine), answersAgainWithinMs[engine]);
  const tookMs = Date.now() - began;
  expect(tookMs).toBeLessThan(answersAgainWithinMs[engine]);
  expect(readProcessState(pidDir, engine)).toMatchObject({
    status: 'up',
    restarts: restartsBefore + 1,
    lastExit: { how: 'SIGKILL' },
  });
  return tookMs;
}

/** Waits until every one of our processes answers 200 on GET /ready; ms it took. */
async function ourProcessesReadyAgain(): Promise<number> {
  const began = Date.now();
  const ready = async (metricsPort: number) =>
    (await fetch(`http://127.0.0.1:${metricsPort}/ready`, { signal: AbortSignal.timeout(2000) })).status === 200;
  const notReady = new Set(ourProcesses);
  await waitFor(
    'our processes',
    async () => {
      for (const p of [...notReady]) if (await ready(metricsPortOf(p, config)).catch(() => false)) notReady.delete(p);
      return notReady.size === 0;
    },
    OUR_PROCESSES_READY_WITHIN_MS,
  ).catch((err: Error) => {
    throw new Error(`${err.message}; not ready: ${[...notReady].map((p) => p.name).join(', ')}`);
  });
  return Date.now() - began;
}

function note(engine: Engine, answeredMs: number, readyMs: number): void {
  figures.push(
    `${engine}: answers ${(answeredMs / 1000).toFixed(1)} s after kill -9, ours ready ${(readyMs / 1000).toFixed(1)} s later`,
  );
}

afterAll(() => {
  process.stdout.write(`\nEngine restarts:\n  ${figures.join('\n  ')}\n`);
});

describe('kill -9 of an engine', () => {
  it('Postgres: restarted, crash recovery keeps a committed row, our processes ready again', async () => {
    const serverUrl = embeddedServerUrl(config.EMBEDDED_POSTGRES_PORT);
    const probeDbUrl = serverUrl.replace(/\/postgres$/, '/engine_restart_probe'); // never the back office's data
    await ensureDatabase(serverUrl, 'engine_restart_probe');
    const rowId = randomUUID();
    const before = createPool(probeDbUrl, 1);
    try {
      await before.query(
        'CREATE TABLE IF NOT EXISTS probe_rows (id uuid PRIMARY KEY, written_at timestamptz NOT NULL)',
      );
      await before.query('INSERT INTO probe_rows (id, written_at) VALUES ($1, now())', [rowId]);
    } finally {
      await before.end();
    }

    // A backend busy with a query when its postmaster dies runs on (it checks for the postmaster's death only when it
    // waits) and holds the shared memory a new postmaster needs: the restart must not wait for it.
    const busy = new pg.Client({ connectionString: probeDbUrl });
    await busy.connect();
    busy.on('error', () => undefined);
    const { rows } = await busy.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const busyBackend = rows[0]!.pid;
    // The timeout stops it even should everything else fail; no test leaves a core spinning.
    await busy.query("SET statement_timeout = '60s'");
    const spinning = busy.query('DO $$ BEGIN LOOP END LOOP; END $$').catch(() => undefined);
    let answeredMs: number;
    try {
      const watcher = createPool(probeDbUrl, 1);
      await waitFor('the busy backend', async () => {
        const active = await watcher.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND state = 'active'", [
          busyBackend,
        ]);
        return active.rowCount === 1;
      }).finally(() => watcher.end());

      answeredMs = await killAndTimeRestart('postgres');
      expect(isProcessAlive(busyBackend)).toBe(false);
    } finally {
      if (isProcessAlive(busyBackend)) process.kill(busyBackend, 'SIGKILL');
      await spinning;
      await busy.end().catch(() => undefined);
    }

    const after = new pg.Client({ connectionString: probeDbUrl });
    await after.connect();
    try {
      const { rowCount } = await after.query('SELECT 1 FROM probe_rows WHERE id = $1', [rowId]);
      expect(rowCount).toBe(1);
    } finally {
      await after.end();
    }
    note('postgres', answeredMs, await ourProcessesReadyAgain());
  });

  it('Temporal: restarted, a workflow started before the kill is still there and completes after', async () => {
    const db = createPool(config.databaseUrl, 1);
    let ops: StaffLogin;
    try {
      ops = await loginAs(db, 'engine-restart', ['payments_ops']);
    } finally {
      await db.end();
    }
    const probe = (id: string) =>
      fetchApi(`${apiUrl}/api/ops/probes/${id}`, { headers: ops.headers }).then(
        async (r) => (r.status === 200 ? ((await r.json()) as ProbeView) : undefined),
        () => undefined,
      );
    // With the relay held down, the probe's event cannot travel: its workflow waits in Temporal across the kill.
    const relayPid = await takeDown(pidDir, 'outbox-relay');
    let answeredMs: number;
    let probeId: string;
    try {
      const started = await fetchApi(`${apiUrl}/api/ops/probes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...ops.headers },
        body: JSON.stringify({}),
      });
      expect(started.status).toBe(202);
      probeId = ((await started.json()) as { probeId: string }).probeId;
      await waitFor(
        'the probe awaiting its event',
        async () => (await probe(probeId))?.status === ProbeStatus.AWAITING_EVENT,
      );

      answeredMs = await killAndTimeRestart('temporal');
    } finally {
      bringBack(pidDir, 'outbox-relay');
    }
    await restartedPid(pidDir, 'outbox-relay', relayPid, 10_000);

    let view: ProbeView | undefined;
    await waitFor(
      'the probe to complete',
      async () => (view = await probe(probeId))?.workflowStatus === 'COMPLETED',
      OUR_PROCESSES_READY_WITHIN_MS,
    );
    expect(view).toMatchObject({ status: ProbeStatus.COMPLETED, workflowStatus: 'COMPLETED' });
    note('temporal', answeredMs, await ourProcessesReadyAgain());
  });

  it('Kafka: restarted, a message produced before the kill is consumed after', async () => {
    const topic = 'chaos.engine-restart';
    const kafka = createKafka(config);
    await ensureTopics(kafka, [{ topic, numPartitions: 1 }]);
    const value = randomUUID();
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({ topic, acks: -1, messages: [{ key: 'engine-restart', value }] });
    } finally {
      await producer.disconnect();
    }

    const answeredMs = await killAndTimeRestart('kafka');

    const consumer = createKafka(config).consumer({ groupId: `engine-restart-${value}` });
    let seen = false;
    try {
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachMessage: ({ message }) => {
          if (message.value?.toString() === value) seen = true;
          return Promise.resolve();
        },
      });
      await waitFor('the message produced before the kill', () => Promise.resolve(seen), 30_000);
    } finally {
      await consumer.disconnect();
    }
    expect(seen).toBe(true);
    note('kafka', answeredMs, await ourProcessesReadyAgain());
  });
});
