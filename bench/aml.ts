import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  AML_MONITOR_GROUP,
  MONITORED_EVENTS,
  MONITORED_TOPICS,
  monitorBatch,
} from '../domain/aml/monitoring/monitor-batch';
import { seedStarterRules } from '../domain/aml/rules/rules-repository';
import { loadConfig } from '../platform/config';
import { totalConsumerLag } from '../platform/consumer-lag';
import { createPool } from '../platform/db';
import { newBusinessId } from '../platform/ids';
import { createKafka } from '../platform/kafka';
import { info, step } from '../stack/progress';
import { bringUpStack } from '../stack/stack';
import { recordedDay, recordTurnover } from './aml/recorded-day';
import { commandLine, machineFacts, round } from './bench-support';

// `npm run bench:aml`: AML monitoring's benchmark, in two parts.
// 1. Replay: a deterministic recorded day (a few thousand players, deposits, bets, withdrawals, planted laundering
//    patterns): the bets' turnover is written as the bet path writes it, then the payment events go through the
//    monitor's own batch path (domain/aml/monitoring/monitor-batch.ts: dedupe, history, rule evaluation, alerts and
//    their outbox events, the evaluation log) against the stack's Postgres: events per second, and which planted
//    patterns the starter rules caught.
// 2. Lag: bench:wallet's load runs against the stack (spawned, with a short BENCH_SECONDS) while the aml-monitor
//    process consumes the payment and KYC events of its set-up (the wallet's own events are not the monitor's:
//    their turnover is written by the bet path); every half second the consumer's lag is sampled, as time (the
//    age of the oldest event published to Kafka and not yet evaluated) and as messages (the group's offsets).
//    The last stdout line is JSON.

const settingsSchema = z.object({
  BENCH_AML_PLAYERS: z.coerce.number().int().min(100).max(50_000).default(3000).describe('Players in the day.'),
  BENCH_AML_BATCH: z.coerce.number().int().min(1).max(5000).default(500).describe('Events per monitored batch.'),
  BENCH_SECONDS: z.coerce.number().int().min(1).max(600).default(10).describe("bench:wallet's measured seconds."),
  BENCH_AML_SKIP_LAG: z.enum(['0', '1']).default('0').describe('1: replay only, no bench:wallet load.'),
});

const TARGET_MAX_LAG_MS = 5000;

async function main(): Promise<number> {
  const settings = settingsSchema.parse(process.env);
  const config = loadConfig();
  const runId = `aml-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  info(
    `AML monitoring benchmark ${runId}: ${settings.BENCH_AML_PLAYERS} players, batches of ${settings.BENCH_AML_BATCH}`,
  );
  const stack = await bringUpStack(config, { ourProcesses: true });
  const db = createPool(config.databaseUrl, 4);
  try {
    if (stack.started.length) info(`Started for this run (stopped at the end): ${stack.started.join(', ')}`);
    await seedStarterRules(db);

    // 1. The replay.
    const players = step(`Registering ${settings.BENCH_AML_PLAYERS} players of the recorded day`);
    const playerIds = Array.from({ length: settings.BENCH_AML_PLAYERS }, () => newBusinessId('pl'));
    await db.query(
      `INSERT INTO players (player_id, brand, jurisdiction, currency, date_of_birth)
       SELECT id, 'luckyspin', 'GB', 'EUR', DATE '1990-01-01' FROM unnest($1::text[]) AS id`,
      [playerIds],
    );
    players.done();
    const planted = { structuring: 20, rapidInOut: 20, manyInstruments: 10, failedInARow: 10, largeDeposit: 10 };
    // Yesterday (UTC): a day whose windows do not reach into the lag part's live events.
    const day = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 - 86_400_000);
    const { events, bets, expected } = recordedDay(runId, day, playerIds, planted);
    const turnover = step(`Writing the turnover of the day's ${bets.length} bets, as the bet path does`);
    await recordTurnover(db, bets);
    turnover.done();
    const replay = step(`Replaying ${events.length} payment events through the rules`);
    const started = performance.now();
    let alerts = 0;
    for (let i = 0; i < events.length; i += settings.BENCH_AML_BATCH) {
      const result = await monitorBatch(db, events.slice(i, i + settings.BENCH_AML_BATCH));
      alerts += result.alerts;
      if ((i / settings.BENCH_AML_BATCH) % 20 === 0) replay.update(`${i} / ${events.length} events, ${alerts} alerts`);
    }
    const replaySeconds = (performance.now() - started) / 1000;
    const eventsPerSec = events.length / replaySeconds;
    replay.done(`${round(eventsPerSec, 0)} events/s, ${alerts} alerts`);
    const { rows: caught } = await db.query<{ rule_id: string; players: number }>(
      `SELECT rule_id, count(DISTINCT player_id)::int AS players FROM aml_alerts WHERE player_id = ANY($1::text[])
        GROUP BY rule_id ORDER BY rule_id`,
      [playerIds],
    );
    const caughtByRule = Object.fromEntries(caught.map((r) => [r.rule_id, r.players]));
    for (const [rule, count] of Object.entries(expected)) {
      info(`  ${rule}: planted ${count} players, alerted ${caughtByRule[rule] ?? 0}`);
    }

    // 2. The consumer's lag under bench:wallet's load.
    let maxLagMs = 0;
    let maxLagMessages = 0;
    let evaluatedDuringLoad = 0;
    if (settings.BENCH_AML_SKIP_LAG === '0') {
      const kafka = createKafka(config);
      const admin = kafka.admin();
      await admin.connect();
      const { rows } = await db.query<{ id: string }>('SELECT COALESCE(max(id), 0) AS id FROM outbox_events');
      const fromId = rows[0]!.id;
      const types = MONITORED_EVENTS.map((e) => e.type);
      const sample = async () => {
        const lag = await db.query<{ ms: number }>(
          `SELECT COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - min(o.published_at)) * 1000, 0)::float8 AS ms
             FROM outbox_events o
            WHERE o.id > $1 AND o.published_at IS NOT NULL AND o.event_type = ANY($2::text[])
              AND NOT EXISTS (SELECT 1 FROM aml_evaluations e WHERE e.event_id = o.event_id)`,
          [fromId, types],
        );
        maxLagMs = Math.max(maxLagMs, lag.rows[0]!.ms);
        maxLagMessages = Math.max(maxLagMessages, await totalConsumerLag(admin, AML_MONITOR_GROUP, MONITORED_TOPICS));
      };
      const load = step(`bench:wallet's load (BENCH_SECONDS=${settings.BENCH_SECONDS}) with the monitor consuming`);
      const child = spawn('npx', ['tsx', 'bench/wallet.ts'], {
        env: {
          ...process.env,
          BENCH_SECONDS: String(settings.BENCH_SECONDS),
          BENCH_WARMUP_SECONDS: '1',
          BENCH_CONNECTIONS: '16',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let walletLast = '';
      child.stdout.on('data', (chunk: Buffer) => {
        const lines = chunk.toString().trim().split('\n');
        walletLast = lines.at(-1) ?? walletLast;
        load.update(`wallet: ${walletLast.slice(0, 100)} | max lag ${round(maxLagMs, 0)} ms`);
      });
      const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
      let running = true;
      void exited.then(() => (running = false));
      while (running) {
        await sample().catch(() => undefined);
        await new Promise((r) => setTimeout(r, 500));
      }
      // After the load, until the monitor has caught up with every event the load wrote.
      const caughtUpBy = Date.now() + 120_000;
      for (;;) {
        await sample();
        const backlog = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM outbox_events o WHERE o.id > $1 AND o.event_type = ANY($2::text[])
              AND NOT EXISTS (SELECT 1 FROM aml_evaluations e WHERE e.event_id = o.event_id)`,
          [fromId, types],
        );
        if (backlog.rows[0]!.n === 0 || Date.now() > caughtUpBy) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      const counted = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM outbox_events o JOIN aml_evaluations e ON e.event_id = o.event_id
          WHERE o.id > $1`,
        [fromId],
      );
      evaluatedDuringLoad = counted.rows[0]!.n;
      const walletCode = await exited;
      load.done(
        `bench:wallet exited ${walletCode}; ${evaluatedDuringLoad} events evaluated; max lag ${round(maxLagMs, 0)} ms`,
      );
      info(`  bench:wallet's JSON line: ${walletLast}`);
      await admin.disconnect();
    }
    const summary = {
      bench: 'aml',
      command: commandLine('tsx bench/aml.ts'),
      machine: machineFacts(),
      players: settings.BENCH_AML_PLAYERS,
      events: events.length,
      bets: bets.length,
      replaySeconds: round(replaySeconds, 2),
      eventsPerSec: round(eventsPerSec, 0),
      replayAlerts: alerts,
      planted: expected,
      alerted: caughtByRule,
      evaluatedDuringLoad,
      maxLagMs: round(maxLagMs, 0),
      maxLagMessages,
      targetMaxLagMs: TARGET_MAX_LAG_MS,
    };
    info(`Command: ${summary.command}`);
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return 0;
  } finally {
    await db.end().catch(() => undefined);
    await stack.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
