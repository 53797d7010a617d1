import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { HarmNotice, RgInteractionKind, RgInterventionActor, RgInterventionState } from '../../contracts/rg';

// The intervention workflow's messages, for workflow code and the Temporal clients that send them (rg-monitor,
// the API's routes, tests). Everyone else uses contracts/rg.ts.

/** The player's harm score now and its markers, from rg-monitor (signalWithStart). */
export const harmNoticeSignal = defineSignal<[HarmNotice]>('harmNotice');
/** An intervention's live state. */
export const getInterventionStatusQuery = defineQuery<RgInterventionState>('getStatus');

/** An RG officer takes the intervention's task. */
export const claimInterventionUpdate = defineUpdate<RgInterventionState, [RgInterventionActor]>('claimIntervention');
/** The officer who has it logs an interaction with the player (a call, a message). */
export const logInterventionInteractionUpdate = defineUpdate<
  RgInterventionState,
  [RgInterventionActor & { kind: RgInteractionKind; note: string }]
>('logInterventionInteraction');
/** The officer who has it moves it up a level, with a reason. */
export const escalateInterventionUpdate = defineUpdate<RgInterventionState, [RgInterventionActor & { reason: string }]>(
  'escalateIntervention',
);
/** The officer who has it resolves it with an outcome and a reason (after an interaction, from level 2). */
export const resolveInterventionUpdate = defineUpdate<
  RgInterventionState,
  [RgInterventionActor & { outcome: string; reason: string }]
>('resolveIntervention');
