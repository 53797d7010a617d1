import {
  allHandlersFinished,
  condition,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { AmlCaseActivities } from '../../activities/aml';
import { internalDbWrite } from '../activity-presets';
import { AmlCaseStatus, severityAtLeast, type AmlCaseInput, type AmlCaseState } from '../../contracts/aml';
import {
  BusinessIdSearchAttribute,
  BusinessStatusSearchAttribute,
  JurisdictionSearchAttribute,
  PlayerIdSearchAttribute,
} from '../search-attributes';
import { AmlCaseActions, slaDueAfterRise } from './case-actions';
import { getAmlCaseStatusQuery } from './messages';

const aml = proxyActivities<AmlCaseActivities>(internalDbWrite);
/** The patch that lets the first alert join before the Signal handler is set, so that one signalled with it counts. */
const FIRST_ALERT_BEFORE_HANDLERS = 'first-alert-before-handlers';

/**
 * An AML case: the alerts of one player while it is open. It opens with the alert that started it, holds the
 * player's payouts while its severity is at or above the hold threshold, escalates to senior compliance when its
 * SLA runs out, and closes when an officer decides: the alerts are tagged true or false positive by the outcome,
 * the player is restricted or closed where the outcome says so, the hold is released and waiting withdrawals go on.
 * A rising severity shortens the SLA (the new severity's, from now), never lengthens it.
 */
export async function amlCaseWorkflow(input: AmlCaseInput): Promise<AmlCaseState> {
  const state: AmlCaseState = {
    caseId: input.caseId,
    playerId: input.playerId,
    jurisdiction: input.jurisdiction,
    status: AmlCaseStatus.OPEN,
    severity: input.firstAlert.severity,
    alerts: [],
    slaDueAt: '',
    escalated: false,
    holdActive: false,
  };
  let step = 0;
  const record = async (type: string, actor: string, detail: Record<string, unknown> = {}) => {
    upsertSearchAttributes([{ key: BusinessStatusSearchAttribute, value: state.status }]);
    step += 1;
    await aml.recordCaseStep({ caseId: input.caseId, stepKey: `${step}-${type}`, type, actor, detail, state });
  };
  const actions = new AmlCaseActions(state, {
    record,
    recordSarDraft: (revisionId, staffId) => aml.recordSarDraft({ caseId: input.caseId, revisionId, staffId }),
    recordSarDecision: (staffId, status, reason) =>
      aml.recordSarDecision({ caseId: input.caseId, staffId, status, reason }),
  });
  setHandler(getAmlCaseStatusQuery, () => state);
  // The first alert is the OPENED step's. It joins before the handlers are set: an alert signalled before the first
  // task (a second alert racing the signalWithStart) is delivered as the handler is set, and is recorded after it.
  const firstAlertFirst = patched(FIRST_ALERT_BEFORE_HANDLERS);
  if (!firstAlertFirst) actions.register();
  actions.addAlert(input.firstAlert);
  actions.unrecordedAlerts.splice(0);
  if (firstAlertFirst) actions.register();
  upsertSearchAttributes([
    { key: PlayerIdSearchAttribute, value: input.playerId },
    { key: BusinessIdSearchAttribute, value: input.caseId },
    { key: JurisdictionSearchAttribute, value: input.jurisdiction },
  ]);

  // 1. Open: the SLA of its severity, counted from now.
  const policy = await aml.amlCasePolicy({ jurisdiction: input.jurisdiction });
  let dueMs = Date.now() + policy.slaMs[state.severity];
  let slaSeverity = state.severity;
  state.slaDueAt = new Date(dueMs).toISOString();
  await record('OPENED', 'system', { severity: state.severity, alertId: input.firstAlert.alertId });
  actions.openRecorded = true;

  // 2. Until an officer closes it: record joining alerts, hold at the threshold, escalate when the SLA runs out.
  while (!actions.closeRequest) {
    for (const alert of actions.unrecordedAlerts.splice(0)) {
      await record('ALERT_ADDED', 'system', { alertId: alert.alertId, ruleId: alert.ruleId, severity: alert.severity });
    }
    if (state.severity !== slaSeverity) {
      slaSeverity = state.severity;
      dueMs = slaDueAfterRise(dueMs, Date.now(), policy.slaMs, state.severity);
      state.slaDueAt = new Date(dueMs).toISOString();
      await record('SEVERITY_RAISED', 'system', { severity: state.severity, slaDueAt: state.slaDueAt });
    }
    if (!state.holdActive && severityAtLeast(state.severity, policy.holdMinSeverity)) {
      await aml.placeAmlHold({ caseId: input.caseId, playerId: input.playerId });
      state.holdActive = true;
      await record('HOLD_PLACED', 'system', { severity: state.severity });
    }
    const somethingToDo = () => !!actions.closeRequest || actions.unrecordedAlerts.length > 0;
    if (state.escalated) {
      await condition(somethingToDo);
    } else if (!(await condition(somethingToDo, Math.max(dueMs - Date.now(), 1)))) {
      await actions.escalate('system', { sla: 'EXPIRED', slaDueAt: state.slaDueAt });
    }
  }

  // 3. Close: tag the alerts, act on the player, release the hold (one transaction); then the waiting payouts go on.
  const close = actions.closeRequest;
  const closed = await aml.closeAmlCase({
    caseId: input.caseId,
    playerId: input.playerId,
    outcome: close.outcome,
    reason: close.reason,
    closedBy: close.staffId,
    knownAlertIds: state.alerts.map((a) => a.alertId),
  });
  const heldPayouts = state.holdActive;
  Object.assign(state, { status: AmlCaseStatus.CLOSED, outcome: close.outcome, closedBy: close.staffId });
  state.holdActive = false;
  await record('CLOSED', close.staffId, { outcome: close.outcome, reason: close.reason, refiled: closed.refiled });
  if (heldPayouts) await aml.releaseHeldWithdrawals({ playerId: input.playerId });
  await condition(allHandlersFinished);
  return state;
}
