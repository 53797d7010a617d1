import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { timeSkippingServer, useTimeSkippingTemporal } from '../../test/support/time-skipping';
import type { InterventionActivities } from '../../activities/rg/intervention-activities';
import { StaffRole } from '../../contracts/admin';
import {
  InterventionStatus,
  RgInterventionErrorType,
  rgInterventionWorkflowId,
  type HarmNotice,
  type RgInterventionActor,
} from '../../contracts/rg';
import { rgInterventionWorkflow } from './intervention';
import {
  claimInterventionUpdate,
  escalateInterventionUpdate,
  getInterventionStatusQuery,
  harmNoticeSignal,
  logInterventionInteractionUpdate,
  resolveInterventionUpdate,
} from './intervention-messages';

// The intervention workflow on Temporal's time-skipping test server with mocked activities: level by level with
// each level's SLA, a quiet watch that resolves, a strong indicator that acts at once, and the officers' rules.
const temporal = useTimeSkippingTemporal(async () =>
  TestWorkflowEnvironment.createTimeSkipping(await timeSkippingServer()),
);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const sla = { 1: 7 * DAY, 2: 48 * HOUR, 3: 24 * HOUR };
const officer: RgInterventionActor = { staffId: 'st_rg1', roles: [StaffRole.RG_OFFICER] };
const other: RgInterventionActor = { staffId: 'st_rg2', roles: [StaffRole.RG_OFFICER] };
const agent: RgInterventionActor = { staffId: 'st_cs', roles: [StaffRole.CS_AGENT] };

const notice = (score: number, strong = false): HarmNotice => ({
  score,
  markers: ['LATE_NIGHT_PLAY', 'DEPOSIT_FREQUENCY'],
  strong,
  observedAt: '2026-12-01T02:00:00.000Z',
});

function interventionActivities() {
  const activities: InterventionActivities = {
    interventionSla: jest.fn(async () => sla),
    recordInterventionStep: jest.fn(async () => undefined),
    sendSaferGamblingMessage: jest.fn(async () => undefined),
    applyInterventionRestrictions: jest.fn(async () => ({
      restrictions: ['DEPOSIT_BLOCK', 'BONUS_BLOCK', 'MARKETING_SUPPRESSION'],
      depositLimitMinor: 2_500,
    })),
    logInterventionInteraction: jest.fn(async () => ({ interactionId: 'rgi_1' })),
  };
  const steps = () =>
    (activities.recordInterventionStep as jest.Mock).mock.calls.map(
      ([s]: [{ type: string; state: { level: number } }]) => `${s.type}@${s.state.level}`,
    ) as string[];
  return { activities, steps, mock: (name: keyof InterventionActivities) => activities[name] as jest.Mock };
}

type Handle = Awaited<ReturnType<typeof temporal.env.client.workflow.signalWithStart<typeof rgInterventionWorkflow>>>;

async function runIntervention(
  world: ReturnType<typeof interventionActivities>,
  first: HarmNotice,
  during: (handle: Handle) => Promise<void>,
) {
  const taskQueue = `rg-intervention-test-${randomUUID()}`;
  const playerId = `pl_${randomUUID()}`;
  return temporal.withWorkers({ [taskQueue]: world.activities }, async () => {
    const handle = await temporal.env.client.workflow.signalWithStart(rgInterventionWorkflow, {
      taskQueue,
      workflowId: rgInterventionWorkflowId(playerId, 1),
      args: [{ playerId, n: 1 }],
      signal: harmNoticeSignal,
      signalArgs: [first],
    });
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

async function refusalOf(update: Promise<unknown>): Promise<string | undefined> {
  try {
    await update;
    return undefined;
  } catch (err) {
    return (err as { cause?: { type?: string } }).cause?.type ?? String(err);
  }
}

describe('rgInterventionWorkflow: level by level with its SLA', () => {
  it('sends a message, becomes an officer task when markers continue, restricts when the task SLA runs out, then goes to a senior', async () => {
    const w = interventionActivities();
    const state = await runIntervention(w, notice(35), async (handle) => {
      await until('level 1', () => w.steps().includes('LEVEL_REACHED@1'));
      expect(w.mock('sendSaferGamblingMessage')).toHaveBeenCalledTimes(1);
      await temporal.env.sleep(DAY); // within the 7-day watch
      await handle.signal(harmNoticeSignal, notice(45));
      await until('level 2', () => w.steps().includes('LEVEL_REACHED@2'));
      const atTwo = await handle.query(getInterventionStatusQuery);
      expect(atTwo.level).toBe(2);
      const due = Date.parse(atTwo.slaDueAt!);
      await temporal.env.sleep(47 * HOUR);
      expect((await handle.query(getInterventionStatusQuery)).level).toBe(2);
      expect(w.mock('applyInterventionRestrictions')).not.toHaveBeenCalled();
      await temporal.env.sleep(2 * HOUR);
      await until('level 3', () => w.steps().includes('LEVEL_REACHED@3'));
      expect(w.mock('applyInterventionRestrictions')).toHaveBeenCalledTimes(1);
      const atThree = await handle.query(getInterventionStatusQuery);
      expect(Date.parse(atThree.slaDueAt!)).toBeGreaterThanOrEqual(due + 24 * HOUR - HOUR);
      expect(atThree.escalatedToSenior).toBe(false);
      await temporal.env.sleep(25 * HOUR);
      await until('to a senior', () => w.steps().includes('ESCALATED_TO_SENIOR@3'));
      // Past its review SLA, another officer may take it over; they resolve after speaking to the player.
      await handle.executeUpdate(claimInterventionUpdate, { args: [other] });
      expect(
        await refusalOf(
          handle.executeUpdate(resolveInterventionUpdate, {
            args: [{ ...other, outcome: 'RESTRICTIONS_KEPT', reason: 'spoke to the player' }],
          }),
        ),
      ).toBe(RgInterventionErrorType.NoInteraction);
      await handle.executeUpdate(logInterventionInteractionUpdate, {
        args: [{ ...other, kind: 'CALL', note: 'Called; agreed to keep deposits blocked' }],
      });
      await handle.executeUpdate(resolveInterventionUpdate, {
        args: [{ ...other, outcome: 'RESTRICTIONS_KEPT', reason: 'spoke to the player' }],
      });
    });
    expect(state).toMatchObject({ status: InterventionStatus.RESOLVED, level: 3, outcome: 'RESTRICTIONS_KEPT' });
    expect(w.steps()).toEqual([
      'OPENED@0',
      'LEVEL_REACHED@1',
      'LEVEL_REACHED@2',
      'LEVEL_REACHED@3',
      'ESCALATED_TO_SENIOR@3',
      'CLAIMED@3',
      'INTERACTION_LOGGED@3',
      'RESOLVED@3',
    ]);
    expect(w.mock('logInterventionInteraction')).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'CALL', staffId: other.staffId }),
    );
  });

  it('resolves by itself when no markers come during the watch after the message', async () => {
    const w = interventionActivities();
    const state = await runIntervention(w, notice(30), async () => {
      await until('level 1', () => w.steps().includes('LEVEL_REACHED@1'));
      await temporal.env.sleep(7 * DAY + HOUR);
    });
    expect(state).toMatchObject({ status: InterventionStatus.RESOLVED, level: 1, outcome: 'NO_FURTHER_MARKERS' });
    expect(w.mock('applyInterventionRestrictions')).not.toHaveBeenCalled();
  });

  it('acts at once on a strong indicator: restrictions without waiting for any SLA', async () => {
    const w = interventionActivities();
    await runIntervention(w, notice(100, true), async (handle) => {
      await until('level 3', () => w.steps().includes('LEVEL_REACHED@3'));
      expect(w.steps()).toEqual(['OPENED@0', 'LEVEL_REACHED@3']);
      expect(w.mock('sendSaferGamblingMessage')).not.toHaveBeenCalled();
      await handle.executeUpdate(claimInterventionUpdate, { args: [officer] });
      await handle.executeUpdate(logInterventionInteractionUpdate, {
        args: [{ ...officer, kind: 'CALL', note: 'Called the player' }],
      });
      await handle.executeUpdate(resolveInterventionUpdate, {
        args: [{ ...officer, outcome: 'RESTRICTIONS_KEPT', reason: 'player asked for them' }],
      });
    });
  });

  it('lets only the RG officer who claimed it act, and escalates on the officer\u2019s word', async () => {
    const w = interventionActivities();
    const state = await runIntervention(w, notice(65), async (handle) => {
      await until('level 2', () => w.steps().includes('LEVEL_REACHED@2'));
      expect(await refusalOf(handle.executeUpdate(claimInterventionUpdate, { args: [agent] }))).toBe(
        RgInterventionErrorType.NotAnOfficer,
      );
      const reason = 'player sounded distressed';
      expect(
        await refusalOf(handle.executeUpdate(escalateInterventionUpdate, { args: [{ ...officer, reason }] })),
      ).toBe(RgInterventionErrorType.NotYours);
      await handle.executeUpdate(claimInterventionUpdate, { args: [officer] });
      expect(await refusalOf(handle.executeUpdate(claimInterventionUpdate, { args: [other] }))).toBe(
        RgInterventionErrorType.NotYours,
      );
      await handle.executeUpdate(escalateInterventionUpdate, { args: [{ ...officer, reason }] });
      await until('level 3', () => w.steps().includes('LEVEL_REACHED@3'));
      expect(
        await refusalOf(handle.executeUpdate(escalateInterventionUpdate, { args: [{ ...officer, reason }] })),
      ).toBe(RgInterventionErrorType.AlreadyAtTop);
      await handle.executeUpdate(logInterventionInteractionUpdate, {
        args: [{ ...officer, kind: 'CALL', note: 'Agreed a break' }],
      });
      await handle.executeUpdate(resolveInterventionUpdate, {
        args: [{ ...officer, outcome: 'RESTRICTIONS_KEPT', reason: 'agreed' }],
      });
    });
    expect(state.status).toBe(InterventionStatus.RESOLVED);
    expect(w.mock('applyInterventionRestrictions')).toHaveBeenCalledWith(
      expect.objectContaining({ reason: expect.stringContaining('player sounded distressed') }),
    );
  });
});
