import type { Config } from '../../../platform/config';
import type { Db } from '../../../platform/db';
import { bringBack, restartedPid, takeDown, type Engine } from '../../../stack/engine-outage';
import { supervisedPid } from '../../../stack/process-alive';
import { engineAnswers } from '../../../stack/stack';
import { tallyRequests, type RequestKind, type RequestRecord } from './request-log';

/** How long an engine has to answer again after its hold is lifted before the drill calls it a violation. */
const ENGINE_BACK_WITHIN_MS = 180_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Sleeps `ms`, or less when `signal` aborts first. */
function sleepUnless(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(0, ms));
    signal.addEventListener('abort', done, { once: true });
  });
}

/** One outage of the plan: which engine, and not before when (seconds since the load began). */
export interface PlannedOutage {
  engine: Engine;
  atSec: number;
}

/**
 * When each engine goes down: the load is cut into one slot per engine, in the order given, and each outage starts
 * a third of the way into the slack of its slot, leaving the larger part after it for the engine to come back and
 * the sagas to move again. The drill runs them one after the other, so two never overlap even when a recovery is
 * slower than planned.
 */
export function planOutages(engines: readonly Engine[], loadSec: number, outageSec: number): PlannedOutage[] {
  const slot = loadSec / Math.max(1, engines.length);
  const lead = Math.max(0, (slot - outageSec) / 3);
  return engines.map((engine, index) => ({ engine, atSec: round1(index * slot + lead) }));
}

/** One engine outage as it happened (epoch milliseconds), or why it did not. */
export interface EngineOutage {
  engine: Engine;
  /** Seconds since the drill began when the engine was killed (or its outage was given up). */
  atSec: number;
  /** Why the engine was not taken down: the drill says so instead of pretending. */
  skipped?: string;
  pid?: number;
  killedAt?: number;
  /** When the hold was lifted and the supervisor could start the engine again. */
  liftedAt?: number;
  restartedPid?: number;
  restartedAt?: number;
  /** When the engine first answered a real question again (a query, a system-info call, a cluster description). */
  answeringAt?: number;
}

/** Asks one engine a real question; true when it answered within `ms`. */
export type EngineProbe = (engine: Engine) => Promise<boolean>;

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Asks each engine the question `npm start` asks it (stack/stack.ts `engineAnswers`), on a fresh connection each time
 * (one held from before a restart could still look broken) and from the drill itself, not through the API (which may
 * be the thing that is stuck).
 */
export function createEngineProbe(config: Config, ms = 2000): EngineProbe {
  return (engine) =>
    within(engineAnswers(config, engine), ms).then(
      (answered) => answered,
      () => false,
    );
}

/**
 * Engine outage windows for the drill, through the stack's hold files (stack/engine-outage.ts): the engine is
 * SIGKILLed and held down for `outageSeconds`, then its hold is lifted, the supervisor restarts it, and the drill
 * waits until it answers again before the next outage may begin.
 */
export function createEngineOutages(deps: {
  pidDir: string;
  startedAt: number;
  outageSeconds: number;
  answers: EngineProbe;
}) {
  const outages: EngineOutage[] = [];
  const held = new Set<Engine>();
  const sinceStart = (at: number) => round1((at - deps.startedAt) / 1000);
  // A drill that dies (an uncaught error, process.exit) must not leave an engine held down.
  const liftEveryHold = () => held.forEach((engine) => bringBack(deps.pidDir, engine));
  process.on('exit', liftEveryHold);

  async function runOutage(engine: Engine, drillAborted: AbortSignal): Promise<void> {
    const outage: EngineOutage = { engine, atSec: sinceStart(Date.now()) };
    outages.push(outage);
    if (!supervisedPid(deps.pidDir, engine)) {
      outage.skipped = notSupervised(deps.pidDir, engine);
      return;
    }
    held.add(engine);
    outage.killedAt = Date.now();
    try {
      outage.pid = await takeDown(deps.pidDir, engine);
      if (outage.pid === undefined) outage.skipped = `${engine} had stopped running just before its outage`;
      else await sleepUnless(deps.outageSeconds * 1000, drillAborted);
    } catch (err) {
      outage.skipped = `could not take ${engine} down: ${(err as Error).message}`;
    } finally {
      bringBack(deps.pidDir, engine);
      held.delete(engine);
      outage.liftedAt = Date.now();
    }
    if (outage.skipped) return;
    const restarted = restartedPid(deps.pidDir, engine, outage.pid, ENGINE_BACK_WITHIN_MS).then(
      (pid) => {
        outage.restartedPid = pid;
        outage.restartedAt = Date.now();
      },
      () => undefined,
    );
    const deadline = outage.liftedAt + ENGINE_BACK_WITHIN_MS;
    while (Date.now() < deadline && !drillAborted.aborted) {
      if (await deps.answers(engine)) {
        outage.answeringAt = Date.now();
        break;
      }
      await sleep(250);
    }
    await restarted;
  }

  return {
    outages,
    /** True while an engine is held down. */
    engineDown: () => held.size > 0,
    /**
     * Runs the plan against the load that began at `loadStartedAt`: an outage whose turn comes after the load ended
     * is recorded as skipped. `drillAborted` (Ctrl-C) cuts a running outage short; the engine comes back either way.
     */
    async run(
      plan: readonly PlannedOutage[],
      loadStartedAt: number,
      loadOver: AbortSignal,
      drillAborted: AbortSignal,
    ): Promise<void> {
      for (const planned of plan) {
        await sleepUnless(loadStartedAt + planned.atSec * 1000 - Date.now(), loadOver);
        if (loadOver.aborted) {
          outages.push({ engine: planned.engine, atSec: sinceStart(Date.now()), skipped: 'the load ended first' });
          continue;
        }
        await runOutage(planned.engine, drillAborted);
      }
    },
    /** Lifts any hold still in place and stops watching for the drill's exit. */
    dispose(): void {
      liftEveryHold();
      process.off('exit', liftEveryHold);
    },
  };
}

export type EngineOutages = ReturnType<typeof createEngineOutages>;

/** Why an engine cannot be taken down on this stack, for the report and the warning at the start. */
export const notSupervised = (pidDir: string, engine: Engine) =>
  `no live ${engine}.pid in ${pidDir}: this stack does not run ${engine} under its supervisor, so the drill ` +
  `cannot take it down and count on it coming back`;

/** What the database says about the sagas and the outbox around one outage (epoch milliseconds). */
export interface RecoveryFacts {
  /** The first saga step (a payment event other than the request) recorded after the hold was lifted. */
  firstSagaStepAfter?: number;
  sagaStepsWhileDown: number;
  /** Outbox events of the run's players written while the engine was down, and how many are still unpublished. */
  eventsWhileDown: number;
  unpublishedWhileDown: number;
  lastPublishedOfWhileDown?: number;
}

/** Reads the recovery facts of one outage that took place, for the run's players. */
export async function recoveryFacts(
  db: Db,
  outage: EngineOutage,
  playerIds: readonly string[],
): Promise<RecoveryFacts> {
  const from = new Date(outage.killedAt!);
  const to = new Date(outage.liftedAt!);
  const { rows } = await db.query<{
    first_step: Date | null;
    steps: number;
    events: number;
    unpublished: number;
    last_published: Date | null;
  }>(
    `WITH steps AS (
       SELECT e.at FROM payment_events e JOIN payments p USING (payment_id)
        WHERE p.player_id = ANY($1) AND e.type <> 'REQUESTED' AND e.at >= $2),
     events AS (
       SELECT published_at FROM outbox_events WHERE message_key = ANY($1) AND created_at >= $2 AND created_at < $3)
     SELECT (SELECT min(at) FROM steps WHERE at >= $3) AS first_step,
            (SELECT count(*)::INT FROM steps WHERE at < $3) AS steps,
            (SELECT count(*)::INT FROM events) AS events,
            (SELECT count(*)::INT FROM events WHERE published_at IS NULL) AS unpublished,
            (SELECT max(published_at) FROM events) AS last_published`,
    [playerIds, from, to],
  );
  const row = rows[0]!;
  return {
    firstSagaStepAfter: row.first_step?.getTime(),
    sagaStepsWhileDown: row.steps,
    eventsWhileDown: row.events,
    unpublishedWhileDown: row.unpublished,
    lastPublishedOfWhileDown: row.last_published?.getTime(),
  };
}

/** One outage in the report's JSON line. */
export interface OutageSummary {
  engine: Engine;
  atSec: number;
  /** From the kill until the hold was lifted, as measured. */
  downSec: number;
  skipped?: string;
  /** After the hold was lifted: until the supervisor had it running again, until it answered, until a saga moved. */
  restartedAfterSec: number | null;
  answeringAfterSec: number | null;
  sagasMovedAfterSec: number | null;
  sagaStepsWhileDown: number;
  /** Outbox events written while it was down, and when the last of them was published after the restart. */
  eventsWhileDown: number;
  outboxDrainedAfterSec: number | null;
  /** Requests started from the kill until the engine answered again, per kind. */
  sent: Partial<Record<RequestKind, number>>;
  answered503: Partial<Record<RequestKind, number>>;
  succeeded: Partial<Record<RequestKind, number>>;
  /** Answered 4xx: refused for what was asked (a limit reached, a time-out), whatever the engines do. */
  refused: Partial<Record<RequestKind, number>>;
  /** No answer at all (a timeout, or a connection refused while the API itself was down). */
  noAnswer: Partial<Record<RequestKind, number>>;
  /** Requests of that window left without an answer past the bound (answered late, or not at all). */
  unansweredPastBound: number;
  pastBoundByKind: Partial<Record<RequestKind, number>>;
}

/** The figures of one outage, from what the drill measured and the requests it recorded. */
export function summariseOutage(
  outage: EngineOutage,
  requests: readonly RequestRecord[],
  facts: RecoveryFacts | undefined,
): OutageSummary {
  const after = (at: number | undefined) =>
    at === undefined || outage.liftedAt === undefined ? null : round1(Math.max(0, at - outage.liftedAt) / 1000);
  const window =
    outage.killedAt === undefined || outage.skipped
      ? {}
      : tallyRequests(requests, outage.killedAt, outage.answeringAt ?? outage.liftedAt ?? outage.killedAt);
  const pick = (key: 'sent' | 'answered503' | 'succeeded' | 'refused' | 'noAnswer' | 'pastBound') =>
    Object.fromEntries(Object.entries(window).map(([kind, tally]) => [kind, tally[key]]));
  const drained =
    facts && facts.eventsWhileDown > 0 && facts.unpublishedWhileDown === 0
      ? after(facts.lastPublishedOfWhileDown)
      : null;
  return {
    engine: outage.engine,
    atSec: outage.atSec,
    downSec:
      outage.killedAt === undefined || outage.liftedAt === undefined || outage.skipped
        ? 0
        : round1((outage.liftedAt - outage.killedAt) / 1000),
    ...(outage.skipped ? { skipped: outage.skipped } : {}),
    restartedAfterSec: after(outage.restartedAt),
    answeringAfterSec: after(outage.answeringAt),
    sagasMovedAfterSec: after(facts?.firstSagaStepAfter),
    sagaStepsWhileDown: facts?.sagaStepsWhileDown ?? 0,
    eventsWhileDown: facts?.eventsWhileDown ?? 0,
    outboxDrainedAfterSec: drained,
    sent: pick('sent'),
    answered503: pick('answered503'),
    succeeded: pick('succeeded'),
    refused: pick('refused'),
    noAnswer: pick('noAnswer'),
    unansweredPastBound: Object.values(window).reduce((sum, tally) => sum + tally.pastBound, 0),
    pastBoundByKind: Object.fromEntries(Object.entries(pick('pastBound')).filter(([, n]) => n > 0)),
  };
}
