import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import {
  AmlSignal,
  type AmlAlertNotice,
  type AmlCaseActor,
  type AmlCaseState,
  type AssignAmlCaseInput,
  type CloseAmlCaseInput,
  type DraftSarInput,
  type EscalateAmlCaseInput,
  type RejectSarInput,
} from '../../contracts/aml';

// The AML workflows' messages, for workflow code and the Temporal clients that send them (the API's routes, the
// risk.alerts router, the case's close step, tests). Everyone else uses contracts/aml.ts.

/** A new alert of the case's player, from the risk.alerts router (signalWithStart); idempotent by alert id. */
export const alertRaisedSignal = defineSignal<[AmlAlertNotice]>(AmlSignal.alertRaised);
/** Sent to a withdrawal waiting in AML_HOLD when a hold of its player is released. */
export const amlHoldReleasedSignal = defineSignal<[]>(AmlSignal.holdReleased);
/** A case's live state. */
export const getAmlCaseStatusQuery = defineQuery<AmlCaseState>('getStatus');

/** An officer takes an open case for themselves; answers the state after it. */
export const claimAmlCaseUpdate = defineUpdate<AmlCaseState, [AmlCaseActor]>('claimAmlCase');
/** An officer gives the case to a staff member. */
export const assignAmlCaseUpdate = defineUpdate<AmlCaseState, [AssignAmlCaseInput]>('assignAmlCase');
/** The assignee starts investigating. */
export const investigateAmlCaseUpdate = defineUpdate<AmlCaseState, [AmlCaseActor]>('investigateAmlCase');
/** An officer escalates the case to senior compliance, with a reason. */
export const escalateAmlCaseUpdate = defineUpdate<AmlCaseState, [EscalateAmlCaseInput]>('escalateAmlCase');
/** An officer drafts the SAR or revises the draft (the text is in Postgres, by revision id). */
export const draftSarUpdate = defineUpdate<AmlCaseState, [DraftSarInput]>('draftSar');
/** The MLRO approves the SAR; never one they drafted. */
export const approveSarUpdate = defineUpdate<AmlCaseState, [AmlCaseActor]>('approveSar');
/** The MLRO sends the SAR back, with a reason. */
export const rejectSarUpdate = defineUpdate<AmlCaseState, [RejectSarInput]>('rejectSar');
/** An officer closes the case with an outcome and a reason. */
export const closeAmlCaseUpdate = defineUpdate<AmlCaseState, [CloseAmlCaseInput]>('closeAmlCase');
