import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Context } from '@temporalio/activity';
import { randomUUID } from 'node:crypto';
import type { ExclusionActivities } from '../../activities/rg/exclusion-activities';
import {
  RgBalanceReturn,
  RgExclusionErrorType,
  RgExclusionKind,
  RgExclusionStatus,
  rgExclusionWorkflowId,
  type RgExclusionInput,
  type RgExclusionKind as Kind,
} from '../../contracts/rg';
import { timeSkippingServer, useTimeSkippingTemporal } from '../../test/support/time-skipping';
import { rgExclusionWorkflow } from './exclusion';
import { getRgExclusionStatusQuery, requestRgExclusionReturnUpdate } from './exclusion-messages';

// The exclusion workflow on the time-skipping server with its activities mocked: a time-out ends by itself at its
// end; a self-exclusion closes sessions, marketing, bonus and balance, reaches its length without reopening, and
// ends only after the player's return request and the cooling-off. The SQL behind the activities is tested on the
// real stack (test/rg-exclusions.int.test.ts).
const temporal = useTimeSkippingTemporal(async () =>
  TestWorkflowEnvironment.createTimeSkipping(await timeSkippingServer()),
);

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const COOLING_OFF_HOURS = 24;

/** Activities over an in-memory record: the calls in order and the server time of each end. */
function exclusionWorld() {
  const calls: string[] = [];
  let returnsAt: string | undefined;
  let endedAtMs: number | undefined;
  // The activity's scheduled time is the time-skipping server's clock, which the workflow's timers follow.
  const serverNow = () => Context.current().info.currentAttemptScheduledTimestampMs;
  const activities: ExclusionActivities = {
    async endExclusionSessions({ playerIds }) {
      calls.push('endSessions');
      return playerIds.length;
    },
    async suppressExclusionMarketing() {
      calls.push('suppressMarketing');
    },
    async forfeitExclusionBonus({ playerId }) {
      calls.push(`forfeitBonus:${playerId}`);
      return 500;
    },
    async returnExclusionBalance({ playerId }) {
      calls.push(`returnBalance:${playerId}`);
      return RgBalanceReturn.PAYOUT_REQUESTED;
    },
    async recordExclusionMinimumReached() {
      calls.push('minimumReached');
    },
    async recordExclusionReturnRequest() {
      calls.push('returnRequested');
      returnsAt ??= new Date(serverNow() + COOLING_OFF_HOURS * HOUR).toISOString();
      return { returnsAt };
    },
    async endExclusion() {
      calls.push('end');
      endedAtMs = serverNow();
      return { endedAt: new Date(endedAtMs).toISOString() };
    },
  };
  return { activities, calls, endedAtMs: () => endedAtMs };
}

async function startExclusion(
  w: ReturnType<typeof exclusionWorld>,
  kind: Kind,
  lengthMs: number,
  run: (
    handle: Awaited<ReturnType<typeof temporal.env.client.workflow.start<typeof rgExclusionWorkflow>>>,
    input: RgExclusionInput,
  ) => Promise<void>,
  coveredPlayerIds: string[] = [],
) {
  const taskQueue = `rg-exclusion-test-${randomUUID()}`;
  const exclusionId = `rgx_${randomUUID()}`;
  const input: RgExclusionInput = {
    exclusionId,
    playerId: 'pl_self',
    kind,
    endsAt: new Date((await temporal.env.currentTimeMs()) + lengthMs).toISOString(),
    requestedBy: 'pl_self',
    coveredPlayerIds,
  };
  return temporal.withWorkers({ [taskQueue]: w.activities }, async () => {
    const handle = await temporal.env.client.workflow.start(rgExclusionWorkflow, {
      taskQueue,
      workflowId: rgExclusionWorkflowId(exclusionId),
      args: [input],
    });
    await run(handle, input);
    return { result: await handle.result(), input };
  });
}

/** The error type an Update was refused with, or undefined if it was accepted. */
async function refusalOf(update: Promise<unknown>): Promise<string | undefined> {
  try {
    await update;
    return undefined;
  } catch (err) {
    return (err as { cause?: { type?: string } }).cause?.type ?? String(err);
  }
}

describe('rgExclusionWorkflow', () => {
  it('a time-out ends sessions and marketing at once and ends by itself at its end; no return is asked', async () => {
    const w = exclusionWorld();
    const { result, input } = await startExclusion(w, RgExclusionKind.TIME_OUT, 3 * DAY, async (handle) => {
      expect(await refusalOf(handle.executeUpdate(requestRgExclusionReturnUpdate))).toBe(
        RgExclusionErrorType.NOT_A_SELF_EXCLUSION,
      );
    });
    expect(w.calls).toEqual(['endSessions', 'suppressMarketing', 'end']);
    expect(result.status).toBe(RgExclusionStatus.ENDED);
    expect(w.endedAtMs()).toBeGreaterThanOrEqual(Date.parse(input.endsAt));
  });

  it('a self-exclusion expires without reopening, and ends only after the return request and the cooling-off', async () => {
    const w = exclusionWorld();
    const { result } = await startExclusion(
      w,
      RgExclusionKind.SELF_EXCLUSION,
      182 * DAY,
      async (handle) => {
        // Before its length: the player cannot ask to return.
        await temporal.env.sleep(30 * DAY);
        expect(await refusalOf(handle.executeUpdate(requestRgExclusionReturnUpdate))).toBe(
          RgExclusionErrorType.MINIMUM_NOT_REACHED,
        );
        // Long past its length: still in force, nothing ended by itself.
        await temporal.env.sleep(400 * DAY);
        const waiting = await handle.query(getRgExclusionStatusQuery);
        expect(waiting).toMatchObject({ status: RgExclusionStatus.MINIMUM_REACHED, endedAt: null });
        expect(w.calls).not.toContain('end');
        // The player asks; the cooling-off runs before it ends.
        const { returnsAt } = await handle.executeUpdate(requestRgExclusionReturnUpdate);
        expect(await refusalOf(handle.executeUpdate(requestRgExclusionReturnUpdate))).toBe(
          RgExclusionErrorType.RETURN_ALREADY_REQUESTED,
        );
        await temporal.env.sleep(COOLING_OFF_HOURS * HOUR - HOUR);
        expect(await handle.query(getRgExclusionStatusQuery)).toMatchObject({
          status: RgExclusionStatus.COOLING_OFF,
          returnsAt,
          endedAt: null,
        });
        expect(w.calls).not.toContain('end');
      },
      ['pl_other_brand'],
    );
    expect(w.calls).toEqual([
      'endSessions',
      'suppressMarketing',
      'forfeitBonus:pl_self',
      'returnBalance:pl_self',
      'forfeitBonus:pl_other_brand',
      'returnBalance:pl_other_brand',
      'minimumReached',
      'returnRequested',
      'end',
    ]);
    expect(result).toMatchObject({ status: RgExclusionStatus.ENDED, coveredPlayerIds: ['pl_other_brand'] });
    expect(w.endedAtMs()).toBeGreaterThanOrEqual(Date.parse(result.returnsAt!));
  });
});
