import { continueAsNew, proxyActivities, setCurrentDetails, setHandler, workflowInfo } from '@temporalio/workflow';
import type { KycActivities } from '../../activities/kyc';
import { internalDbWrite, rescreeningBatch } from '../activity-presets';
import type { RescreeningInput, RescreeningProgress } from '../../contracts/kyc';
import { getRescreeningProgressQuery } from './messages';

const { playersToRescreen } = proxyActivities<KycActivities>(internalDbWrite);
const { rescreenPlayers } = proxyActivities<KycActivities>(rescreeningBatch);

/** Batches per run before it continues as new, so a run over every player keeps a short history. */
const DEFAULT_BATCHES_PER_RUN = 100;

/**
 * Re-screens players in batches: every active player daily, or after a list import only against what it changed.
 * Each player with new hits gets them as a Signal on their onboarding (a review opens or is joined); progress is
 * on the `getProgress` query and in the run's current details in Temporal Web. Long runs continue as new.
 */
export async function rescreeningWorkflow(input: RescreeningInput): Promise<RescreeningProgress> {
  const progress: RescreeningProgress = input.progress ?? {
    playersScreened: 0,
    playersWithHits: 0,
    batches: 0,
    done: false,
  };
  setHandler(getRescreeningProgressQuery, () => progress);
  const tell = () =>
    setCurrentDetails(
      `${progress.done ? 'Done' : 'Re-screening'}${input.listVersionId ? ` against list version ${input.listVersionId}` : ' against every list'}: ` +
        `${progress.playersScreened} players screened in ${progress.batches} batches, ${progress.playersWithHits} with new hits`,
    );
  tell();

  let after = input.afterPlayerId;
  for (let batchesThisRun = 0; ; batchesThisRun++) {
    if (batchesThisRun >= (input.batchesPerRun ?? DEFAULT_BATCHES_PER_RUN) || workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof rescreeningWorkflow>({ ...input, afterPlayerId: after, progress });
    }
    const playerIds = await playersToRescreen({
      listVersionId: input.listVersionId,
      afterPlayerId: after,
      limit: input.batchSize,
    });
    if (playerIds.length === 0) break;
    const batch = await rescreenPlayers({ runId: input.runId, playerIds, listVersionId: input.listVersionId });
    after = playerIds.at(-1);
    progress.playersScreened += playerIds.length;
    progress.playersWithHits += batch.playersWithHits;
    progress.batches += 1;
    progress.lastPlayerId = after;
    tell();
  }
  progress.done = true;
  tell();
  return progress;
}
