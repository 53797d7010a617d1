import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { createKycActivities } from '../../activities/kyc';
import { KYC_TASK_QUEUE, kycOnboardingWorkflowId, type ScreeningOutcome } from '../../contracts/kyc';
import { createPool } from '../../platform/db';
import { createLogger } from '../../platform/logger';
import { timeSkippingServer, useTimeSkippingTemporal } from '../../test/support/time-skipping';
import { getRescreeningProgressQuery } from './messages';
import { rescreeningWorkflow } from './rescreening';

// The re-screening workflow on the time-skipping server: batches of players from `playersToRescreen`, each batch
// through the real `rescreenPlayers` activity, which signalWithStarts the onboarding of every player with new hits.
// It prints how many players per second a run re-screens (screening itself stubbed: `npm run bench:screening`
// measures the matcher), i.e. the orchestration's own throughput on this machine.
const temporal = useTimeSkippingTemporal(async () =>
  TestWorkflowEnvironment.createTimeSkipping(await timeSkippingServer()),
);

const PLAYERS = Array.from({ length: 1_000 }, (_, i) => `pl_rescreen_${String(i).padStart(5, '0')}`);
const HIT_EVERY = 100;

function world(runTag: string) {
  const players = PLAYERS.map((id) => `${id}_${runTag}`);
  const screened: string[] = [];
  const screenPlayer = jest.fn(async ({ playerId }: { playerId: string }): Promise<ScreeningOutcome> => {
    screened.push(playerId);
    const hit = players.indexOf(playerId) % HIT_EVERY === 0;
    return {
      screeningId: `scr_${randomUUID()}`,
      hitCount: hit ? 1 : 0,
      sanctionsHits: hit ? 1 : 0,
      pepHits: 0,
      highestScore: hit ? 0.9 : 0,
    };
  });
  const own = createKycActivities({
    // Never queried by rescreenPlayers: a real pool that is never connected.
    db: createPool('postgres://postgres:postgres@127.0.0.1:54399/unused', 1),
    temporal: temporal.env.client,
    screening: { screenPlayer },
    checksTimeoutMs: 3_600_000,
    logger: createLogger('rescreening-test', 'error'),
  });
  const playersToRescreen = jest.fn(async ({ afterPlayerId, limit }: { afterPlayerId?: string; limit: number }) =>
    players.filter((id) => afterPlayerId === undefined || id > afterPlayerId).slice(0, limit),
  );
  return { players, screened, activities: { playersToRescreen, rescreenPlayers: own.rescreenPlayers } };
}

describe('rescreeningWorkflow', () => {
  it('re-screens every player in batches across continue-as-new, signals each player with hits, reports progress', async () => {
    const w = world(randomUUID().slice(0, 8));
    const taskQueue = `rescreening-test-${randomUUID()}`;
    const started = performance.now();
    const progress = await temporal.withWorkers({ [taskQueue]: w.activities }, async () => {
      const handle = await temporal.env.client.workflow.start(rescreeningWorkflow, {
        taskQueue,
        workflowId: `kyc:rescreening:test-${randomUUID()}`,
        // Two batches per run: the run continues as new twice on the way, carrying its progress.
        args: [{ runId: 'test', batchSize: 200, listVersionId: 'lv_test', batchesPerRun: 2 }],
      });
      const result = await handle.result();
      expect(await handle.query(getRescreeningProgressQuery)).toEqual(result);
      return result;
    });
    const seconds = (performance.now() - started) / 1000;
    expect(progress).toMatchObject({
      playersScreened: PLAYERS.length,
      playersWithHits: PLAYERS.length / HIT_EVERY,
      batches: PLAYERS.length / 200,
      done: true,
      lastPlayerId: w.players.at(-1),
    });
    expect([...w.screened].sort()).toEqual(w.players);
    // Every player with a hit now has an onboarding run under review, started by signalWithStart with the hit.
    const hitPlayer = w.players[0]!;
    const onboarding = temporal.env.client.workflow.getHandle(kycOnboardingWorkflowId(hitPlayer));
    expect((await onboarding.describe()).taskQueue).toBe(KYC_TASK_QUEUE);
    console.log(
      JSON.stringify({
        metric: 'rescreenedPlayersPerSecond',
        players: PLAYERS.length,
        seconds: Number(seconds.toFixed(2)),
        playersPerSecond: Math.round(PLAYERS.length / seconds),
      }),
    );
  });
});
