import { condition, proxyActivities, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { DueDiligenceActivities } from '../../activities/kyc/due-diligence-activities';
import {
  DueDiligenceErrorType,
  SourceOfFundsStatus,
  type ClearDueDiligenceInput,
  type DueDiligenceInput,
  type DueDiligenceState,
} from '../../contracts/kyc';
import { internalDbWrite } from '../activity-presets';
import { refusal } from '../refusal';
import {
  BusinessIdSearchAttribute,
  BusinessStatusSearchAttribute,
  PlayerIdSearchAttribute,
} from '../search-attributes';
import { clearDueDiligenceUpdate, getDueDiligenceStatusQuery, sourceOfFundsSubmittedSignal } from './messages';

const { remindSourceOfFunds, restrictForOverdueEvidence, clearSourceOfFundsRequest } =
  proxyActivities<DueDiligenceActivities>(internalDbWrite);

const DAY_MS = 24 * 60 * 60 * 1000;
/** A reason an auditor can read: a few words, not a letter. */
const MIN_REASON_LENGTH = 10;

/**
 * Enhanced due diligence for one player: they are asked for source-of-funds evidence (the request row was opened
 * before this started), reminded on the jurisdiction's days while none has come, and restricted (no deposits, no
 * withdrawals, no bets) once the deadline passes without it. Only a compliance officer ends it, clearing the request
 * and any restriction with a reason, whether the evidence came in time, late or never.
 */
export async function dueDiligenceWorkflow(input: DueDiligenceInput): Promise<DueDiligenceState> {
  const startedAt = workflowInfo().startTime.getTime();
  const state: DueDiligenceState = {
    playerId: input.playerId,
    requestId: input.requestId,
    trigger: input.trigger,
    status: SourceOfFundsStatus.REQUESTED,
    remindersSent: 0,
    dueAt: new Date(startedAt + input.deadlineDays * DAY_MS).toISOString(),
  };
  let evidenceArrived = false;
  const setStatus = (status: SourceOfFundsStatus) => {
    state.status = status;
    upsertSearchAttributes([{ key: BusinessStatusSearchAttribute, value: status }]);
  };
  upsertSearchAttributes([
    { key: PlayerIdSearchAttribute, value: input.playerId },
    { key: BusinessIdSearchAttribute, value: input.requestId },
    { key: BusinessStatusSearchAttribute, value: state.status },
  ]);

  setHandler(getDueDiligenceStatusQuery, () => state);
  setHandler(sourceOfFundsSubmittedSignal, () => {
    evidenceArrived = true;
    // Late evidence leaves an OVERDUE request overdue: the restriction stays until an officer clears it.
    if (state.status === SourceOfFundsStatus.REQUESTED) setStatus(SourceOfFundsStatus.SUBMITTED);
  });
  setHandler(
    clearDueDiligenceUpdate,
    async (clearance: ClearDueDiligenceInput) => {
      await clearSourceOfFundsRequest({ playerId: input.playerId, requestId: input.requestId, ...clearance });
      state.clearedBy = clearance.officerId;
      state.clearReason = clearance.reason;
      setStatus(SourceOfFundsStatus.CLEARED);
      return state;
    },
    { validator: validateClearance(() => state) },
  );

  const settled = () => evidenceArrived || state.status === SourceOfFundsStatus.CLEARED;
  const untilDay = (day: number) => Math.max(0, startedAt + day * DAY_MS - Date.now());

  for (const day of [...input.reminderDays].sort((a, b) => a - b)) {
    if (await condition(settled, untilDay(day))) break;
    state.remindersSent += 1;
    await remindSourceOfFunds({
      playerId: input.playerId,
      requestId: input.requestId,
      reminderNo: state.remindersSent,
    });
  }
  if (!settled() && !(await condition(settled, untilDay(input.deadlineDays)))) {
    const restricted = await restrictForOverdueEvidence({ playerId: input.playerId, requestId: input.requestId });
    // Not restricted: the evidence was stored just before the deadline and its Signal is still on its way.
    setStatus(restricted ? SourceOfFundsStatus.OVERDUE : SourceOfFundsStatus.SUBMITTED);
  }
  await condition(() => state.status === SourceOfFundsStatus.CLEARED);
  return state;
}

/** An officer's clearance must give a reason, and may come once. */
function validateClearance(current: () => DueDiligenceState) {
  return (clearance: ClearDueDiligenceInput) => {
    if (current().status === SourceOfFundsStatus.CLEARED) {
      throw refusal(DueDiligenceErrorType.ALREADY_CLEARED, 'this source-of-funds request is already cleared');
    }
    if (!clearance.officerId || clearance.reason.trim().length < MIN_REASON_LENGTH) {
      throw refusal(DueDiligenceErrorType.REASON_REQUIRED, `a reason of at least ${MIN_REASON_LENGTH} characters`);
    }
  };
}
