import type { InterventionLevel, RgInteractionKind, RgInterventionState } from '../../contracts/rg';
import {
  applyInterventionRestrictions,
  recordInterventionStep,
  type InterventionStep,
} from '../../domain/rg/interventions/interventions';
import {
  recordingSaferGamblingMessages,
  type SaferGamblingMessages,
} from '../../domain/rg/interventions/safer-gambling-messages';
import { logInteraction } from '../../domain/rg/interactions';
import { signalLimitChangesCancelled } from '../../domain/rg/limits/limit-change-starts';
import { withTransaction, type Db } from '../../platform/db';
import type { Client } from '@temporalio/client';

/** The SLA per intervention level, in milliseconds (RG_INTERVENTION_SLA). */
export type InterventionSla = Record<InterventionLevel, number>;

/** What the intervention activities need. */
export interface InterventionActivityDeps {
  db: Db;
  /** Tells the workflow of a raise that level 3's lower deposit limit cancels (none in workflow tests). */
  temporal?: Client;
  sla: InterventionSla;
  messages?: SaferGamblingMessages;
}

/** The intervention workflow's activities, each idempotent by the workflow id and step key. */
export function createInterventionActivities({ db, temporal, sla, messages }: InterventionActivityDeps) {
  const saferGambling = messages ?? recordingSaferGamblingMessages(db);
  return {
    /** The SLA per level this worker runs with (read once per intervention). */
    interventionSla: async (): Promise<InterventionSla> => sla,

    /** A timeline step, with the intervention row's fields as the state says (and the level event on a new level). */
    recordInterventionStep: (step: InterventionStep): Promise<void> => recordInterventionStep(db, step),

    /** Level 1: the safer-gambling message, once per intervention. */
    sendSaferGamblingMessage: (input: { workflowId: string; playerId: string; reason: string }): Promise<void> =>
      saferGambling.send({
        playerId: input.playerId,
        template: 'SAFER_GAMBLING_CHECK_IN',
        reason: input.reason,
        sourceRef: input.workflowId,
      }),

    /** Level 3: the restrictions and the lower deposit limit, once per intervention. */
    applyInterventionRestrictions: (input: {
      workflowId: string;
      playerId: string;
      reason: string;
    }): Promise<{ restrictions: string[]; depositLimitMinor: number | null }> =>
      applyInterventionRestrictions(db, input, (cancelled) =>
        temporal ? signalLimitChangesCancelled(temporal, cancelled) : Promise.resolve(),
      ),

    /** An officer's interaction, linked to the intervention. */
    logInterventionInteraction: async (input: {
      workflowId: string;
      playerId: string;
      kind: RgInteractionKind;
      note: string;
      staffId: string;
      stepKey: string;
    }): Promise<{ interactionId: string }> =>
      withTransaction(db, (tx) =>
        logInteraction(tx, {
          playerId: input.playerId,
          kind: input.kind,
          note: input.note,
          by: input.staffId,
          interventionWorkflowId: input.workflowId,
          idempotencyKey: `${input.workflowId}:${input.stepKey}`,
        }),
      ),
  };
}

/** The intervention activities as the workflow proxies them. */
export type InterventionActivities = ReturnType<typeof createInterventionActivities>;
export type { RgInterventionState };
