import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import type { AmlRetentionActivities } from '../../activities/aml/retention-activities';
import {
  amlRetentionWorkflowId,
  AmlRetentionMode,
  type AmlRetentionInput,
  type AmlRetentionTableCount,
} from '../../contracts/aml';
import type { AmlRetentionRun } from '../../domain/aml/retention';
import { timeSkippingServer, useTimeSkippingTemporal } from '../../test/support/time-skipping';
import { amlRetentionWorkflow } from './retention';
import { getAmlRetentionStatusQuery } from './retention-messages';

// The retention workflow on the time-skipping server with its activities mocked over an in-memory store: it stamps,
// reports at one cutoff, purges batch after batch until nothing is left (a batch that fails once is retried and
// purges nobody twice), finishes the run record; a dry run deletes nothing; a Schedule's run takes its id from its
// workflow id. The SQL behind the activities is tested on the real stack (test/aml-retention.int.test.ts).
const temporal = useTimeSkippingTemporal(async () =>
  TestWorkflowEnvironment.createTimeSkipping(await timeSkippingServer()),
);

const count = (table: string, records: number): AmlRetentionTableCount => ({ table, label: table, records });

/** A store of purgeable players (each with one case and two alerts) and the activities over it. */
function world(purgeablePlayers: number, options: { failFirstBatchAfterCommit?: boolean } = {}) {
  const purgeable = Array.from({ length: purgeablePlayers }, (_, i) => `pl_${String(i).padStart(4, '0')}`);
  const runs = new Map<string, AmlRetentionRun>();
  const calls: string[] = [];
  const batchCutoffs = new Set<string>();
  let failedOnce = false;
  const activities: AmlRetentionActivities = {
    async stampAmlRetentionDates() {
      calls.push('stamp');
      return { recordsChanged: purgeable.length * 3 };
    },
    async openAmlRetentionRun(input) {
      calls.push('open');
      const cutoff = new Date().toISOString();
      const run: AmlRetentionRun = runs.get(input.runId) ?? {
        ...input,
        cutoff,
        status: 'RUNNING',
        report: {
          cutoff,
          tables: [count('aml_alerts', purgeable.length * 2), count('aml_cases', purgeable.length)],
          players: purgeable.length,
          playersRetained: 1,
          nextPurgeableAt: '2031-01-01T00:00:00.000Z',
        },
        purged: [],
        playersPurged: 0,
        startedAt: cutoff,
        finishedAt: null,
      };
      runs.set(input.runId, run);
      return run;
    },
    async purgeAmlRecordsBatch({ runId, cutoff, batchSize }) {
      calls.push('purge');
      batchCutoffs.add(cutoff);
      const playerIds = purgeable.splice(0, batchSize);
      const run = runs.get(runId)!;
      run.playersPurged += playerIds.length;
      run.purged = [
        count('aml_alerts', (run.purged[0]?.records ?? 0) + playerIds.length * 2),
        count('aml_cases', (run.purged[1]?.records ?? 0) + playerIds.length),
      ];
      // The batch committed, then its answer was lost: the retry must purge the next players, not these again.
      if (options.failFirstBatchAfterCommit && !failedOnce) {
        failedOnce = true;
        throw new Error('worker killed after the batch committed');
      }
      return { playerIds, purged: [count('aml_alerts', playerIds.length * 2), count('aml_cases', playerIds.length)] };
    },
    async finishAmlRetentionRun({ runId }) {
      calls.push('finish');
      const run = runs.get(runId)!;
      run.status = 'COMPLETED';
      run.finishedAt = run.finishedAt ?? new Date().toISOString();
      return run;
    },
  };
  return { activities, calls, runs, batchCutoffs, remaining: () => purgeable.length };
}

async function runRetention(activities: AmlRetentionActivities, input: AmlRetentionInput, workflowId?: string) {
  const taskQueue = `aml-retention-test-${randomUUID()}`;
  return temporal.withWorkers({ [taskQueue]: activities }, async () => {
    const handle = await temporal.env.client.workflow.start(amlRetentionWorkflow, {
      taskQueue,
      workflowId: workflowId ?? amlRetentionWorkflowId(input.runId ?? randomUUID()),
      args: [input],
    });
    const result = await handle.result();
    expect(await handle.query(getAmlRetentionStatusQuery)).toEqual(result);
    return result;
  });
}

describe('amlRetentionWorkflow', () => {
  it('reports what is purgeable at one cutoff and purges it in batches until nothing is left', async () => {
    const w = world(250);
    const runId = `ret_${randomUUID()}`;
    const result = await runRetention(w.activities, {
      mode: AmlRetentionMode.PURGE,
      requestedBy: 'mlro-1',
      batchSize: 100,
      runId,
    });

    expect(w.remaining()).toBe(0);
    expect(w.calls).toEqual(['stamp', 'open', 'purge', 'purge', 'purge', 'purge', 'finish']);
    // Every batch purges against the cutoff the report was made at, never a later one.
    expect([...w.batchCutoffs]).toEqual([w.runs.get(runId)!.cutoff]);
    expect(result).toMatchObject({
      runId,
      mode: 'PURGE',
      status: 'COMPLETED',
      report: { players: 250, tables: [count('aml_alerts', 500), count('aml_cases', 250)] },
      purged: [count('aml_alerts', 500), count('aml_cases', 250)],
      playersPurged: 250,
      batches: 3,
    });
  });

  it('retries a batch whose answer was lost and counts what the store recorded, nobody twice', async () => {
    const w = world(150, { failFirstBatchAfterCommit: true });
    const result = await runRetention(w.activities, {
      mode: AmlRetentionMode.PURGE,
      requestedBy: 'mlro-1',
      batchSize: 100,
      runId: `ret_${randomUUID()}`,
    });
    expect(w.remaining()).toBe(0);
    expect(result).toMatchObject({ playersPurged: 150, purged: [count('aml_alerts', 300), count('aml_cases', 150)] });
  });

  it('in a dry run reports and deletes nothing', async () => {
    const w = world(40);
    const result = await runRetention(w.activities, {
      mode: AmlRetentionMode.REPORT_ONLY,
      requestedBy: 'mlro-1',
      batchSize: 100,
      runId: `ret_${randomUUID()}`,
    });
    expect(w.calls).toEqual(['stamp', 'open', 'finish']);
    expect(w.remaining()).toBe(40);
    expect(result).toMatchObject({ status: 'COMPLETED', report: { players: 40 }, purged: [], playersPurged: 0 });
  });

  it("takes a Schedule's run id from the workflow id Temporal gave it", async () => {
    const w = world(0);
    const scheduled = `daily-${new Date().toISOString()}-${randomUUID().slice(0, 8)}`;
    const result = await runRetention(
      w.activities,
      { mode: AmlRetentionMode.PURGE, requestedBy: 'system:aml-retention-schedule', batchSize: 100 },
      amlRetentionWorkflowId(scheduled),
    );
    expect(result).toMatchObject({ runId: scheduled, status: 'COMPLETED', playersPurged: 0, batches: 0 });
    expect(w.runs.has(scheduled)).toBe(true);
  });
});
