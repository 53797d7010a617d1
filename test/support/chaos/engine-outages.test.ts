import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { supervisedPid } from '../../../stack/process-alive';
import { Supervisor } from '../../../stack/supervisor';
import { createEngineOutages, planOutages, summariseOutage, type EngineOutage } from './engine-outages';
import type { RequestRecord } from './request-log';

describe('planOutages', () => {
  it('gives each engine its own slot of the load, in the order given, with more room after an outage than before', () => {
    expect(planOutages(['temporal', 'kafka', 'postgres'], 240, 20)).toEqual([
      { engine: 'temporal', atSec: 20 },
      { engine: 'kafka', atSec: 100 },
      { engine: 'postgres', atSec: 180 },
    ]);
    const [only] = planOutages(['kafka'], 90, 20);
    expect(only).toEqual({ engine: 'kafka', atSec: 23.3 });
    expect(90 - (only!.atSec + 20)).toBeGreaterThan(only!.atSec);
  });

  it('plans nothing without engines', () => {
    expect(planOutages([], 240, 20)).toEqual([]);
  });
});

describe('summariseOutage', () => {
  const t0 = 1_000_000;
  const outage: EngineOutage = {
    engine: 'temporal',
    atSec: 30,
    pid: 11,
    killedAt: t0,
    liftedAt: t0 + 20_000,
    restartedPid: 12,
    restartedAt: t0 + 20_400,
    answeringAt: t0 + 22_000,
  };
  const request = (kind: RequestRecord['kind'], startSec: number, tookMs: number, status?: number): RequestRecord => ({
    kind,
    route: kind === 'bet' ? 'POST /wallet/v1/bet' : 'POST /player/v1/deposits',
    startedAt: t0 + startSec * 1000,
    endedAt: t0 + startSec * 1000 + tookMs,
    ...(status === undefined ? { error: 'no answer in 10 s' } : { status }),
  });

  it('counts per kind what was refused and what kept working, from the kill until the engine answered again', () => {
    const requests = [
      request('bet', -1, 20, 200), // before the kill: not counted
      request('bet', 1, 20, 200),
      request('bet', 21, 20, 200), // after the hold was lifted, before Temporal answered: counted
      request('deposit', 2, 300, 503),
      request('deposit', 5, 7_000, 202), // answered, but past the bound
      request('deposit', 8, 10_000), // no answer at all
      request('deposit', 23, 100, 202), // after it answered again: not counted
    ];
    const summary = summariseOutage(outage, requests, {
      firstSagaStepAfter: t0 + 25_500,
      sagaStepsWhileDown: 0,
      eventsWhileDown: 4,
      unpublishedWhileDown: 0,
      lastPublishedOfWhileDown: t0 + 21_000,
    });
    expect(summary).toEqual({
      engine: 'temporal',
      atSec: 30,
      downSec: 20,
      restartedAfterSec: 0.4,
      answeringAfterSec: 2,
      sagasMovedAfterSec: 5.5,
      sagaStepsWhileDown: 0,
      eventsWhileDown: 4,
      outboxDrainedAfterSec: 1,
      sent: { bet: 2, deposit: 3 },
      answered503: { bet: 0, deposit: 1 },
      succeeded: { bet: 2, deposit: 1 },
      refused: { bet: 0, deposit: 0 },
      noAnswer: { bet: 0, deposit: 1 },
      unansweredPastBound: 2,
      pastBoundByKind: { deposit: 2 },
    });
  });

  it('says when the outbox has not drained, and reports a skipped outage with no figures', () => {
    const undrained = summariseOutage(outage, [], {
      sagaStepsWhileDown: 3,
      eventsWhileDown: 5,
      unpublishedWhileDown: 2,
      lastPublishedOfWhileDown: t0 + 21_000,
    });
    expect(undrained).toMatchObject({ outboxDrainedAfterSec: null, sagasMovedAfterSec: null, sent: {} });

    const skipped = summariseOutage({ engine: 'postgres', atSec: 90, skipped: 'no live postgres.pid' }, [], undefined);
    expect(skipped).toMatchObject({ engine: 'postgres', downSec: 0, skipped: 'no live postgres.pid', sent: {} });
    expect(skipped.answeringAfterSec).toBeNull();
  });
});

describe('createEngineOutages', () => {
  let supervisor: Supervisor;
  let pidDir: string;

  beforeEach(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'engine-outages-'));
    pidDir = path.join(dir, 'run');
    supervisor = new Supervisor(path.join(dir, 'logs'), pidDir);
  });
  afterEach(() => supervisor.stopAll(2000));

  it('holds each engine down for its window, one after the other, and waits until it answers again', async () => {
    // Stand-ins for the engines: real processes under the real supervisor; "answering" is running again here.
    supervisor.start({ name: 'temporal', command: 'sleep', args: ['600'], restart: true });
    supervisor.start({ name: 'kafka', command: 'sleep', args: ['600'], restart: true });
    const started = Date.now();
    const outages = createEngineOutages({
      pidDir,
      startedAt: started,
      outageSeconds: 0.6,
      answers: async (engine) => supervisedPid(pidDir, engine) !== undefined,
    });
    const plan = [
      { engine: 'temporal' as const, atSec: 0 },
      { engine: 'postgres' as const, atSec: 0 },
      // Planned to overlap the first outage: it must wait for temporal to answer again.
      { engine: 'kafka' as const, atSec: 0.2 },
    ];
    await outages.run(plan, started, new AbortController().signal, new AbortController().signal);
    outages.dispose();

    const [temporal, postgres, kafka] = outages.outages;
    for (const o of [temporal!, kafka!]) {
      expect(o.skipped).toBeUndefined();
      expect(o.liftedAt! - o.killedAt!).toBeGreaterThanOrEqual(600);
      expect(o.restartedPid).toBeDefined();
      expect(o.restartedPid).not.toBe(o.pid);
      expect(o.answeringAt).toBeGreaterThanOrEqual(o.liftedAt!);
      expect(existsSync(path.join(pidDir, `${o.engine}.hold`))).toBe(false);
    }
    expect(kafka!.killedAt).toBeGreaterThanOrEqual(temporal!.answeringAt!);
    expect(postgres!.skipped).toContain('no live postgres.pid');
  }, 30_000);

  it('ends the load first: an outage whose turn comes after it is reported as not taken place', async () => {
    const loadOver = new AbortController();
    loadOver.abort();
    const outages = createEngineOutages({ pidDir, startedAt: Date.now(), outageSeconds: 1, answers: async () => true });
    await outages.run([{ engine: 'kafka', atSec: 5 }], Date.now(), loadOver.signal, new AbortController().signal);
    outages.dispose();
    expect(outages.outages).toEqual([expect.objectContaining({ engine: 'kafka', skipped: 'the load ended first' })]);
  });
});
