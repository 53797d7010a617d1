import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { KYC_TASK_QUEUE, KycWorkflowType, type DueDiligenceInput, type DueDiligenceTrigger } from '../../contracts/kyc';
import {
  clearSourceOfFundsRequest,
  openSourceOfFundsRequest,
  recordSourceOfFundsReminder,
  restrictForOverdueEvidence,
  sourceOfFundsTimingsOf,
} from '../../domain/kyc/due-diligence';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';

/** Dependencies of the due diligence activities; `temporal` only for starting the workflow. */
export interface DueDiligenceActivityDeps {
  db: Db;
  logger: Logger;
  temporal?: () => Promise<Client>;
}

/**
 * The due diligence activities: opening a player's enhanced due diligence (for onboarding's PEP match and the
 * payments risk rule) and the steps of dueDiligenceWorkflow. Each is idempotent, so a retry changes nothing twice.
 */
export function createDueDiligenceActivities({ db, logger, temporal }: DueDiligenceActivityDeps) {
  return {
    /**
     * Raises the player to EDD, opens a source-of-funds request (or finds the open one) and starts its workflow,
     * `kyc:due-diligence:<playerId>:<requestId>`. Answers the request id.
     */
    requireEnhancedDueDiligence: async (input: {
      playerId: string;
      trigger: DueDiligenceTrigger;
    }): Promise<{ requestId: string }> => {
      if (!temporal) throw new Error('requireEnhancedDueDiligence needs a Temporal client');
      const { request } = await openSourceOfFundsRequest(db, input);
      const timings = await sourceOfFundsTimingsOf(db, input.playerId);
      const workflowInput: DueDiligenceInput = {
        playerId: input.playerId,
        requestId: request.requestId,
        trigger: request.trigger,
        ...timings,
      };
      try {
        await (
          await temporal()
        ).workflow.start(KycWorkflowType.dueDiligence, {
          taskQueue: KYC_TASK_QUEUE,
          workflowId: request.workflowId,
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
          args: [workflowInput],
          staticSummary: `Enhanced due diligence for player ${input.playerId} (${request.trigger}): source of funds due in ${timings.deadlineDays} days`,
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
      return { requestId: request.requestId };
    },

    remindSourceOfFunds: async (input: { playerId: string; requestId: string; reminderNo: number }): Promise<void> => {
      await recordSourceOfFundsReminder(db, input.requestId, input.reminderNo);
      // The comms domain (player messages) is not built yet: the reminder is counted and logged, by ids only.
      logger.info(input, 'source-of-funds reminder due');
    },

    restrictForOverdueEvidence: (input: { playerId: string; requestId: string }): Promise<boolean> =>
      restrictForOverdueEvidence(db, input.playerId, input.requestId),

    clearSourceOfFundsRequest: (input: {
      playerId: string;
      requestId: string;
      officerId: string;
      reason: string;
    }): Promise<void> => clearSourceOfFundsRequest(db, input),
  };
}

/** The due diligence activities as workflows proxy them. */
export type DueDiligenceActivities = ReturnType<typeof createDueDiligenceActivities>;
