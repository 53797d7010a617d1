import { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { timeSkippingServer, useTimeSkippingTemporal } from '../../test/support/time-skipping';
import { BusinessStatusSearchAttribute } from '../search-attributes';
import { OpsErrorType, ProbeStatus, stackProbeWorkflowId, type StackProbeInput } from '../../contracts/ops';
import { getStatusQuery, probeEventDeliveredSignal } from './messages';
import { stackProbeWorkflow } from './stack-probe';

// Workflow logic on Temporal's time-skipping test server, with the activities mocked.
const temporal = useTimeSkippingTemporal(async () =>
  TestWorkflowEnvironment.createTimeSkipping(await timeSkippingServer()),
);

function mockActivities(overrides: Partial<Record<'recordProbe' | 'completeProbe', jest.Mock>> = {}) {
  return {
    recordProbe: overrides.recordProbe ?? jest.fn().mockResolvedValue({ recordedAt: '2026-01-01T00:00:00.000Z' }),
    completeProbe: overrides.completeProbe ?? jest.fn().mockResolvedValue({ completedAt: '2026-01-01T00:00:01.000Z' }),
  };
}

async function withWorker<T>(activities: ReturnType<typeof mockActivities>, run: (taskQueue: string) => Promise<T>) {
  const taskQueue = `test-ops-${randomUUID()}`;
  return temporal.withWorkers({ [taskQueue]: activities }, () => run(taskQueue));
}

const input = (eventTimeoutMs = 30_000): StackProbeInput => ({
  probeId: `pr_test_${randomUUID()}`,
  requestedBy: 'jest',
  eventTimeoutMs,
});

async function untilStatus(handle: WorkflowHandle<typeof stackProbeWorkflow>, status: string) {
  for (let i = 0; i < 100; i++) {
    if ((await handle.query(getStatusQuery)).status === status) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`workflow never reached ${status}`);
}

describe('stackProbeWorkflow', () => {
  it('completes once the event comes back, counting only the first delivery', async () => {
    const activities = mockActivities();
    const args = input();
    const result = await withWorker(activities, async (taskQueue) => {
      const handle = await temporal.env.client.workflow.start(stackProbeWorkflow, {
        taskQueue,
        workflowId: stackProbeWorkflowId(args.probeId),
        args: [args],
      });
      await untilStatus(handle, ProbeStatus.AWAITING_EVENT);
      await handle.signal(probeEventDeliveredSignal, { eventId: 'e1', seenAt: '2026-01-01T00:00:00.250Z' });
      await handle.signal(probeEventDeliveredSignal, { eventId: 'e1', seenAt: '2026-01-01T00:00:09.000Z' });
      const outcome = await handle.result();
      const description = await handle.describe();
      expect(description.typedSearchAttributes.get(BusinessStatusSearchAttribute)).toBe(ProbeStatus.COMPLETED);
      expect((await handle.query(getStatusQuery)).status).toBe(ProbeStatus.COMPLETED);
      return outcome;
    });
    expect(result).toEqual({
      probeId: args.probeId,
      recordedAt: '2026-01-01T00:00:00.000Z',
      eventSeenAt: '2026-01-01T00:00:00.250Z',
      completedAt: '2026-01-01T00:00:01.000Z',
      eventRoundTripMs: 250,
    });
    expect(activities.recordProbe).toHaveBeenCalledWith({ probeId: args.probeId, requestedBy: 'jest' });
    expect(activities.completeProbe).toHaveBeenCalledTimes(1);
    expect(activities.completeProbe).toHaveBeenCalledWith({
      probeId: args.probeId,
      eventSeenAt: '2026-01-01T00:00:00.250Z',
    });
  });

  it('fails with ProbeEventNotDelivered when the event never comes back', async () => {
    const activities = mockActivities();
    const args = input(1_000);
    const error = await withWorker(activities, async (taskQueue) => {
      const handle = await temporal.env.client.workflow.start(stackProbeWorkflow, {
        taskQueue,
        workflowId: stackProbeWorkflowId(args.probeId),
        args: [args],
      });
      const failure = await handle.result().catch((err: unknown) => err);
      expect((await handle.describe()).typedSearchAttributes.get(BusinessStatusSearchAttribute)).toBe(
        ProbeStatus.EVENT_NOT_DELIVERED,
      );
      return failure;
    });
    expect(error).toBeInstanceOf(WorkflowFailedError);
    const cause = (error as WorkflowFailedError).cause;
    expect(cause).toBeInstanceOf(ApplicationFailure);
    expect((cause as ApplicationFailure).type).toBe(OpsErrorType.ProbeEventNotDelivered);
    expect(activities.completeProbe).not.toHaveBeenCalled();
  });

  it('retries a failed database write instead of failing the probe', async () => {
    const recordProbe = jest
      .fn()
      .mockRejectedValueOnce(new Error('connection reset'))
      .mockResolvedValue({ recordedAt: '2026-01-01T00:00:00.000Z' });
    const activities = mockActivities({ recordProbe });
    const args = input();
    await withWorker(activities, async (taskQueue) => {
      const handle = await temporal.env.client.workflow.start(stackProbeWorkflow, {
        taskQueue,
        workflowId: stackProbeWorkflowId(args.probeId),
        args: [args],
      });
      await untilStatus(handle, ProbeStatus.AWAITING_EVENT);
      await handle.signal(probeEventDeliveredSignal, { eventId: 'e1', seenAt: '2026-01-01T00:00:00.100Z' });
      await handle.result();
    });
    expect(recordProbe).toHaveBeenCalledTimes(2);
  });
});
