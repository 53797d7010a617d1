import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { AmlSignal, type AmlCaseOutcome, type AmlCasePolicy } from '../../contracts/aml';
import { closeAmlCaseRecord, recordCaseStep, type CaseStep } from '../../domain/aml/cases';
import { placeAmlHold, withdrawalsWaitingOnAmlHold } from '../../domain/aml/holds';
import { recordSarDecision, recordSarDraft } from '../../domain/aml/sar';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';

/** What the case activities need: the database, a Temporal client (to wake held withdrawals), the case policy. */
export interface AmlCaseActivityDeps {
  db: Db;
  temporal: Client;
  policy: AmlCasePolicy;
  logger: Logger;
}

/**
 * The case workflow's activities: its read model (case row and timeline), the hold, the SAR's records, the close
 * and the wake-up of the player's held withdrawals. Each is idempotent, so a retry changes nothing twice.
 */
export function createAmlCaseActivities({ db, temporal, policy, logger }: AmlCaseActivityDeps) {
  return {
    /** The SLA per severity and the hold threshold this worker runs with (read once per case). */
    amlCasePolicy: async (_input: { jurisdiction: string }): Promise<AmlCasePolicy> => policy,

    recordCaseStep: (step: CaseStep): Promise<void> => recordCaseStep(db, step),

    placeAmlHold: (input: { caseId: string; playerId: string }): Promise<void> =>
      placeAmlHold(db, input.caseId, input.playerId),

    recordSarDraft: (input: { caseId: string; revisionId: string; staffId: string }): Promise<{ sarId: string }> =>
      recordSarDraft(db, input),

    recordSarDecision: (input: {
      caseId: string;
      staffId: string;
      status: 'APPROVED' | 'REJECTED';
      reason?: string;
    }): Promise<void> => recordSarDecision(db, input),

    closeAmlCase: (input: {
      caseId: string;
      playerId: string;
      outcome: AmlCaseOutcome;
      reason: string;
      closedBy: string;
      knownAlertIds: string[];
    }): Promise<{ refiled: string[] }> => closeAmlCaseRecord(db, input),

    /**
     * Tells every withdrawal of the player waiting in AML_HOLD that a hold was released; each checks for itself
     * whether another hold still stops it. A withdrawal gone meanwhile has nobody left to tell.
     */
    releaseHeldWithdrawals: async (input: { playerId: string }): Promise<number> => {
      const workflowIds = await withdrawalsWaitingOnAmlHold(db, input.playerId);
      for (const workflowId of workflowIds) {
        try {
          await temporal.workflow.getHandle(workflowId).signal(AmlSignal.holdReleased);
        } catch (err) {
          if (!(err instanceof WorkflowNotFoundError)) throw err;
          logger.warn({ workflowId }, 'held withdrawal not found; nothing to wake');
        }
      }
      return workflowIds.length;
    },
  };
}

/** The case activities as workflows proxy them. */
export type AmlCaseActivities = ReturnType<typeof createAmlCaseActivities>;
