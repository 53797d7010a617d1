import os from 'node:os';
import { loadConfig } from '../../../platform/config';
import { createPool } from '../../../platform/db';
import { createKafka } from '../../../platform/kafka';
import { connectTemporalClient } from '../../../platform/temporal';
import { info, step } from '../../../stack/progress';
import { apiUrlOf, bringUpStack, logDirOf, pidDirOf } from '../../../stack/stack';
import {
  checkLedger,
  checkPayments,
  checkWallet,
  checkWorkflows,
  consumerLag,
  describeWorkflows,
  isAtRest,
  unpublishedOutbox,
  type Violation,
  type WorkflowEnd,
} from './drill-checks';
import { createDrillLoad, workflowIdsOf } from './drill-load';
import { describeOptions, seededRandom, type DrillOptions } from './drill-options';
import { createProcessKiller, ProcessTakeover, type Kill } from './process-killer';
import { createPspWeather } from './psp-weather';
import { createStaffClient } from './staff-client';

/** The report's summary: the last line the drill prints, as one JSON object. */
export interface DrillSummary {
  violations: number;
  kills: number;
  operations: number;
  durationSec: number;
  loadSec: number;
  settleSec: number;
  killsByTarget: Record<string, number>;
  midPayoutKills: number;
  operationsByKind: Record<string, number>;
  workflows: { started: number; completed: number; waitingForStaff: number; notAtRest: number };
  violationsByCheck: Record<string, number>;
  outageWindows: number;
  transientErrors: number;
  seed: number;
  fault: string | null;
  machine: { cores: number; loadAverage1m: number };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Advisory lock key held by the drill that is running against a stack. */
const DRILL_LOCK_ID = 0x0c_4a_05_d1;

/** Sleeps `ms`, or less when `signal` aborts first. */
function sleepUnless(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * The game-day drill: mixed load against the running stack (or one it brings up) while processes are SIGKILLed
 * and PSPs go down, then a wait for every workflow to come to rest, then the invariants. Prints its report and
 * returns the summary; `violations` is 0 when every invariant held.
 */
export async function runGameDayDrill(options: DrillOptions, signal: AbortSignal): Promise<DrillSummary> {
  const config = loadConfig();
  const apiUrl = apiUrlOf(config);
  const started = Date.now();
  // One generator per concern, so that how the load interleaves with kills does not change what either chooses.
  const random = seededRandom(options.seed);
  const killRandom = seededRandom(options.seed + 0x5eed);
  const weatherRandom = seededRandom(options.seed + 0x5eed * 2);
  info(`Game-day drill: ${describeOptions(options)}`);

  const health = await fetch(`${apiUrl}/health`, { signal: AbortSignal.timeout(3000) }).catch(() => undefined);
  const stack = health?.status === 200 ? undefined : await bringUpStack(config, { ourProcesses: true });
  info(stack ? `Brought up the stack for this drill (stopped at the end).` : `Using the running stack at ${apiUrl}.`);

  const db = createPool(config.databaseUrl, 12);
  // An idle connection that Postgres closes (a restart) must not end the drill; the next query reconnects.
  db.on('error', () => undefined);
  const temporal = await connectTemporalClient(config);
  const kafka = createKafka(config);
  const staff = createStaffClient(apiUrl, db);
  const [providerId, secret] = [...config.GAME_PROVIDER_SECRETS][0]!;
  const weather = createPspWeather({ simulatorUrl: config.pspBaseUrl, random: weatherRandom, startedAt: started });
  const takeovers = options.fault
    ? [
        new ProcessTakeover('payments-worker', pidDirOf(config), logDirOf(config), {
          CHAOS_FAULT_INJECTION: options.fault,
        }),
      ]
    : [];
  const killer = createProcessKiller({ pidDir: pidDirOf(config), startedAt: started, takeovers });
  const load = createDrillLoad({
    apiUrl,
    db,
    staff,
    provider: { id: providerId, secret },
    options,
    random,
    fourEyesMinMinor: config.WITHDRAWAL_FOUR_EYES_MIN_MINOR,
    autoApproveMaxMinor: config.WITHDRAWAL_AUTO_APPROVE_MAX_MINOR,
  });
  const { record } = load;
  const loadErrors: string[] = [];

  // One drill at a time per stack (engineers' `npm test` runs share it): two would fight over the PSPs' settings
  // and the payments worker. A session-level advisory lock goes away with the drill's connection, even on SIGKILL.
  const lock = await db.connect();
  lock.on('error', () => undefined); // Postgres restarted: the lock is gone with it, the drill carries on
  if (!(await lock.query('SELECT pg_try_advisory_lock($1) AS ok', [DRILL_LOCK_ID])).rows[0].ok) {
    const waiting = step('Waiting for another game-day drill on this stack to finish');
    await lock.query('SELECT pg_advisory_lock($1)', [DRILL_LOCK_ID]);
    waiting.done();
  }

  try {
    const preparing = step(`Registering ${options.players} players; PSP latency ${options.pspLatencyMs} ms`);
    await weather.prepare(options.pspLatencyMs);
    await load.registerPlayers();
    preparing.done();
    for (const takeover of takeovers) {
      const taking = step(`Fault injection ${options.fault}: the drill runs its own ${takeover.name}`);
      await takeover.start();
      taking.done(`(pid ${takeover.pid})`);
    }

    // The load phase: operations, staff, kills and PSP outages side by side until the duration is over.
    const loadStarted = Date.now();
    const loadController = new AbortController();
    const loadTimer = setTimeout(() => loadController.abort(), options.duration * 1000);
    signal.addEventListener('abort', () => loadController.abort(), { once: true });
    const stopLoad = loadController.signal;
    const loading = step(`Load and kills for ${options.duration} s`);
    const staffLoop = (async () => {
      while (!stopLoad.aborted) {
        await load
          .actAsStaff({ outageOpen: weather.outageOpen() })
          .catch((err: unknown) => loadErrors.push(String(err)));
        await sleepUnless(1500, stopLoad);
      }
    })();
    const killLoop = (async () => {
      while (!stopLoad.aborted) {
        await sleepUnless(options.killEvery * 1000 * (0.7 + 0.6 * killRandom.next()), stopLoad);
        if (stopLoad.aborted) break;
        const target = killRandom.pick(options.targets);
        const aimedAt = target === 'payments-worker' ? await payoutInFlight(3000).catch(() => undefined) : undefined;
        killer.kill(target, aimedAt);
      }
    })();
    const outageLoop = (async () => {
      if (!options.pspOutages) return;
      while (!stopLoad.aborted) {
        await sleepUnless(1000 * weatherRandom.int(12, 30), stopLoad);
        if (!stopLoad.aborted) await weather.openOutage().catch((err: unknown) => loadErrors.push(String(err)));
      }
    })();
    const progress = setInterval(() => {
      const ops = Object.values(record.operations).reduce((a, b) => a + b, 0);
      loading.update(`${ops} operations, ${killer.kills.length} kills, ${weather.windows.length} PSP outages`);
    }, 5000);
    await load.run(stopLoad, (err) => loadErrors.push(err instanceof Error ? err.message : String(err)));
    await Promise.all([staffLoop, killLoop, outageLoop]);
    clearInterval(progress);
    clearTimeout(loadTimer);
    const loadSec = (Date.now() - loadStarted) / 1000;
    loading.done(`${killer.kills.length} kills`);

    // The settle phase: PSPs back to normal, killed processes back, staff still deciding, until all is at rest.
    const settleStarted = Date.now();
    const settling = step(`Waiting up to ${options.settleTimeout} s for every workflow to come to rest`);
    await weather.restore();
    await killer.settled();
    const workflowIds = workflowIdsOf(record);
    let ends: WorkflowEnd[] = [];
    let backlog = 0;
    let lag = new Map<string, number>();
    const settleDeadline = settleStarted + options.settleTimeout * 1000;
    for (;;) {
      await load.actAsStaff({ outageOpen: false }).catch((err: unknown) => loadErrors.push(String(err)));
      ends = await describeWorkflows(temporal, workflowIds);
      backlog = await unpublishedOutbox(db, new Date(settleStarted)).catch(() => -1);
      lag = await consumerLag(kafka).catch(() => new Map([['(kafka unreachable)', -1]]));
      // A withdrawal awaiting a decision rests only once the scripted staff have nothing left to decide on it.
      const restless = ends.filter(
        (w) =>
          !isAtRest(w) ||
          (w.businessStatus?.startsWith('AWAITING_') && load.staffWillDecide(w.workflowId.split(':').pop()!)),
      ).length;
      const lagging = [...lag.values()].reduce((a, b) => a + Math.abs(b), 0);
      settling.update(`${restless} of ${ends.length} workflows busy, outbox ${backlog}, consumer lag ${lagging}`);
      if ((restless === 0 && backlog === 0 && lagging === 0) || Date.now() > settleDeadline || signal.aborted) break;
      await sleep(2000);
    }
    const settleSec = (Date.now() - settleStarted) / 1000;
    settling.done();
    for (const takeover of takeovers) {
      const releasing = step(`Handing ${takeover.name} back to the stack's supervisor`);
      await takeover.stop();
      releasing.done(`(${takeover.suppressed} restarts of its copy held off meanwhile)`);
    }

    // The invariants.
    const checking = step('Checking the invariants');
    const ledger = await checkLedger(db);
    const payments = await checkPayments(db, record, config.pspBaseUrl);
    const wallet = await checkWallet(db, record, providerId);
    const workflows = await checkWorkflows(db, ends);
    const plumbing: Violation[] = [];
    if (backlog !== 0) {
      plumbing.push({
        check: 'the outbox is drained',
        detail: backlog < 0 ? 'could not be read' : `${backlog} event(s) unpublished`,
      });
    }
    for (const [group, behind] of lag) {
      if (behind !== 0) plumbing.push({ check: 'every consumer’s lag is zero', detail: `${group}: ${behind}` });
    }
    checking.done();

    const violations = [...ledger.violations, ...payments.violations, ...wallet.violations, ...workflows, ...plumbing];
    const summary = summarise({
      options,
      started,
      loadSec,
      settleSec,
      kills: killer.kills,
      record,
      ends,
      violations,
      outageWindows: weather.windows.length,
    });
    printReport({
      kills: killer.kills,
      windows: weather.windows,
      summary,
      violations,
      lines: [
        ...ledger.lines,
        ...payments.lines,
        ...wallet.lines,
        `outbox backlog ${backlog}`,
        `consumer lag ${JSON.stringify(Object.fromEntries(lag))}`,
      ],
      ends,
      loadErrors,
      checks: [
        'ledger invariants (ledger:verify)',
        'deposits: captured ⇔ credited exactly once (or refunded); nothing credited uncaptured',
        'withdrawals: paid at most once; reservation posted iff paid, voided otherwise',
        'seamless wallet: each transaction id took effect at most once; duplicates answered as the first time',
        'workflows: none failed, none stuck, NEEDS_ATTENTION only with a cause',
        'outbox drained, consumer lag zero',
      ],
    });
    return summary;
  } finally {
    await Promise.all(takeovers.map((t) => t.stop()));
    await weather.restore().catch(() => undefined);
    await temporal.connection.close();
    await lock.query('SELECT pg_advisory_unlock($1)', [DRILL_LOCK_ID]).catch(() => undefined);
    lock.release();
    await db.end();
    await stack?.stop();
  }

  /** The attempt id of one of the run's payouts that is at a PSP right now, waiting up to `ms` for one. */
  async function payoutInFlight(ms: number): Promise<string | undefined> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const { rows } = await db.query<{ attempt_id: string }>(
        `SELECT attempt_id FROM payment_attempts
          WHERE operation = 'PAYOUT' AND status = 'SENT' AND payment_id = ANY($1) LIMIT 1`,
        [[...record.withdrawals.keys()]],
      );
      if (rows[0]) return rows[0].attempt_id;
      await sleep(50);
    }
    return undefined;
  }
}

function summarise(input: {
  options: DrillOptions;
  started: number;
  loadSec: number;
  settleSec: number;
  kills: Kill[];
  record: ReturnType<typeof createDrillLoad>['record'];
  ends: WorkflowEnd[];
  violations: Violation[];
  outageWindows: number;
}): DrillSummary {
  const count = <T>(items: readonly T[], key: (item: T) => string) =>
    items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});
  const { record } = input;
  return {
    violations: input.violations.length,
    kills: input.kills.length,
    operations: Object.values(record.operations).reduce((a, b) => a + b, 0),
    durationSec: Math.round((Date.now() - input.started) / 1000),
    loadSec: Math.round(input.loadSec),
    settleSec: Math.round(input.settleSec),
    killsByTarget: count(input.kills, (k) => k.target),
    midPayoutKills: input.kills.filter((k) => k.aimedAt).length,
    operationsByKind: record.operations,
    workflows: {
      started: input.ends.length,
      completed: input.ends.filter((w) => w.status === 'COMPLETED').length,
      waitingForStaff: input.ends.filter((w) => w.status === 'RUNNING' && isAtRest(w)).length,
      notAtRest: input.ends.filter((w) => !isAtRest(w)).length,
    },
    violationsByCheck: count(input.violations, (v) => v.check),
    outageWindows: input.outageWindows,
    transientErrors: record.transientErrors,
    seed: input.options.seed,
    fault: input.options.fault ?? null,
    machine: { cores: os.cpus().length, loadAverage1m: Math.round((os.loadavg()[0] ?? 0) * 100) / 100 },
  };
}

function printReport(report: {
  kills: Kill[];
  windows: { psp: string; fromSec: number; toSec: number }[];
  summary: DrillSummary;
  violations: Violation[];
  lines: string[];
  ends: WorkflowEnd[];
  loadErrors: string[];
  checks: string[];
}): void {
  const { summary } = report;
  info('\n── Game-day drill report ──');
  info(`Kills (${summary.kills}), seconds since the start; "back" is when the restarted process had a new pid:`);
  for (const k of report.kills) {
    const back = k.backAfterSec === undefined ? 'NOT BACK' : `back after ${k.backAfterSec}s`;
    info(
      `  ${String(k.atSec).padStart(6)}s  SIGKILL ${k.target.padEnd(19)} pid ${String(k.pid).padEnd(7)} ${back}${k.aimedAt ? `  (mid-payout: ${k.aimedAt})` : ''}`,
    );
  }
  info(
    `PSP outage windows (${report.windows.length}): ${report.windows.map((w) => `${w.psp} ${w.fromSec}–${w.toSec}s`).join(', ') || 'none'}`,
  );
  info(
    `Operations (${summary.operations}): ${Object.entries(summary.operationsByKind)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  info(`Requests retried while a process was down: ${summary.transientErrors}`);
  const statuses = report.ends.reduce<Record<string, number>>((acc, w) => {
    const key = w.status === 'COMPLETED' ? 'COMPLETED' : `${w.status}/${w.businessStatus ?? '-'}`;
    return { ...acc, [key]: (acc[key] ?? 0) + 1 };
  }, {});
  info(`Workflows started by the run (${summary.workflows.started}): ${JSON.stringify(statuses)}`);
  report.lines.forEach((line) => info(line));
  if (report.loadErrors.length) {
    info(
      `Load errors (${report.loadErrors.length}; not invariants): ${[...new Set(report.loadErrors)].slice(0, 5).join(' | ')}`,
    );
  }
  info('Checks:');
  for (const check of report.checks) info(`  · ${check}`);
  const byCheck = Object.entries(summary.violationsByCheck);
  if (byCheck.length === 0) info('✔ No violations: every invariant held.');
  for (const [check, n] of byCheck) {
    info(`✖ ${check}: ${n} violation(s)`);
    report.violations
      .filter((v) => v.check === check)
      .slice(0, 5)
      .forEach((v) => info(`      ${v.detail}`));
  }
}
