import { WorkflowFailedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import { z } from 'zod';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { connectTemporalClient } from '../platform/temporal';
import { info, step } from '../stack/progress';
import { bringUpStack, pidDirOf, type RunningStack } from '../stack/stack';
import { benchBaselineWorkflowId, OPS_TASK_QUEUE, OpsWorkflowType } from '../contracts/ops';
import type { benchBaselineWorkflow } from '../workflows/ops/bench-baseline';
import { depositWorkflowId, DepositStatus } from '../contracts/payments';
import type { depositWorkflow } from '../workflows/payments/deposit';
import {
  authorizationOf,
  commandLine,
  cpuLine,
  fixed,
  forEachInParallel,
  machineFacts,
  percentile,
  registerPlayers,
  awaitKycVerified,
  round,
  settleOutbox,
  table,
  verifyLedgerNow,
  type CpuSampler,
} from './bench-support';
import {
  levelRows,
  levelSummary,
  ratioTo,
  SAME_SHAPE_TARGET_RATIO,
  targetLine,
  targetMet,
  type LevelFigures,
} from './payments-report';
import { createCpuSampler, type CpuShare } from './process-cpu';
import { signalWhenWaiting, startSameShape } from './same-shape';
import { BusinessIdSearchAttribute } from '../workflows/search-attributes';

// `npm run bench:payments`: the deposit benchmark. Deposits end to end (player API, Temporal deposit saga, PSP
// simulator, signed webhook, ledger credit) at several concurrency levels, next to two baselines of as many workflows
// on the same Temporal server in the same run: the deposit's shape with no-op steps (workflows/ops/bench-same-shape.ts:
// its activities, local activities, search-attribute upserts, timer and one Signal), the like-for-like comparison;
// and a one-activity workflow, the least a workflow costs. Then the ledger's invariants. The last line of stdout is
// one JSON object.

const settingsSchema = z.object({
  BENCH_DEPOSITS: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(200)
    .describe('Measured deposits per level, and as many workflows of each baseline.'),
  BENCH_CONCURRENCY: z
    .string()
    .default('4,16,32')
    .transform((v) => v.split(',').map((n) => Number(n.trim())))
    .pipe(z.array(z.number().int().min(1).max(256)).min(1))
    .describe('Concurrency levels: deposits (and baseline workflows) in flight at once.'),
  BENCH_WARMUP: z.coerce
    .number()
    .int()
    .min(0)
    .max(10_000)
    .default(20)
    .describe('Unmeasured deposits and workflows of each baseline before the first level.'),
  BENCH_DEPOSITS_PER_PLAYER: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(2)
    .describe(
      'Deposits each bench player makes in the whole run. Few, as real players deposit: a player who deposits ' +
        'every few seconds is what AML velocity rules and RG harm markers exist to catch, and their alerts, cases ' +
        'and interventions would be measured as if they were part of a deposit.',
    ),
  BENCH_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3600)
    .default(60)
    .describe('How long one deposit or baseline workflow may take before it counts as failed.'),
  BENCH_BASELINE_TASK_QUEUE: z
    .string()
    .min(1)
    .default(OPS_TASK_QUEUE)
    .describe("Task queue of both baseline workflows: the ops worker's, unless you run a worker of your own."),
});
type Settings = z.infer<typeof settingsSchema>;

const CURRENCY = 'EUR';
const DEPOSIT_MINOR = 1000;
/** Quick PSP answers and webhooks without faults, so the figures measure the back office, not the simulated PSP. */
const PSP_SETTINGS: Record<string, Record<string, number>> = {
  cardpay: { latencyMs: 5, webhookDelayMs: 20 },
  paywallet: { latencyMs: 5 },
};
/** How long the first workflow of each baseline may take before the worker is taken not to know it. */
const BASELINE_PROBE_MS = 15_000;
/** Workflow histories read per level to show where a deposit's time goes. */
const TIMELINE_SAMPLE = 30;

/** Thrown when a workflow has not completed within the benchmark's timeout (it may still be running). */
class NoResultError extends Error {
  constructor(
    readonly workflowId: string,
    readonly timeoutMs: number,
  ) {
    super(`${workflowId}: no result within ${timeoutMs / 1000} s`);
    this.name = 'NoResultError';
  }
}

/** One deposit or baseline workflow: when it was sent, and whether it ended as it should. */
type Outcome = { ok: true; workflowId: string; sentAt: number; resultAt: number } | { ok: false; failure: string };

interface LevelResult {
  concurrency: number;
  count: number;
  seconds: number;
  perSec: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
  firstFailure?: string;
  cpu: CpuShare;
  /** Mean milliseconds per phase over a sample of the level's workflow histories. */
  timeline: Record<string, number>;
}

/**
 * Runs `fn` (waits for a workflow) with a deadline on its Temporal calls, the way the benchmark counts a workflow:
 * by the Temporal client, within `timeoutMs`; running out of time becomes a NoResultError.
 */
async function withinTimeout<T>(handle: WorkflowHandle, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  try {
    return await handle.client.withDeadline(deadline, fn);
  } catch (err) {
    if (Date.now() >= deadline) throw new NoResultError(handle.workflowId, timeoutMs);
    throw err;
  }
}

function failureOf(err: unknown): string {
  if (err instanceof WorkflowFailedError) return `${err.message}: ${err.cause?.message ?? 'no cause'}`;
  return err instanceof Error ? err.message : String(err);
}

/**
 * What AML transaction monitoring and RG harm monitoring made of the run's players so far: plain deposits, a couple
 * per player, raise neither alerts nor markers. Counted so that a run shows it measured deposits, not the cases
 * and interventions that a player depositing every few seconds sets off.
 */
async function monitoringReactions(db: Db, playerIds: readonly string[]) {
  const { rows } = await db.query<{ amlAlerts: number; harmMarkers: number }>(
    `SELECT (SELECT count(*)::int FROM aml_alerts WHERE player_id = ANY($1)) AS "amlAlerts",
            (SELECT count(*)::int FROM rg_harm_markers WHERE player_id = ANY($1)) AS "harmMarkers"`,
    [playerIds],
  );
  return rows[0]!;
}

/** Sends one deposit through the player API and waits for its saga; only CREDITED is a success. */
async function runDeposit(options: {
  apiUrl: string;
  client: Client;
  idempotencyKey: string;
  playerId: string;
  timeoutMs: number;
}): Promise<Outcome> {
  const sentAt = Date.now();
  const response = await fetch(`${options.apiUrl}/player/v1/deposits`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': options.idempotencyKey,
      ...authorizationOf(options.playerId),
    },
    body: JSON.stringify({
      playerId: options.playerId,
      amountMinor: DEPOSIT_MINOR,
      currency: CURRENCY,
      method: 'CARD',
      country: 'GB',
    }),
  });
  const body = await response.text();
  if (response.status !== 202) {
    return { ok: false, failure: `POST /player/v1/deposits answered ${response.status}: ${body.slice(0, 300)}` };
  }
  const { id } = JSON.parse(body) as { id: string };
  const handle = options.client.workflow.getHandle<typeof depositWorkflow>(depositWorkflowId(id));
  const state = await withinTimeout(handle, options.timeoutMs, () => handle.result());
  const resultAt = Date.now();
  if (state.status === DepositStatus.CREDITED) return { ok: true, workflowId: handle.workflowId, sentAt, resultAt };
  return { ok: false, failure: `${id} ended ${state.status}${state.failure ? `: ${state.failure}` : ''}` };
}

/** A baseline: how the benchmark starts one of its workflows, and what it does until that workflow's result. */
interface Baseline {
  /** As the level table and progress lines name it. */
  name: string;
  /** What its workflow does, for the progress lines. */
  does: string;
  /** Where a level's figures keep its measurement. */
  slot: 'sameShape' | 'baseline';
  workflowType: string;
  start: () => Promise<WorkflowHandle>;
  finish: (handle: WorkflowHandle) => Promise<unknown>;
}

/** The least a workflow costs: one no-op activity (workflows/ops/bench-baseline.ts). */
function oneActivityBaseline(client: Client, taskQueue: string): Baseline {
  return {
    name: '1-activity',
    does: 'one no-op activity',
    slot: 'baseline',
    workflowType: OpsWorkflowType.benchBaseline,
    start: () => {
      const runId = ulid();
      return client.workflow.start<typeof benchBaselineWorkflow>(OpsWorkflowType.benchBaseline, {
        taskQueue,
        workflowId: benchBaselineWorkflowId(runId),
        staticSummary: 'Baseline of npm run bench:payments: one no-op activity',
        typedSearchAttributes: [{ key: BusinessIdSearchAttribute, value: runId }],
      });
    },
    finish: (handle) => handle.result(),
  };
}

/**
 * The deposit's shape with no-op steps (workflows/ops/bench-same-shape.ts), started as the API starts a deposit and
 * signalled as the PSP's webhook reaches one: once it waits. It carries the run's stand-in values.
 */
function sameShapeBaseline(
  client: Client,
  taskQueue: string,
  benchRunId: string,
  confirmationTimeoutMs: number,
): Baseline {
  return {
    name: 'same-shape',
    does: "the deposit's steps as no-ops",
    slot: 'sameShape',
    workflowType: OpsWorkflowType.benchSameShape,
    start: () =>
      startSameShape(client, {
        taskQueue,
        runId: ulid(),
        input: {
          playerId: `bench:${benchRunId}`,
          amountMinor: DEPOSIT_MINOR,
          currency: CURRENCY,
          psp: 'cardpay',
          confirmationTimeoutMs,
        },
      }),
    // If it closed before it waited, nothing is signalled and its result (a failure) says why.
    finish: async (handle) => {
      await signalWhenWaiting(handle);
      return handle.result();
    },
  };
}

/** Runs one workflow of a baseline and waits for it the same way as for a deposit. */
async function runBaseline(baseline: Baseline, timeoutMs: number): Promise<Outcome> {
  const sentAt = Date.now();
  const handle = await baseline.start();
  await withinTimeout(handle, timeoutMs, () => baseline.finish(handle));
  return { ok: true, workflowId: handle.workflowId, sentAt, resultAt: Date.now() };
}

/** Why a workflow made no progress, as its history and pending activities tell it. */
async function whyStuck(handle: WorkflowHandle): Promise<string | undefined> {
  const history = await handle.fetchHistory();
  for (const event of history.events ?? []) {
    const failure = event.workflowTaskFailedEventAttributes?.failure;
    if (failure?.message) return `its workflow task failed: ${failure.message}`;
  }
  const { raw } = await handle.describe();
  const activity = raw.pendingActivities?.find((a) => a.lastFailure?.message);
  if (activity) return `activity ${activity.activityType?.name ?? '?'} failed: ${activity.lastFailure!.message}`;
  return undefined;
}

/**
 * Runs one workflow of a baseline before anything is measured. The ops worker runs the workflow bundle made when
 * `npm start` began, so a worker started before the baseline's workflow existed fails its workflow task and the
 * workflow never completes; that ends as a reason instead of a hang.
 */
async function probeBaseline(baseline: Baseline, taskQueue: string): Promise<string | undefined> {
  const progress = step(`Checking that the worker of task queue "${taskQueue}" runs ${baseline.workflowType}`);
  const handle = await baseline.start();
  try {
    await withinTimeout(handle, BASELINE_PROBE_MS, () => baseline.finish(handle));
    progress.done();
    return undefined;
  } catch (err) {
    const why =
      err instanceof NoResultError
        ? ((await whyStuck(handle).catch(() => undefined)) ?? `${handle.workflowId} did not complete`)
        : failureOf(err);
    await handle.terminate(`bench:payments: ${baseline.workflowType} did not complete`).catch(() => undefined);
    progress.done('→ it does not');
    return `${why} (waited ${BASELINE_PROBE_MS / 1000} s)`;
  }
}

type HistoryEvent = NonNullable<Awaited<ReturnType<WorkflowHandle['fetchHistory']>>['events']>[number];

const eventMs = (event: HistoryEvent) => {
  const seconds = event.eventTime?.seconds ?? 0;
  return (typeof seconds === 'number' ? seconds : seconds.toNumber()) * 1000 + (event.eventTime?.nanos ?? 0) / 1e6;
};

/**
 * Splits one workflow's latency into phases, from the client's send to its result: until the workflow started,
 * then each stretch of its history by what it waited for (an activity by name, a workflow task, or a signal such
 * as the PSP's webhook), then from completion to the result reaching the client.
 */
function timelineOf(events: HistoryEvent[], sentAt: number, resultAt: number): Record<string, number> {
  const phases: Record<string, number> = {};
  const add = (phase: string, ms: number) => (phases[phase] = (phases[phase] ?? 0) + Math.max(ms, 0));
  const activities = new Map<number, string>(); // open activities by their scheduled event id
  let workflowTaskOpen = false;
  let previous = eventMs(events[0]!);
  add('API → workflow started', previous - sentAt);
  for (const event of events) {
    const at = eventMs(event);
    const waitingFor = activities.size
      ? `activity ${[...activities.values()].join(' + ')}`
      : workflowTaskOpen
        ? 'workflow tasks (with any local activities)'
        : 'idle until a signal (the PSP webhook, or the bench standing in for it)';
    add(waitingFor, at - previous);
    previous = at;
    const id = Number(event.eventId);
    if (event.activityTaskScheduledEventAttributes) {
      activities.set(id, event.activityTaskScheduledEventAttributes.activityType?.name ?? '?');
    }
    const closed =
      event.activityTaskCompletedEventAttributes ??
      event.activityTaskFailedEventAttributes ??
      event.activityTaskTimedOutEventAttributes ??
      event.activityTaskCanceledEventAttributes;
    if (closed) activities.delete(Number(closed.scheduledEventId));
    if (event.workflowTaskScheduledEventAttributes) workflowTaskOpen = true;
    if (
      event.workflowTaskCompletedEventAttributes ||
      event.workflowTaskFailedEventAttributes ||
      event.workflowTaskTimedOutEventAttributes
    ) {
      workflowTaskOpen = false;
    }
  }
  add('workflow completed → result at the client', resultAt - previous);
  return phases;
}

/** Mean milliseconds per phase over up to TIMELINE_SAMPLE of the level's successful workflows. */
async function sampleTimeline(client: Client, outcomes: Outcome[]): Promise<Record<string, number>> {
  const ok = outcomes.filter((o): o is Extract<Outcome, { ok: true }> => o.ok);
  const stride = Math.max(1, Math.floor(ok.length / TIMELINE_SAMPLE));
  const sample = ok.filter((_, i) => i % stride === 0).slice(0, TIMELINE_SAMPLE);
  const totals: Record<string, number> = {};
  await forEachInParallel(sample, 8, async (outcome) => {
    const history = await client.workflow.getHandle(outcome.workflowId).fetchHistory();
    const phases = timelineOf(history.events ?? [], outcome.sentAt, outcome.resultAt);
    for (const [phase, ms] of Object.entries(phases)) totals[phase] = (totals[phase] ?? 0) + ms;
  });
  return Object.fromEntries(
    Object.entries(totals)
      .sort(([, a], [, b]) => b - a)
      .map(([phase, ms]) => [phase, round(ms / Math.max(sample.length, 1), 1)]),
  );
}

/** Runs `count` of `run` with `concurrency` in flight, and measures throughput, latency and CPU. */
async function measureLevel(options: {
  what: string;
  count: number;
  concurrency: number;
  run: () => Promise<Outcome>;
  cpu: CpuSampler;
  client: Client;
}): Promise<LevelResult> {
  const { count, concurrency } = options;
  const progress = step(`${options.what}: ${count}, ${concurrency} in flight`);
  const outcomes: Outcome[] = [];
  const latencies: number[] = [];
  let failed = 0;
  let firstFailure: string | undefined;
  const before = options.cpu.snapshot();
  const startedAt = performance.now();
  await forEachInParallel(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    async () => {
      const sent = performance.now();
      const outcome = await options.run().catch((err: unknown) => ({ ok: false as const, failure: failureOf(err) }));
      outcomes.push(outcome);
      if (outcome.ok) latencies.push(performance.now() - sent);
      else {
        failed += 1;
        firstFailure ??= outcome.failure;
      }
      progress.update(`${outcomes.length}/${count}${failed ? `, ${failed} failed` : ''}`);
    },
  );
  const seconds = (performance.now() - startedAt) / 1000;
  const cpu = options.cpu.share(before, options.cpu.snapshot());
  const sorted = Float64Array.from(latencies).sort();
  const result = {
    concurrency,
    count,
    seconds,
    perSec: latencies.length / seconds,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    failed,
    firstFailure,
    cpu,
    timeline: await sampleTimeline(options.client, outcomes).catch(() => ({})),
  };
  progress.done(
    `${result.perSec.toFixed(1)}/s, p50 ${fixed(result.p50Ms, 0)} ms, p99 ${fixed(result.p99Ms, 0)} ms` +
      (failed ? `, ${failed} FAILED` : '') +
      (cpu.restarted.length ? ` ⚠ restarted meanwhile: ${cpu.restarted.join(', ')}` : ''),
  );
  return result;
}

/** Resets the PSP simulator, then sets the run's settings; returns what each PSP answered it now uses. */
async function configurePspSimulator(controlUrl: string): Promise<Record<string, unknown>> {
  await resetPspSimulator(controlUrl);
  const applied: Record<string, unknown> = {};
  for (const [psp, patch] of Object.entries(PSP_SETTINGS)) {
    const response = await fetch(`${controlUrl}/control/${psp}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(patch),
    });
    if (!response.ok) throw new Error(`PUT ${controlUrl}/control/${psp}: ${response.status} ${await response.text()}`);
    applied[psp] = await response.json();
  }
  return applied;
}

async function resetPspSimulator(controlUrl: string): Promise<void> {
  const response = await fetch(`${controlUrl}/control/reset`, { method: 'POST', signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`POST ${controlUrl}/control/reset: ${response.status} ${await response.text()}`);
}

function timelineLines(what: string, level: LevelResult): string[] {
  const total = Object.values(level.timeline).reduce((sum, ms) => sum + ms, 0);
  if (total === 0) return [];
  return [
    `Where a ${what}'s time goes at ${level.concurrency} in flight (mean of up to ${TIMELINE_SAMPLE} histories, ` +
      `${fixed(total, 0)} ms; overlaps count once, activities first, then workflow tasks):`,
    ...Object.entries(level.timeline).map(
      ([phase, ms]) => `  ${fixed(ms, 1).padStart(7)} ms ${fixed((100 * ms) / total, 0).padStart(3)} %  ${phase}`,
    ),
  ];
}

async function main(): Promise<number> {
  const settings: Settings = settingsSchema.parse(process.env);
  const config = loadConfig();
  const runId = `bench-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const timeoutMs = settings.BENCH_TIMEOUT_SECONDS * 1000;
  const totalDeposits = settings.BENCH_WARMUP + settings.BENCH_DEPOSITS * settings.BENCH_CONCURRENCY.length;
  const players = Math.max(
    ...settings.BENCH_CONCURRENCY,
    Math.ceil(totalDeposits / settings.BENCH_DEPOSITS_PER_PLAYER),
  );
  info(
    `Deposit benchmark ${runId}: ${settings.BENCH_DEPOSITS} deposits per level, in flight ${settings.BENCH_CONCURRENCY.join('/')}`,
  );
  info(
    `  ${players} players, each making at most ${settings.BENCH_DEPOSITS_PER_PLAYER} of the run's ${totalDeposits} deposits ` +
      `(${settings.BENCH_WARMUP} unmeasured first); baselines on task queue "${settings.BENCH_BASELINE_TASK_QUEUE}"`,
  );

  const stack: RunningStack = await bringUpStack(config, { ourProcesses: true });
  const db = createPool(config.databaseUrl, 4);
  const client = await connectTemporalClient(config);
  const controlUrl = config.pspBaseUrl;
  let pspConfigured = false;
  const stopEverything = async () => {
    if (pspConfigured) {
      await resetPspSimulator(controlUrl).then(
        () => info('PSP simulator reset to its defaults (POST /control/reset).'),
        (err: unknown) => info(`⚠ Could not reset the PSP simulator: ${failureOf(err)}`),
      );
      pspConfigured = false;
    }
    await client.connection.close().catch(() => undefined);
    await db.end().catch(() => undefined);
    await stack.stop();
  };
  process.once('SIGINT', () => {
    info('\nSIGINT: resetting the PSP simulator and stopping what this run started (sagas in flight carry on)…');
    void stopEverything().then(() => process.exit(130));
  });

  try {
    if (stack.started.length) info(`Started for this run (stopped at the end): ${stack.started.join(', ')}`);
    if (stack.reused.length) info(`Reused: ${stack.reused.join(', ')}`);

    const pspProgress = step(`Configuring the PSP simulator at ${controlUrl}/control`);
    pspConfigured = true;
    const applied = await configurePspSimulator(controlUrl);
    pspProgress.done();
    for (const [psp, patch] of Object.entries(PSP_SETTINGS)) {
      info(`  PUT /control/${psp} ${JSON.stringify(patch)} → ${JSON.stringify(applied[psp])}`);
    }

    const playerIds = await registerPlayers(stack.apiUrl, { count: players, jurisdiction: 'GB', currency: CURRENCY });
    await awaitKycVerified(db, playerIds);
    const cpu = createCpuSampler({
      pidDir: pidDirOf(config),
      pidFiles: ['api', 'payments-worker', 'ops-worker', 'psp-simulator', 'outbox-relay', 'temporal'],
    });
    let deposits = 0;
    // Deposit n goes to player n mod players: a player's deposits are spread over the run, never back to back.
    const deposit = () => {
      const n = deposits++;
      return runDeposit({
        apiUrl: stack.apiUrl,
        client,
        idempotencyKey: `${runId}-${n + 1}`,
        playerId: playerIds[n % playerIds.length]!,
        timeoutMs,
      });
    };
    const taskQueue = settings.BENCH_BASELINE_TASK_QUEUE;
    const sameShape = sameShapeBaseline(client, taskQueue, runId, config.DEPOSIT_CONFIRMATION_TIMEOUT_SECONDS * 1000);
    const oneActivity = oneActivityBaseline(client, taskQueue);

    const sameShapeUnavailable = await probeBaseline(sameShape, taskQueue);
    const baselineUnavailable = await probeBaseline(oneActivity, taskQueue);
    for (const [baseline, why] of [
      [sameShape, sameShapeUnavailable],
      [oneActivity, baselineUnavailable],
    ] as const) {
      if (!why) continue;
      info(`✖ The ${baseline.name} baseline cannot run: ${why}`);
      if (taskQueue === OPS_TASK_QUEUE) {
        info(
          `  The ops worker runs the workflow bundle made when \`npm start\` began, so it knows ${baseline.workflowType}`,
        );
        info(
          '  only once the stack has restarted: stop `npm start` (Ctrl-C), start it again, then rerun this benchmark.',
        );
      }
      info('  Measuring without it; its ratio stays unknown and the run exits 1.');
    }
    const baselines = [...(sameShapeUnavailable ? [] : [sameShape]), ...(baselineUnavailable ? [] : [oneActivity])];

    if (settings.BENCH_WARMUP > 0) {
      const concurrency = settings.BENCH_CONCURRENCY[0]!;
      const common = { count: settings.BENCH_WARMUP, concurrency, cpu, client };
      const warm = await measureLevel({ ...common, what: 'Warm-up deposits (not measured)', run: deposit });
      if (warm.failed) info(`⚠ warm-up: ${warm.failed} deposits failed; first: ${warm.firstFailure}`);
      for (const baseline of baselines) {
        await measureLevel({
          ...common,
          what: `Warm-up ${baseline.name} baseline (not measured)`,
          run: () => runBaseline(baseline, timeoutMs),
        });
      }
    }

    const levels: LevelFigures<LevelResult>[] = [];
    for (const concurrency of settings.BENCH_CONCURRENCY) {
      await settleOutbox(db);
      const common = { count: settings.BENCH_DEPOSITS, concurrency, cpu, client };
      const level: LevelFigures<LevelResult> = {
        deposits: await measureLevel({ ...common, what: 'Deposits', run: deposit }),
      };
      for (const baseline of baselines) {
        level[baseline.slot] = await measureLevel({
          ...common,
          what: `Baseline workflows, ${baseline.name} (${baseline.does})`,
          run: () => runBaseline(baseline, timeoutMs),
        });
      }
      levels.push(level);
    }

    info(
      `\nDeposits end to end (API → deposit saga → PSP simulator → signed webhook → ledger credit), ` +
        `${settings.BENCH_DEPOSITS} per level, vs as many workflows of each baseline on the same Temporal: ` +
        `same-shape (the deposit's 4 activities, 6 local activities, 4 search-attribute upserts, timer and Signal, ` +
        `as no-ops) and 1-activity (one no-op activity); ratio = deposits/s ÷ the baseline's workflows/s:`,
    );
    info(table(levelRows(levels)));
    info('\nCPU during each measurement, in cores (other: Kafka, the wallet worker, anything else running):');
    for (const level of levels) {
      for (const [what, measured] of [
        ['deposits', level.deposits],
        ['same-shape', level.sameShape],
        ['1-activity', level.baseline],
      ] as const) {
        if (!measured) continue;
        const { restarted } = measured.cpu;
        info(
          `  ${String(measured.concurrency).padStart(3)} ${what.padEnd(10)}: ${cpuLine(measured.cpu)}` +
            (restarted.length ? ` ⚠ restarted during the measurement: ${restarted.join(', ')}` : ''),
        );
      }
    }

    const best = levels.reduce((a, b) => (b.deposits.perSec > a.deposits.perSec ? b : a));
    info('');
    for (const line of timelineLines('deposit', best.deposits)) info(line);
    if (best.sameShape) for (const line of timelineLines('same-shape workflow', best.sameShape)) info(line);
    if (best.baseline) for (const line of timelineLines('1-activity workflow', best.baseline)) info(line);

    const failed = levels.reduce((sum, l) => sum + l.deposits.failed, 0);
    const sameShapeFailed = levels.reduce((sum, l) => sum + (l.sameShape?.failed ?? 0), 0);
    const baselineFailed = levels.reduce((sum, l) => sum + (l.baseline?.failed ?? 0), 0);
    for (const { deposits: d } of levels.filter((l) => l.deposits.failed > 0)) {
      info(
        `✖ ${d.concurrency} in flight: ${d.failed} of ${d.count} deposits not CREDITED; first failure: ${d.firstFailure}`,
      );
    }
    for (const [what, measured] of levels.flatMap((l) => [
      ['same-shape', l.sameShape] as const,
      ['1-activity', l.baseline] as const,
    ])) {
      if (!measured?.failed) continue;
      info(
        `⚠ ${measured.concurrency} in flight: ${measured.failed} ${what} baseline workflows failed; ` +
          `first failure: ${measured.firstFailure}`,
      );
    }

    const oneActivityRatio = ratioTo(best.deposits, best.baseline);
    info(`\n${targetLine(best, sameShapeUnavailable)}`);
    info(
      `  For scale, deposits/1-activity at that level: ${oneActivityRatio === undefined ? '? unknown' : fixed(oneActivityRatio, 3)} ` +
        `(no target: that baseline is the least a workflow costs, not a deposit's shape). Timing fails nothing.`,
    );
    info(`Command: ${commandLine('tsx bench/payments.ts')}`);
    info(`PSP simulator during the run: ${JSON.stringify(PSP_SETTINGS)} (reset before and after)`);
    const reactions = await monitoringReactions(db, playerIds);
    info(
      `Monitoring of the run's ${playerIds.length} players: ${reactions.amlAlerts} AML alerts, ` +
        `${reactions.harmMarkers} RG harm markers (each player made at most ${settings.BENCH_DEPOSITS_PER_PLAYER} deposits)`,
    );

    info('\nLedger verification (the checks of `npm run ledger:verify`, in one REPEATABLE READ transaction):');
    const verified = await verifyLedgerNow(db);

    const bestFigures = levelSummary(best);
    const summary = {
      depositsPerSec: bestFigures.depositsPerSec,
      p50Ms: bestFigures.p50Ms,
      p99Ms: bestFigures.p99Ms,
      sameShapeBaselinePerSec: bestFigures.sameShapeBaselinePerSec,
      sameShapeRatio: bestFigures.sameShapeRatio,
      baselinePerSec: bestFigures.baselinePerSec,
      ratio: bestFigures.ratio,
      targetRatio: SAME_SHAPE_TARGET_RATIO,
      targetMet: targetMet(best),
      verified,
      failed,
      sameShapeFailed,
      baselineFailed,
      sameShapeUnavailable: sameShapeUnavailable ?? null,
      baselineUnavailable: baselineUnavailable ?? null,
      concurrency: best.deposits.concurrency,
      depositsPerLevel: settings.BENCH_DEPOSITS,
      depositTimelineMs: best.deposits.timeline,
      sameShapeTimelineMs: best.sameShape?.timeline ?? null,
      levels: levels.map((level) => ({
        ...levelSummary(level),
        restarted: [
          ...new Set(
            [level.deposits, level.sameShape, level.baseline].flatMap((measured) => measured?.cpu.restarted ?? []),
          ),
        ],
      })),
      psp: PSP_SETTINGS,
      players: playerIds.length,
      ...reactions,
      machine: machineFacts(),
    };
    await stopEverything();
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return failed === 0 && verified && !sameShapeUnavailable && !baselineUnavailable ? 0 : 1;
  } catch (err) {
    await stopEverything();
    throw err;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench:payments failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
