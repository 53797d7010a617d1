import {
  condition,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  sleep,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { ExclusionActivities } from '../../activities/rg/exclusion-activities';
import {
  RgExclusionErrorType,
  RgExclusionKind,
  RgExclusionStatus,
  type RgExclusionInput,
  type RgExclusionWorkflowStatus,
} from '../../contracts/rg';
import { internalDbWrite } from '../activity-presets';
import { refusal } from '../refusal';
import { BusinessStatusSearchAttribute } from '../search-attributes';
import { getRgExclusionStatusQuery, requestRgExclusionReturnUpdate } from './exclusion-messages';

const acts = proxyActivities<ExclusionActivities>(internalDbWrite);

/** Sleeps until `iso` by the workflow's clock (a durable timer; nothing when it has passed). */
async function sleepUntil(iso: string): Promise<void> {
  const ms = Date.parse(iso) - Date.now();
  if (ms > 0) await sleep(ms);
}

/**
 * One time-out or self-exclusion, from its start (its rows are written and in force before this runs) to its end.
 * It closes what the rows alone do not: game sessions, marketing, and for a self-exclusion the bonus money (by
 * policy) and the cash balance (paid out). A time-out ends by itself at its end. A self-exclusion never does: at
 * its chosen end it records that the minimum was reached and waits for the player to ask to return; then the
 * jurisdiction's cooling-off runs, and only then does it end.
 */
export async function rgExclusionWorkflow(input: RgExclusionInput): Promise<RgExclusionWorkflowStatus> {
  const accounts = [input.playerId, ...input.coveredPlayerIds];
  const status: RgExclusionWorkflowStatus = {
    exclusionId: input.exclusionId,
    playerId: input.playerId,
    kind: input.kind,
    status: RgExclusionStatus.IN_FORCE,
    endsAt: input.endsAt,
    coveredPlayerIds: input.coveredPlayerIds,
    minimumReachedAt: null,
    returnRequestedAt: null,
    returnsAt: null,
    endedAt: null,
    steps: [],
  };
  const tell = (details: string) => {
    setCurrentDetails(details);
    upsertSearchAttributes([{ key: BusinessStatusSearchAttribute, value: status.status }]);
  };
  const done = (step: string) => status.steps.push(step);

  setHandler(getRgExclusionStatusQuery, () => status);
  let returnRequested = false;
  setHandler(
    requestRgExclusionReturnUpdate,
    async () => {
      returnRequested = true;
      status.returnRequestedAt = new Date().toISOString();
      status.status = RgExclusionStatus.COOLING_OFF;
      const { returnsAt } = await acts.recordExclusionReturnRequest({ exclusionId: input.exclusionId });
      status.returnsAt = returnsAt;
      tell(`The player asked to return; the cooling-off ends at ${returnsAt}`);
      return { returnsAt };
    },
    {
      validator: () => {
        if (input.kind !== RgExclusionKind.SELF_EXCLUSION) {
          throw refusal(RgExclusionErrorType.NOT_A_SELF_EXCLUSION, 'a time-out ends by itself');
        }
        if (returnRequested || status.status === RgExclusionStatus.ENDED) {
          throw refusal(RgExclusionErrorType.RETURN_ALREADY_REQUESTED, 'the return was asked for already');
        }
        if (status.status !== RgExclusionStatus.MINIMUM_REACHED) {
          throw refusal(
            RgExclusionErrorType.MINIMUM_NOT_REACHED,
            `the self-exclusion lasts at least until ${input.endsAt}`,
          );
        }
      },
    },
  );
  tell(`${input.kind === RgExclusionKind.TIME_OUT ? 'Time-out' : 'Self-exclusion'} in force until ${input.endsAt}`);

  const ended = await acts.endExclusionSessions({ playerIds: accounts, kind: input.kind });
  done(`Ended ${ended} game session(s)`);
  await acts.suppressExclusionMarketing({
    exclusionId: input.exclusionId,
    playerIds: accounts,
    kind: input.kind,
    endsAt: input.endsAt,
  });
  done('Marketing suppressed');
  if (input.kind === RgExclusionKind.SELF_EXCLUSION) {
    for (const playerId of accounts) {
      const forfeited = await acts.forfeitExclusionBonus({ exclusionId: input.exclusionId, playerId });
      done(`Bonus forfeited on ${playerId}: ${forfeited}`);
      const balance = await acts.returnExclusionBalance({ exclusionId: input.exclusionId, playerId });
      done(`Balance of ${playerId}: ${balance}`);
    }
  }
  tell(`In force until ${input.endsAt}; ${status.steps.join('; ')}`);

  await sleepUntil(input.endsAt);
  if (input.kind === RgExclusionKind.SELF_EXCLUSION) {
    await acts.recordExclusionMinimumReached({ exclusionId: input.exclusionId });
    status.minimumReachedAt = new Date().toISOString();
    status.status = RgExclusionStatus.MINIMUM_REACHED;
    tell('Reached its chosen length; in force until the player asks to return and the cooling-off passes');
    await condition(() => status.returnsAt !== null);
    await sleepUntil(status.returnsAt!);
  }
  const { endedAt } = await acts.endExclusion({ exclusionId: input.exclusionId });
  status.endedAt = endedAt;
  status.status = RgExclusionStatus.ENDED;
  tell(`Ended at ${endedAt}`);
  return status;
}
