import type { WorkflowUpdateFailedError } from '@temporalio/client';
import type { ApplicationFailure } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import type { RgLimitActivities } from '../../activities/rg/limit-activities';
import {
  rgLimitChangeWorkflowId,
  RgLimitChangeStatus,
  RgLimitErrorType,
  type RgLimitChangeInput,
  type RgLimitChangeStatus as Status,
} from '../../contracts/rg';
import { timeSkippingServer, useTimeSkippingTemporal } from '../../test/support/time-skipping';
import { LimitChange, rgLimitChangeWorkflow } from './limit-change';
import { cancelLimitChangeSignal, confirmLimitChangeUpdate, getLimitChangeStatusQuery } from './messages';

// The limit-change workflow on the time-skipping server: the 24 hours of the cooling-off and the days of the
// confirmation window pass in milliseconds. The activities are mocked over an in-memory change that a "decrease"
// cancels as Postgres would; the SQL behind them is tested on the real stack (test/rg-limits.int.test.ts).
const temporal = useTimeSkippingTemporal(async () =>
  TestWorkflowEnvironment.createTimeSkipping(await timeSkippingServer()),
);

const HOUR_MS = 60 * 60 * 1000;

function world() {
  const change = { status: RgLimitChangeStatus.COOLING_OFF as Status, appliedAt: 0, confirmed: false };
  const calls: string[] = [];
  const pendingNow = () =>
    change.status === RgLimitChangeStatus.COOLING_OFF || change.status === RgLimitChangeStatus.AWAITING_CONFIRMATION;
  const activities: RgLimitActivities = {
    async awaitRgLimitConfirmation({ confirmWithinHours }) {
      calls.push('await-confirmation');
      if (change.status === RgLimitChangeStatus.COOLING_OFF) change.status = RgLimitChangeStatus.AWAITING_CONFIRMATION;
      return { status: change.status, confirmBy: new Date(Date.now() + confirmWithinHours * HOUR_MS).toISOString() };
    },
    async applyRgLimitChange({ confirmed }) {
      calls.push(`apply confirmed=${confirmed}`);
      if (!pendingNow()) return change.status;
      change.status = RgLimitChangeStatus.APPLIED;
      change.confirmed = confirmed;
      return change.status;
    },
    async expireRgLimitChange() {
      calls.push('expire');
      if (pendingNow()) change.status = RgLimitChangeStatus.EXPIRED;
      return change.status;
    },
  };
  /** What a decrease of the same limit does in Postgres, before the API signals the workflow. */
  const cancelInPostgres = () => {
    if (pendingNow()) change.status = RgLimitChangeStatus.CANCELLED;
  };
  return { change, calls, activities, cancelInPostgres };
}

function input(needsConfirmation: boolean): RgLimitChangeInput {
  return {
    changeId: `rglc_${randomUUID()}`,
    playerId: `pl_${randomUUID()}`,
    kind: 'LOSS',
    period: 'DAY',
    toAmount: 50_000,
    coolingOffHours: 24,
    needsConfirmation,
    confirmWithinHours: 7 * 24,
  };
}

async function run<T>(
  activities: RgLimitActivities,
  start: RgLimitChangeInput,
  test: (handle: Awaited<ReturnType<typeof startChange>>) => Promise<T>,
) {
  const taskQueue = `rg-limit-change-test-${randomUUID()}`;
  return temporal.withWorkers({ [taskQueue]: activities }, async () => test(await startChange(taskQueue, start)));
}
function startChange(taskQueue: string, start: RgLimitChangeInput) {
  return temporal.env.client.workflow.start(rgLimitChangeWorkflow, {
    taskQueue,
    workflowId: rgLimitChangeWorkflowId(start.changeId),
    args: [start],
  });
}
const updateRefusal = (err: unknown) => ((err as WorkflowUpdateFailedError).cause as ApplicationFailure).type;

describe('rgLimitChangeWorkflow', () => {
  it('waits the 24-hour cooling-off, refuses a confirmation before it, then applies after the re-confirmation', async () => {
    const w = world();
    const start = input(true);
    await run(w.activities, start, async (handle) => {
      const status = await handle.query(getLimitChangeStatusQuery);
      expect(status.status).toBe('COOLING_OFF');
      const startedAt = Date.parse(status.effectiveAt) - 24 * HOUR_MS;
      expect(Math.abs(startedAt - (await temporal.env.currentTimeMs()))).toBeLessThan(60_000);
      const early = await handle.executeUpdate(confirmLimitChangeUpdate).catch((err: unknown) => err);
      expect(updateRefusal(early)).toBe(RgLimitErrorType.NOT_CONFIRMABLE_YET);

      await temporal.env.sleep(23 * HOUR_MS);
      expect(w.calls).toEqual([]);
      await temporal.env.sleep(2 * HOUR_MS);
      expect((await handle.query(getLimitChangeStatusQuery)).status).toBe('AWAITING_CONFIRMATION');
      expect(w.change.status).toBe('AWAITING_CONFIRMATION');
      expect(await temporal.env.currentTimeMs()).toBeGreaterThanOrEqual(Date.parse(status.effectiveAt));

      const confirmed = await handle.executeUpdate(confirmLimitChangeUpdate);
      expect(confirmed).toMatchObject({ status: 'APPLIED', confirmedAt: expect.any(String) });
      expect(await handle.result()).toMatchObject({ status: 'APPLIED' });
    });
    expect(w.calls).toEqual(['await-confirmation', 'apply confirmed=true']);
    expect(w.change).toMatchObject({ status: 'APPLIED', confirmed: true });
  });

  it('applies after the cooling-off alone where the jurisdiction asks no confirmation', async () => {
    const w = world();
    await run(w.activities, input(false), async (handle) => {
      expect(await handle.result()).toMatchObject({ status: 'APPLIED', confirmedAt: null });
    });
    expect(w.calls).toEqual(['apply confirmed=false']);
  });

  it('ends cancelled when a decrease comes during the cooling-off, and applies nothing', async () => {
    const w = world();
    await run(w.activities, input(true), async (handle) => {
      await temporal.env.sleep(3 * HOUR_MS);
      w.cancelInPostgres();
      await handle.signal(cancelLimitChangeSignal);
      expect(await handle.result()).toMatchObject({ status: 'CANCELLED' });
    });
    expect(w.calls).toEqual([]);
    expect(w.change.status).toBe('CANCELLED');
  });

  it('applies nothing when the decrease was recorded but its Signal was lost', async () => {
    const w = world();
    await run(w.activities, input(false), async (handle) => {
      await temporal.env.sleep(3 * HOUR_MS);
      w.cancelInPostgres();
      expect(await handle.result()).toMatchObject({ status: 'CANCELLED' });
    });
    expect(w.calls).toEqual(['apply confirmed=false']);
    expect(w.change.status).toBe('CANCELLED');
  });

  it('expires when the player does not confirm within the window', async () => {
    const w = world();
    await run(w.activities, input(true), async (handle) => {
      expect(await handle.result()).toMatchObject({ status: 'EXPIRED' });
    });
    expect(w.calls).toEqual(['await-confirmation', 'expire']);
  });
});

describe('LimitChange', () => {
  it('accepts a confirmation only while the change awaits one, and once', () => {
    const change = new LimitChange(input(true), Date.parse('2026-01-01T00:00:00Z'));
    expect(change.state.effectiveAt).toBe('2026-01-02T00:00:00.000Z');
    const type = (run: () => void) => {
      try {
        run();
        return undefined;
      } catch (err) {
        return (err as ApplicationFailure).type;
      }
    };
    expect(type(() => change.validateConfirm())).toBe(RgLimitErrorType.NOT_CONFIRMABLE_YET);
    change.awaitConfirmation('2026-01-09T00:00:00.000Z');
    expect(type(() => change.validateConfirm())).toBeUndefined();
    change.confirm(new Date());
    expect(type(() => change.validateConfirm())).toBe(RgLimitErrorType.NOT_PENDING);
    change.settle(RgLimitChangeStatus.APPLIED);
    change.cancel();
    expect(change.isCancelled).toBe(false);
  });
});
