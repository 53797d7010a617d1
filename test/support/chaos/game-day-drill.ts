import os from 'node:os';
import { loadConfig } from '../../../platform/config';
import { createPool } from '../../../platform/db';
import { createKafka } from '../../../platform/kafka';
import { connectTemporalClient } from '../../../platform/temporal';
import { supervisedPid } from '../../../stack/process-alive';
import { info, step } from '../../../stack/progress';
import { apiUrlOf, bringUpStack, logDirOf, pidDirOf } from '../../../stack/stack';
import {
  checkAnswerBound,
  checkKyc,
  checkAuditChain,
  checkLedger,
  checkOutages,
  checkPayments,
  checkPaymentWorkflows,
  checkWallet,
  checkWorkflows,
  consumerLag,
  describeWorkflows,
  isAtRest,
  paymentWorkflowIds,
  unpublishedOutbox,
  type Violation,
  type WorkflowEnd,
} from './drill-checks';
import { createDrillLoad, workflowIdsOf } from './drill-load';
import { checkRg, createDrillRg } from './drill-rg';
import { triggerRescreening } from './drill-kyc';
import {
  amlPatterns,
  applyDrillAmlEnvironment,
  checkAml,
  DRILL_AML_SLA_SEC,
  playAmlPattern,
  slaWarning,
  type PlayedAmlPattern,
} from './drill-aml';
import { ourProcesses } from '../../../stack/processes';
import { policyFor } from '../../../domain/jurisdictions/registry';
import { describeOptions, isEngine, seededRandom, type DrillOptions, type KillableProcess } from './drill-options';
import {
  createEngineOutages,
  createEngineProbe,
  notSupervised,
  planOutages,
  recoveryFacts,
  summariseOutage,
  type OutageSummary,
} from './engine-outages';
import { createProcessKiller, ProcessTakeover, type Kill } from './process-killer';
import { createPspWeather } from './psp-weather';
import { ANSWER_BOUND_MS, ANSWER_SLACK_MS, createRequestLog, isPastBound } from './request-log';
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
  /** Players who registered during the load (each onboarded for real), and the re-screening runs triggered. */
  kyc: { newcomers: number; newcomerAttempts: Record<string, number>; reviewDecisions: number; rescreenings: number };
  /** The AML patterns played, and what monitoring and the case workers made of the run (drill-aml.ts). */
  aml: Awaited<ReturnType<typeof checkAml>>['counts'] & { patterns: number };
  /** The limits, raises and time-outs the run's players took, and what the gates refused (drill-rg.ts). */
  rg: Awaited<ReturnType<typeof checkRg>>['counts'];
  violationsByCheck: Record<string, number>;
  outageWindows: number;
  /** One object per engine outage: what was refused and what kept working, and how long recovery took. */
  outages: OutageSummary[];
  /** Every HTTP request the drill sent to the API, and those left without an answer past the bound. */
  requests: { sent: number; unansweredPastBound: number };
  /** Operations not started because their kind's lane was full (its requests were waiting on something down). */
  shedByKind: Record<string, number>;
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
 * The game-day drill: mixed load against the running stack (or one it brings up) while processes are SIGKILLed,
 * PSPs go down and engines are held down for outage windows, then a wait for every workflow to come to rest, then
 * the invariants. Prints its report and returns the summary; `violations` is 0 when every invariant held.
 */
export async function runGameDayDrill(options: DrillOptions, signal: AbortSignal): Promise<DrillSummary> {
  // Before the configuration is read: a stack the drill brings up gets the short AML case SLAs.
  applyDrillAmlEnvironment();
  const config = loadConfig();
  const apiUrl = apiUrlOf(config);
  const started = Date.now();
  // One generator per concern (and one per kind of operation in the load, drill-load.ts), so that how the load
  // interleaves with kills does not change what either chooses.
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
  const requests = createRequestLog();
  const staff = createStaffClient(apiUrl, db, requests);
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
  // A process this build does not run (the AML processes before their parts are merged) is not a target.
  const processTargets = options.targets
    .filter((t): t is KillableProcess => !isEngine(t))
    .filter((t) => ourProcesses.some((p) => p.name === t));
  for (const missing of options.targets.filter((t) => !isEngine(t) && !processTargets.includes(t as KillableProcess))) {
    info(`⚠ ${missing}: no such process in this build (domains/*.ts); not killed.`);
  }
  const amlSla = stack ? undefined : slaWarning(supervisedPid(pidDirOf(config), 'aml-worker'));
  if (amlSla) info(`⚠ ${amlSla}`);
  const engineTargets = options.targets.filter(isEngine);
  for (const engine of engineTargets.filter((e) => !supervisedPid(pidDirOf(config), e))) {
    info(`⚠ ${engine}: ${notSupervised(pidDirOf(config), engine)}. Its outage will be reported as not taken place.`);
  }
  const engineOutages = createEngineOutages({
    pidDir: pidDirOf(config),
    startedAt: started,
    outageSeconds: options.outageSeconds,
    answers: createEngineProbe(config),
  });
  const load = createDrillLoad({
    apiUrl,
    db,
    staff,
    requests,
    provider: { id: providerId, secret },
    options,
    fourEyesMinMinor: config.WITHDRAWAL_FOUR_EYES_MIN_MINOR,
    autoApproveMaxMinor: config.WITHDRAWAL_AUTO_APPROVE_MAX_MINOR,
    kycSimulatorUrl: config.kycProviderBaseUrl,
    kycChecksTimeoutSec: config.KYC_CHECKS_TIMEOUT_SECONDS,
  });
  const { record } = load;
  const drillRg = createDrillRg({ players: () => record.players, request: load.playerRequest, staff });
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
    await load.registerPlayers((line) => preparing.update(line));
    preparing.update('daily limits set, raises asked for');
    await drillRg.setLimits();
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
    const loading = step(
      `Load and kills for ${options.duration} s` +
        (engineTargets.length ? `; ${engineTargets.join(', ')} down ${options.outageSeconds} s each` : ''),
    );
    const staffLoop = (async () => {
      while (!stopLoad.aborted) {
        await load
          .actAsStaff({ outageOpen: weather.outageOpen() })
          .catch((err: unknown) => loadErrors.push(String(err)));
        await sleepUnless(1500, stopLoad);
      }
    })();
    const killLoop = (async () => {
      while (processTargets.length > 0 && !stopLoad.aborted) {
        await sleepUnless(options.killEvery * 1000 * (0.7 + 0.6 * killRandom.next()), stopLoad);
        if (stopLoad.aborted) break;
        const target = killRandom.pick(processTargets);
        const aimedAt = target === 'payments-worker' ? await payoutInFlight(3000).catch(() => undefined) : undefined;
        killer.kill(target, aimedAt);
      }
    })();
    // The daily re-screening, run on demand part way through the load, screens every player while they play.
    const rescreeningLoop = (async () => {
      await sleepUnless(options.duration * 400, stopLoad);
      if (stopLoad.aborted) return;
      try {
        record.rescreenings.add(await triggerRescreening(temporal));
        record.operations.rescreening += 1;
      } catch (err) {
        loadErrors.push(`re-screening: ${String(err)}`);
      }
    })();
    // The AML patterns (drill-aml.ts), one every sixth of the load, each for the next player of the pool, so that
    // monitoring raises alerts and cases open while its consumer and the case worker are being killed.
    const amlRandom = seededRandom(options.seed + 0xa31);
    const amlPlayed: PlayedAmlPattern[] = [];
    const amlLoop = (async () => {
      for (let i = 0; !stopLoad.aborted; i += 1) {
        await sleepUnless((options.duration * 1000) / 6, stopLoad);
        if (stopLoad.aborted) break;
        const player = record.players[(i * 7) % record.players.length]!;
        await playAmlPattern(amlPatterns[i % amlPatterns.length]!, player, {
          send: load.depositFor,
          random: amlRandom,
          pspSimulatorUrl: config.pspBaseUrl,
        })
          .then((played) => amlPlayed.push(played))
          .catch((err: unknown) => loadErrors.push(`AML pattern: ${String(err)}`));
      }
    })();
    // Responsible gambling part way through the load: decreases that cancel raises, and time-outs (drill-rg.ts).
    const rgLoop = (async () => {
      await sleepUnless(options.duration * 400, stopLoad);
      if (!stopLoad.aborted) await drillRg.actMidLoad().catch((err: unknown) => loadErrors.push(`RG: ${String(err)}`));
    })();
    const outageLoop = (async () => {
      if (!options.pspOutages) return;
      while (!stopLoad.aborted) {
        await sleepUnless(1000 * weatherRandom.int(12, 30), stopLoad);
        if (!stopLoad.aborted) await weather.openOutage().catch((err: unknown) => loadErrors.push(String(err)));
      }
    })();
    // Engine outages one after the other; the last one finishes (its engine answers again) after the load ends.
    const engineLoop = engineOutages
      .run(planOutages(engineTargets, options.duration, options.outageSeconds), loadStarted, stopLoad, signal)
      .catch((err: unknown) => loadErrors.push(`engine outages: ${String(err)}`));
    const progress = setInterval(() => {
      const ops = Object.values(record.operations).reduce((a, b) => a + b, 0);
      const down = engineOutages.outages.find((o) => o.killedAt && !o.liftedAt);
      loading.update(
        `${ops} operations, ${killer.kills.length} kills, ${weather.windows.length} PSP outages` +
          (engineTargets.length ? `, ${engineOutages.outages.length} engine outages` : '') +
          (down ? ` (${down.engine} down now)` : ''),
      );
    }, 5000);
    await load.run(stopLoad, (err) => loadErrors.push(err instanceof Error ? err.message : String(err)));
    await Promise.all([staffLoop, killLoop, rescreeningLoop, amlLoop, rgLoop, outageLoop, engineLoop]);
    clearInterval(progress);
    clearTimeout(loadTimer);
    const loadSec = (Date.now() - loadStarted) / 1000;
    loading.done(`${killer.kills.length} kills`);

    // The settle phase: PSPs back to normal, killed processes back, staff still deciding, until all is at rest.
    const settleStarted = Date.now();
    const settling = step(`Waiting up to ${options.settleTimeout} s for every workflow to come to rest`);
    await weather.restore();
    await killer.settled();
    const playerIds = [...record.players, ...record.newcomers].map((p) => p.playerId);
    // The run's workflows, and those of any payment row of its players the drill got no answer for.
    let workflowIds = workflowIdsOf(record);
    let ends: WorkflowEnd[] = [];
    let backlog = 0;
    let lag = new Map<string, number>();
    const settleDeadline = settleStarted + options.settleTimeout * 1000;
    for (;;) {
      await load.actAsStaff({ outageOpen: false }).catch((err: unknown) => loadErrors.push(String(err)));
      const rows = await paymentWorkflowIds(db, playerIds).catch(() => []);
      workflowIds = [...new Set([...workflowIdsOf(record), ...rows])];
      ends = await describeWorkflows(temporal, workflowIds);
      backlog = await unpublishedOutbox(db, new Date(settleStarted)).catch(() => -1);
      lag = await consumerLag(kafka).catch(() => new Map([['(kafka unreachable)', -1]]));
      // A withdrawal awaiting a decision rests only once the scripted staff have nothing left to decide on it.
      // A payment row without its workflow will not get one by waiting: the check reports it.
      const restless = ends.filter(
        (w) =>
          (!isAtRest(w) && w.status !== 'NOT_FOUND') ||
          ((w.businessStatus?.startsWith('AWAITING_') || w.businessStatus === 'MANUAL_REVIEW') &&
            load.staffWillDecide(w.workflowId)),
      ).length;
      const lagging = [...lag.values()].reduce((a, b) => a + Math.abs(b), 0);
      settling.update(`${restless} of ${ends.length} workflows busy, outbox ${backlog}, consumer lag ${lagging}`);
      if ((restless === 0 && backlog === 0 && lagging === 0) || Date.now() > settleDeadline || signal.aborted) break;
      await sleep(2000);
    }
    settling.done();
    // Every case the run opened must have seen its SLA run out (the drill's SLAs are short): wait that long past the
    // last case opened, once the consumers (the monitor, the alert router) have caught up.
    const { rows: lastCase } = await db
      .query<{ at: Date | null }>('SELECT max(opened_at) AS at FROM aml_cases WHERE opened_at >= $1', [
        new Date(started),
      ])
      .catch(() => ({ rows: [{ at: null }] }));
    const slaWait = lastCase[0]?.at ? lastCase[0].at.getTime() + (DRILL_AML_SLA_SEC + 10) * 1000 - Date.now() : 0;
    if (slaWait > 0 && !signal.aborted) {
      const waitingSla = step(`Waiting ${Math.ceil(slaWait / 1000)} s for the last AML case's SLA to run out`);
      await sleepUnless(slaWait, signal);
      waitingSla.done();
    }
    const settleSec = (Date.now() - settleStarted) / 1000;
    for (const takeover of takeovers) {
      const releasing = step(`Handing ${takeover.name} back to the stack's supervisor`);
      await takeover.stop();
      releasing.done(`(${takeover.suppressed} restarts of its copy held off meanwhile)`);
    }

    // The invariants.
    const checking = step('Checking the invariants');
    const ledger = await checkLedger(db);
    const audit = await checkAuditChain(db);
    const payments = await checkPayments(db, record, config.pspBaseUrl);
    const wallet = await checkWallet(db, record, providerId);
    const paymentRows = await checkPaymentWorkflows(db, ends, playerIds);
    // A payment row whose workflow does not exist is the payment check's violation, not a failed workflow; the
    // onboardings are the KYC check's.
    const workflows = await checkWorkflows(
      db,
      ends.filter(
        (w) =>
          (w.status !== 'NOT_FOUND' || !w.workflowId.startsWith('payments:')) &&
          !w.workflowId.startsWith('kyc:onboarding:'),
      ),
    );
    const kyc = await checkKyc(db, record, ends, (j) => policyFor(j).verifyBeforeDepositOrPlay.value);
    const aml = await checkAml(db, new Date(started), amlPlayed);
    const rg = await checkRg(db, temporal, record, drillRg.rg);
    const outages = await Promise.all(
      engineOutages.outages.map(async (o) =>
        summariseOutage(
          o,
          requests.requests,
          o.skipped || !o.killedAt || !o.liftedAt ? undefined : await recoveryFacts(db, o, playerIds),
        ),
      ),
    );
    const answers = checkAnswerBound(requests.requests, started);
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

    const violations = [
      ...ledger.violations,
      ...audit.violations,
      ...payments.violations,
      ...paymentRows.violations,
      ...wallet.violations,
      ...kyc.violations,
      ...aml.violations,
      ...rg.violations,
      ...workflows,
      ...answers,
      ...checkOutages(outages),
      ...plumbing,
    ];
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
      outages,
      aml: { ...aml.counts, patterns: amlPlayed.length },
      rg: rg.counts,
      requests: { sent: requests.requests.length, unansweredPastBound: requests.requests.filter(isPastBound).length },
    });
    printReport({
      kills: killer.kills,
      windows: weather.windows,
      outages,
      summary,
      violations,
      lines: [
        ...ledger.lines,
        ...audit.lines,
        ...payments.lines,
        ...paymentRows.lines,
        ...wallet.lines,
        ...kyc.lines,
        ...aml.lines,
        ...rg.lines,
        `requests to the API: ${summary.requests.sent}, ${summary.requests.unansweredPastBound} left without an answer past ${ANSWER_BOUND_MS / 1000} s (+${ANSWER_SLACK_MS / 1000} s slack)`,
        `outbox backlog ${backlog}`,
        `consumer lag ${JSON.stringify(Object.fromEntries(lag))}`,
      ],
      ends,
      loadErrors,
      checks: [
        'ledger invariants (ledger:verify)',
        'the audit chain verifies (audit:verify)',
        'deposits: captured ⇔ credited exactly once (or refunded); nothing credited uncaptured',
        'withdrawals: paid at most once; reservation posted iff paid, voided otherwise',
        'seamless wallet: each transaction id took effect at most once; duplicates answered as the first time',
        'seamless wallet: the play hours (RG) and the turnover (AML) count each bet that stands once',
        'workflows: none failed, none stuck, NEEDS_ATTENTION only with a cause',
        'KYC: every onboarding completed or waiting for an officer with an open review, none PENDING',
        'KYC: every screening hit is in a review',
        'KYC: no bet or deposit before verification where required, no withdrawal before it anywhere, none since a rejection',
        'AML monitoring (checkMonitoringAfterDrill): each qualifying event raised exactly the alerts its rule versions say',
        'AML cases (checkCasesAfterDrill): every case SLA timer fired; one case per alert; no hold left after a close',
        'AML: every alert filed into a case; no payout sent to a player while a hold of theirs was active',
        'RG: no bet past a loss or wager limit, no deposit past a deposit limit (the wallet’s and payments’ own rows)',
        'RG: no bet or deposit accepted that was sent after the player was told a time-out started, no deposit after a deposit block',
        'RG: a strong indicator opens one intervention at level 3 with its restrictions',
        'RG: no raise applied before its cooling-off; a decrease cancels a pending raise; time-outs in force',
        'RG: the harm monitor counted each deposit that ended once; each intervention has its workflow, running while open',
        'no payment row without its workflow',
        `every request answered within ${ANSWER_BOUND_MS / 1000} s (+${ANSWER_SLACK_MS / 1000} s slack), during outages and outside them`,
        'engine outages: each took place, each engine answered again, bets accepted while Temporal or Kafka was down',
        'outbox drained, consumer lag zero',
      ],
    });
    return summary;
  } finally {
    engineOutages.dispose();
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
  outages: OutageSummary[];
  aml: DrillSummary['aml'];
  rg: DrillSummary['rg'];
  requests: DrillSummary['requests'];
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
    kyc: {
      newcomers: record.newcomers.length,
      newcomerAttempts: record.newcomerAttempts,
      reviewDecisions: record.operations['kyc-decision'],
      rescreenings: record.rescreenings.size,
    },
    aml: input.aml,
    rg: input.rg,
    violationsByCheck: count(input.violations, (v) => v.check),
    outageWindows: input.outageWindows,
    outages: input.outages,
    requests: input.requests,
    shedByKind: record.shed,
    transientErrors: record.transientErrors,
    seed: input.options.seed,
    fault: input.options.fault ?? null,
    machine: { cores: os.cpus().length, loadAverage1m: Math.round((os.loadavg()[0] ?? 0) * 100) / 100 },
  };
}

function printReport(report: {
  kills: Kill[];
  windows: { psp: string; fromSec: number; toSec: number }[];
  outages: OutageSummary[];
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
  if (report.outages.length) printOutages(report.outages);
  info(
    `Operations (${summary.operations}): ${Object.entries(summary.operationsByKind)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  info(`Requests retried while a process or an engine was down: ${summary.transientErrors}`);
  const shed = Object.entries(summary.shedByKind).filter(([, n]) => n > 0);
  if (shed.length) {
    info(`Operations not started, their kind's lane full: ${shed.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
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

const seconds = (n: number | null) => (n === null ? '–' : `${n}s`);

function printOutages(outages: readonly OutageSummary[]): void {
  info(
    `Engine outages (${outages.length}), seconds since the start; requests counted from the kill until the engine ` +
      `answered again; "late" = no answer within ${ANSWER_BOUND_MS / 1000} s (+${ANSWER_SLACK_MS / 1000} s slack):`,
  );
  for (const o of outages) {
    if (o.skipped) {
      info(`  ${String(o.atSec).padStart(6)}s  ⚠ ${o.engine} NOT TAKEN DOWN: ${o.skipped}`);
      continue;
    }
    info(
      `  ${String(o.atSec).padStart(6)}s  ${o.engine.padEnd(9)} down ${o.downSec}s; after its restart: running ` +
        `${seconds(o.restartedAfterSec)}, answering ${seconds(o.answeringAfterSec)}, first saga step ` +
        `${seconds(o.sagasMovedAfterSec)} (${o.sagaStepsWhileDown} saga steps while down); outbox: ` +
        (o.eventsWhileDown === 0
          ? 'no event written while down'
          : `${o.eventsWhileDown} events written while down, ` +
            (o.outboxDrainedAfterSec === null
              ? 'NOT ALL PUBLISHED'
              : o.outboxDrainedAfterSec === 0
                ? 'all published by its restart'
                : `all published ${o.outboxDrainedAfterSec}s after`)),
    );
    const kinds = Object.entries(o.sent).map(([kind, sent]) => {
      const k = kind as keyof typeof o.sent;
      const parts = [`${o.succeeded[k] ?? 0}/${sent} ok`];
      if (o.refused[k]) parts.push(`${o.refused[k]} refused`);
      if (o.answered503[k]) parts.push(`${o.answered503[k]}×503`);
      if (o.noAnswer[k]) parts.push(`${o.noAnswer[k]} no answer`);
      if (o.pastBoundByKind[k]) parts.push(`${o.pastBoundByKind[k]} late`);
      return `${kind} ${parts.join(', ')}`;
    });
    info(`           ${kinds.join(' · ') || 'no request started while it was down'}`);
  }
}
