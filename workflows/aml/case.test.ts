import type { WorkflowHandle } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { timeSkippingServer, useTimeSkippingTemporal } from '../../test/support/time-skipping';
import type { AmlCaseActivities } from '../../activities/aml';
import { StaffRole } from '../../contracts/admin';
import {
  AmlCaseOutcome,
  AmlCaseStatus,
  SarStatus,
  amlCaseWorkflowId,
  type AmlAlertNotice,
  type AmlCaseInput,
  type AmlSeverity,
  AmlCaseErrorType,
  type AmlCaseActor,
  type AmlCasePolicy,
} from '../../contracts/aml';
import { slaDueAfterRise } from './case-actions';
import { amlCaseWorkflow } from './case';
import {
  alertRaisedSignal,
  approveSarUpdate,
  assignAmlCaseUpdate,
  claimAmlCaseUpdate,
  closeAmlCaseUpdate,
  draftSarUpdate,
  escalateAmlCaseUpdate,
  getAmlCaseStatusQuery,
  investigateAmlCaseUpdate,
  rejectSarUpdate,
} from './messages';

// The case workflow on Temporal's time-skipping test server with mocked activities: the SLA's escalation after
// simulated days, the hold and its release, the SAR's four eyes, and the close that tags the alerts.
const temporal = useTimeSkippingTemporal(async () =>
  TestWorkflowEnvironment.createTimeSkipping(await timeSkippingServer()),
);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const policy: AmlCasePolicy = {
  slaMs: { LOW: 30 * DAY, MEDIUM: 10 * DAY, HIGH: 3 * DAY, CRITICAL: DAY },
  holdMinSeverity: 'HIGH',
};
const analyst: AmlCaseActor = { staffId: 'st_analyst', roles: [StaffRole.RISK_ANALYST] };
const officer: AmlCaseActor = { staffId: 'st_officer', roles: [StaffRole.COMPLIANCE_OFFICER] };
const senior: AmlCaseActor = { staffId: 'st_senior', roles: [StaffRole.SENIOR_COMPLIANCE] };
const mlro: AmlCaseActor = { staffId: 'st_mlro', roles: [StaffRole.MLRO] };
const mlro2: AmlCaseActor = { staffId: 'st_mlro2', roles: [StaffRole.MLRO] };

const alert = (severity: AmlSeverity, alertId = `alt_${randomUUID()}`): AmlAlertNotice => ({
  alertId,
  playerId: 'pl_test',
  ruleId: 'large-deposit',
  ruleVersion: 1,
  severity,
  score: 50,
  occurredAt: '2026-12-01T10:00:00.000Z',
});

/** Mocked case activities that remember what they were asked. */
function caseActivities() {
  const activities: AmlCaseActivities = {
    amlCasePolicy: jest.fn(async () => policy),
    recordCaseStep: jest.fn(async () => undefined),
    placeAmlHold: jest.fn(async () => undefined),
    recordSarDraft: jest.fn(async () => ({ sarId: 'sar_test' })),
    recordSarDecision: jest.fn(async () => undefined),
    closeAmlCase: jest.fn(async () => ({ refiled: [] })),
    releaseHeldWithdrawals: jest.fn(async () => 0),
  };
  const steps = () =>
    (activities.recordCaseStep as jest.Mock).mock.calls.map(([s]: [{ type: string }]) => s.type) as string[];
  return { activities, steps, mock: (name: keyof AmlCaseActivities) => activities[name] as jest.Mock };
}

type Handle = WorkflowHandle<typeof amlCaseWorkflow>;

/**
 * Runs a case to its end; `during` acts on the running workflow first (it must close it). With `signalledWithStart`,
 * the case starts with that alert's Signal, as the alert router starts a case.
 */
async function runCase(
  world: ReturnType<typeof caseActivities>,
  firstAlert: AmlAlertNotice,
  during: (handle: Handle) => Promise<void>,
  signalledWithStart?: AmlAlertNotice,
) {
  const taskQueue = `aml-case-test-${randomUUID()}`;
  const caseId = `case_test_${randomUUID()}`;
  const options = {
    taskQueue,
    workflowId: amlCaseWorkflowId(caseId),
    args: [{ caseId, playerId: 'pl_test', jurisdiction: 'MT', firstAlert }] as [AmlCaseInput],
  };
  // Started before its worker runs: with `signalledWithStart`, the start and the Signal are in one first task.
  const handle: Handle = signalledWithStart
    ? await temporal.env.client.workflow.signalWithStart(amlCaseWorkflow, {
        ...options,
        signal: alertRaisedSignal,
        signalArgs: [signalledWithStart],
      })
    : await temporal.env.client.workflow.start(amlCaseWorkflow, options);
  return temporal.withWorkers({ [taskQueue]: world.activities }, async () => {
    await during(handle);
    return handle.result();
  });
}

async function until(what: string, check: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} never happened`);
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

const close = (handle: Handle, actor: AmlCaseActor, outcome: AmlCaseOutcome, reason = 'reviewed the flows') =>
  handle.executeUpdate(closeAmlCaseUpdate, { args: [{ ...actor, outcome, reason }] });

describe('amlCaseWorkflow: SLA', () => {
  it('escalates to senior compliance when the SLA of its severity runs out, and then only seniors close it', async () => {
    const w = caseActivities();
    const state = await runCase(w, alert('MEDIUM'), async (handle) => {
      await handle.executeUpdate(claimAmlCaseUpdate, { args: [officer] });
      await temporal.env.sleep(9 * DAY);
      expect((await handle.query(getAmlCaseStatusQuery)).escalated).toBe(false);
      await temporal.env.sleep(2 * DAY);
      const escalated = await handle.query(getAmlCaseStatusQuery);
      expect(escalated).toMatchObject({ status: AmlCaseStatus.ESCALATED, assigneeRole: StaffRole.SENIOR_COMPLIANCE });
      expect(await refusalOf(close(handle, officer, AmlCaseOutcome.NO_ACTION))).toBe(AmlCaseErrorType.SeniorRequired);
      await close(handle, senior, AmlCaseOutcome.NO_ACTION);
    });
    expect(state).toMatchObject({ status: AmlCaseStatus.CLOSED, escalated: true, closedBy: senior.staffId });
    expect(w.steps()).toEqual(['OPENED', 'CLAIMED', 'ESCALATED', 'CLOSED']);
  });

  it('shortens the SLA when a more serious alert joins, never lengthens it', async () => {
    expect(slaDueAfterRise(10 * DAY, 0, policy.slaMs, 'CRITICAL')).toBe(DAY);
    expect(slaDueAfterRise(HOUR, 0, policy.slaMs, 'HIGH')).toBe(HOUR);
    const w = caseActivities();
    await runCase(w, alert('LOW'), async (handle) => {
      await until('the case opened', () => w.steps().includes('OPENED'));
      await handle.signal(alertRaisedSignal, alert('MEDIUM'));
      await until('the severity rose', () => w.steps().includes('SEVERITY_RAISED'));
      await temporal.env.sleep(10 * DAY + HOUR);
      expect((await handle.query(getAmlCaseStatusQuery)).status).toBe(AmlCaseStatus.ESCALATED);
      await close(handle, senior, AmlCaseOutcome.NO_ACTION);
    });
  });
});

describe('amlCaseWorkflow: hold and release', () => {
  it('places the hold when the case reaches the hold severity and releases it, waking withdrawals, on close', async () => {
    const w = caseActivities();
    const first = alert('LOW');
    const second = alert('HIGH');
    const state = await runCase(w, first, async (handle) => {
      await until('the case opened', () => w.steps().includes('OPENED'));
      expect(w.mock('placeAmlHold')).not.toHaveBeenCalled();
      await handle.signal(alertRaisedSignal, second);
      await handle.signal(alertRaisedSignal, second); // redelivered: ignored
      await until('the hold was placed', () => w.steps().includes('HOLD_PLACED'));
      expect(await handle.query(getAmlCaseStatusQuery)).toMatchObject({ severity: 'HIGH', holdActive: true });
      expect(w.mock('releaseHeldWithdrawals')).not.toHaveBeenCalled();
      await close(handle, officer, AmlCaseOutcome.NO_ACTION);
    });
    expect(state.alerts.map((a) => a.alertId)).toEqual([first.alertId, second.alertId]);
    expect(state.holdActive).toBe(false);
    expect(w.mock('placeAmlHold')).toHaveBeenCalledTimes(1);
    expect(w.mock('releaseHeldWithdrawals')).toHaveBeenCalledWith({ playerId: 'pl_test' });
    expect(w.mock('closeAmlCase').mock.invocationCallOrder[0]).toBeLessThan(
      w.mock('releaseHeldWithdrawals').mock.invocationCallOrder[0]!,
    );
  });

  it('places no hold and wakes nobody for a case below the hold severity', async () => {
    const w = caseActivities();
    await runCase(w, alert('MEDIUM'), async (handle) => {
      await until('the case opened', () => w.steps().includes('OPENED'));
      await close(handle, officer, AmlCaseOutcome.NO_ACTION);
    });
    expect(w.mock('placeAmlHold')).not.toHaveBeenCalled();
    expect(w.mock('releaseHeldWithdrawals')).not.toHaveBeenCalled();
  });
});

describe('amlCaseWorkflow: SAR four eyes', () => {
  it('lets no drafter approve; another MLRO approves; SAR_FILED needs the approval', async () => {
    const w = caseActivities();
    const state = await runCase(w, alert('HIGH'), async (handle) => {
      await handle.executeUpdate(claimAmlCaseUpdate, { args: [analyst] });
      await handle.executeUpdate(investigateAmlCaseUpdate, { args: [analyst] });
      expect(await refusalOf(close(handle, analyst, AmlCaseOutcome.SAR_FILED))).toBe(AmlCaseErrorType.SarRequired);
      await handle.executeUpdate(draftSarUpdate, { args: [{ ...analyst, revisionId: 'rev_1' }] });
      await handle.executeUpdate(draftSarUpdate, { args: [{ ...mlro, revisionId: 'rev_2' }] }); // the MLRO edits
      expect(await refusalOf(handle.executeUpdate(approveSarUpdate, { args: [analyst] }))).toBe(
        AmlCaseErrorType.NotAuthorised,
      );
      expect(await refusalOf(handle.executeUpdate(approveSarUpdate, { args: [mlro] }))).toBe(
        AmlCaseErrorType.SarDrafterCannotApprove,
      );
      expect(await refusalOf(handle.executeUpdate(rejectSarUpdate, { args: [{ ...mlro2, reason: ' ' }] }))).toBe(
        AmlCaseErrorType.ReasonRequired,
      );
      const approved = await handle.executeUpdate(approveSarUpdate, { args: [mlro2] });
      expect(approved.sar).toMatchObject({ status: SarStatus.APPROVED, decidedBy: mlro2.staffId });
      expect(
        await refusalOf(handle.executeUpdate(draftSarUpdate, { args: [{ ...analyst, revisionId: 'rev_3' }] })),
      ).toBe(AmlCaseErrorType.SarAlreadyApproved);
      await close(handle, analyst, AmlCaseOutcome.SAR_FILED);
    });
    expect(state).toMatchObject({
      outcome: AmlCaseOutcome.SAR_FILED,
      sar: { draftedBy: [analyst.staffId, mlro.staffId] },
    });
    expect(w.mock('recordSarDecision')).toHaveBeenCalledWith(
      expect.objectContaining({ staffId: mlro2.staffId, status: SarStatus.APPROVED }),
    );
  });

  it('sends a rejected SAR back to draft', async () => {
    const w = caseActivities();
    await runCase(w, alert('LOW'), async (handle) => {
      await handle.executeUpdate(draftSarUpdate, { args: [{ ...officer, revisionId: 'rev_1' }] });
      const rejected = await handle.executeUpdate(rejectSarUpdate, { args: [{ ...mlro, reason: 'no facts' }] });
      expect(rejected.sar).toMatchObject({ status: SarStatus.REJECTED, rejectionReason: 'no facts' });
      const redrafted = await handle.executeUpdate(draftSarUpdate, { args: [{ ...officer, revisionId: 'rev_2' }] });
      expect(redrafted.sar?.status).toBe(SarStatus.DRAFT);
      await close(handle, officer, AmlCaseOutcome.NO_ACTION);
    });
  });
});

describe('amlCaseWorkflow: alerts that race the start', () => {
  it('records an alert signalled with the start (before the first task) after the first, and keeps their order', async () => {
    const w = caseActivities();
    const first = alert('LOW');
    const racing = alert('MEDIUM');
    const state = await runCase(
      w,
      first,
      async (handle) => {
        await until('the racing alert joined', () => w.steps().includes('ALERT_ADDED'));
        await close(handle, officer, AmlCaseOutcome.NO_ACTION);
      },
      racing,
    );
    expect(state.alerts.map((a) => a.alertId)).toEqual([first.alertId, racing.alertId]);
    // The case opened already knowing both: at the higher severity, with its SLA, so no rise is recorded after.
    expect(w.steps()).toEqual(['OPENED', 'ALERT_ADDED', 'CLOSED']);
    expect(w.mock('recordCaseStep').mock.calls[0]![0]).toMatchObject({
      type: 'OPENED',
      detail: { severity: 'MEDIUM' },
    });
  });
});

describe('amlCaseWorkflow: actions and close', () => {
  it('moves open → assigned → investigating, refusing what does not fit', async () => {
    const w = caseActivities();
    await runCase(w, alert('LOW'), async (handle) => {
      const cs: AmlCaseActor = { staffId: 'st_cs', roles: [StaffRole.CS_AGENT] };
      expect(await refusalOf(handle.executeUpdate(claimAmlCaseUpdate, { args: [cs] }))).toBe(
        AmlCaseErrorType.NotAuthorised,
      );
      expect(await refusalOf(handle.executeUpdate(investigateAmlCaseUpdate, { args: [officer] }))).toBe(
        AmlCaseErrorType.InvalidTransition,
      );
      const assigned = await handle.executeUpdate(assignAmlCaseUpdate, {
        args: [{ ...officer, assignee: 'st_analyst' }],
      });
      expect(assigned).toMatchObject({ status: AmlCaseStatus.ASSIGNED, assignee: 'st_analyst' });
      expect(await refusalOf(handle.executeUpdate(claimAmlCaseUpdate, { args: [officer] }))).toBe(
        AmlCaseErrorType.InvalidTransition,
      );
      const investigating = await handle.executeUpdate(investigateAmlCaseUpdate, { args: [analyst] });
      expect(investigating.status).toBe(AmlCaseStatus.INVESTIGATING);
      expect(await refusalOf(handle.executeUpdate(escalateAmlCaseUpdate, { args: [{ ...analyst, reason: '' }] }))).toBe(
        AmlCaseErrorType.ReasonRequired,
      );
      const escalated = await handle.executeUpdate(escalateAmlCaseUpdate, { args: [{ ...analyst, reason: 'PEP' }] });
      expect(escalated.status).toBe(AmlCaseStatus.ESCALATED);
      expect(await refusalOf(close(handle, senior, AmlCaseOutcome.RESTRICT, ''))).toBe(AmlCaseErrorType.ReasonRequired);
      const closed = await close(handle, senior, AmlCaseOutcome.RESTRICT);
      expect(closed).toMatchObject({ status: AmlCaseStatus.CLOSED, outcome: AmlCaseOutcome.RESTRICT });
      expect(await refusalOf(handle.executeUpdate(claimAmlCaseUpdate, { args: [senior] }))).toBeDefined();
    });
    expect(w.steps()).toEqual(['OPENED', 'ASSIGNED', 'INVESTIGATING', 'ESCALATED', 'CLOSED']);
  });

  it('closes with the outcome and every alert it knows, which the close step tags', async () => {
    const w = caseActivities();
    const first = alert('LOW');
    const second = alert('MEDIUM');
    await runCase(w, first, async (handle) => {
      await handle.signal(alertRaisedSignal, second);
      await until('the second alert joined', () => w.steps().includes('ALERT_ADDED'));
      await close(handle, officer, AmlCaseOutcome.NO_ACTION, 'explained by salary');
    });
    expect(w.mock('closeAmlCase')).toHaveBeenCalledWith(
      expect.objectContaining({
        outcome: AmlCaseOutcome.NO_ACTION,
        reason: 'explained by salary',
        closedBy: officer.staffId,
        knownAlertIds: [first.alertId, second.alertId],
      }),
    );
  });
});
