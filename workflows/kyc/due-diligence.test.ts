import type { WorkflowUpdateFailedError } from '@temporalio/client';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import type { DueDiligenceActivities } from '../../activities/kyc/due-diligence-activities';
import {
  DueDiligenceErrorType,
  dueDiligenceWorkflowId,
  DueDiligenceTrigger,
  SourceOfFundsStatus,
  type DueDiligenceInput,
} from '../../contracts/kyc';
import { SearchAttribute } from '../../contracts/search-attributes';
import { timeSkippingServer } from '../../test/support/time-skipping';
import { dueDiligenceWorkflow } from './due-diligence';
import { clearDueDiligenceUpdate, getDueDiligenceStatusQuery, sourceOfFundsSubmittedSignal } from './messages';

// Every branch of enhanced due diligence on Temporal's time-skipping test server: the 30 days of the deadline and
// the reminders pass in milliseconds. The activities are plain functions recording what the workflow asked.
// This file bundles the workflow itself: the KYC domain's workflow list (workflows/kyc/index.ts) is kycflow's.

let env: TestWorkflowEnvironment;
let bundle: WorkflowBundleOption;
beforeAll(async () => {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const { server } = await timeSkippingServer();
  [env, bundle] = await Promise.all([
    TestWorkflowEnvironment.createTimeSkipping({ server }),
    bundleWorkflowCode({ workflowsPath: require.resolve('./due-diligence'), logger: new DefaultLogger('WARN') }),
  ]);
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      Object.values(SearchAttribute).map((key) => [key.name, encodeSearchAttributeIndexedValueType(key.type)!]),
    ),
  });
}, 120_000);
afterAll(() => env?.teardown());

const DAY_MS = 24 * 60 * 60 * 1000;

function recordingActivities() {
  const calls: string[] = [];
  const activities: DueDiligenceActivities = {
    requireEnhancedDueDiligence: async () => {
      throw new Error('not a step of the workflow');
    },
    remindSourceOfFunds: async ({ reminderNo }) => void calls.push(`remind ${reminderNo}`),
    restrictForOverdueEvidence: async () => {
      calls.push('restrict');
      return true;
    },
    clearSourceOfFundsRequest: async ({ officerId }) => void calls.push(`clear by ${officerId}`),
  };
  return { calls, activities };
}

async function withDueDiligence<T>(
  activities: DueDiligenceActivities,
  test: (handle: Awaited<ReturnType<typeof start>>) => Promise<T>,
): Promise<T> {
  const taskQueue = `due-diligence-test-${randomUUID()}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    activities,
    workflowBundle: bundle,
  });
  return worker.runUntil(async () => test(await start(taskQueue)));
}

function start(taskQueue: string) {
  const input: DueDiligenceInput = {
    playerId: `pl_${randomUUID()}`,
    requestId: `sof_${randomUUID()}`,
    trigger: DueDiligenceTrigger.PEP_MATCH,
    deadlineDays: 30,
    reminderDays: [7, 21],
  };
  return env.client.workflow.start(dueDiligenceWorkflow, {
    taskQueue,
    workflowId: dueDiligenceWorkflowId(input.playerId, input.requestId),
    args: [input],
  });
}

const clearance = { officerId: 'compliance-officer-1', reason: 'payslips and bank statements reviewed' };

describe('dueDiligenceWorkflow', () => {
  it('takes evidence sent in time: no restriction, and an officer clears it', async () => {
    const { calls, activities } = recordingActivities();
    const state = await withDueDiligence(activities, async (handle) => {
      await env.sleep(10 * DAY_MS); // past the first reminder
      await handle.signal(sourceOfFundsSubmittedSignal);
      expect((await handle.query(getDueDiligenceStatusQuery)).status).toBe(SourceOfFundsStatus.SUBMITTED);
      await env.sleep(40 * DAY_MS); // the deadline passes, but the evidence came
      await handle.executeUpdate(clearDueDiligenceUpdate, { args: [clearance] });
      return handle.result();
    });
    expect(calls).toEqual(['remind 1', 'clear by compliance-officer-1']);
    expect(state).toMatchObject({
      status: SourceOfFundsStatus.CLEARED,
      remindersSent: 1,
      clearedBy: 'compliance-officer-1',
    });
  });

  it('reminds twice, then restricts the player when the deadline passes without evidence, until an officer clears it', async () => {
    const { calls, activities } = recordingActivities();
    const state = await withDueDiligence(activities, async (handle) => {
      await env.sleep(31 * DAY_MS);
      const overdue = await handle.query(getDueDiligenceStatusQuery);
      expect(overdue).toMatchObject({ status: SourceOfFundsStatus.OVERDUE, remindersSent: 2 });
      // Late evidence does not lift the restriction: only an officer does.
      await handle.signal(sourceOfFundsSubmittedSignal);
      await env.sleep(DAY_MS);
      expect(calls).toEqual(['remind 1', 'remind 2', 'restrict']);
      await handle.executeUpdate(clearDueDiligenceUpdate, { args: [clearance] });
      return handle.result();
    });
    expect(calls).toEqual(['remind 1', 'remind 2', 'restrict', 'clear by compliance-officer-1']);
    expect(state.status).toBe(SourceOfFundsStatus.CLEARED);
  });

  it('refuses a clearance without a reason', async () => {
    const { calls, activities } = recordingActivities();
    await withDueDiligence(activities, async (handle) => {
      const noReason = await handle
        .executeUpdate(clearDueDiligenceUpdate, { args: [{ officerId: 'compliance-officer-1', reason: 'ok' }] })
        .catch((err: WorkflowUpdateFailedError) => err);
      expect(noReason).toMatchObject({ cause: { type: DueDiligenceErrorType.REASON_REQUIRED } });
      expect((await handle.query(getDueDiligenceStatusQuery)).status).toBe(SourceOfFundsStatus.REQUESTED);
      await handle.executeUpdate(clearDueDiligenceUpdate, { args: [clearance] });
      return handle.result();
    });
    expect(calls).toEqual(['clear by compliance-officer-1']);
  });
});
