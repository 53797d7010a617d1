import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { defineSearchAttributeKey } from '@temporalio/common';
import {
  AML_TASK_QUEUE,
  AmlWorkflowType,
  amlRetentionScheduleId,
  amlRetentionWorkflowId,
  AML_RETENTION_SCHEDULE_ACTOR,
  AmlRetentionMode,
  type AmlRetentionInput,
} from '../../contracts/aml';
import { SearchAttribute } from '../../contracts/search-attributes';
import { newBusinessId } from '../../platform/ids';

// How retention runs are started: the daily Schedule (ensured by the AML worker at start) and a run an MLRO starts
// from the back office. Workflows are named by type, as the workflow code is not imported outside the sandbox.

const BusinessIdKey = defineSearchAttributeKey(SearchAttribute.BusinessId.name, SearchAttribute.BusinessId.type);

/** Players purged per batch (one transaction each): small enough to hold the audit chain's lock briefly. */
export const AML_RETENTION_BATCH_SIZE = 100;

/**
 * The daily retention Schedule (04:00 UTC, after the re-screening's 03:00), created if missing; answers whether it
 * created it. It purges: what is purgeable has passed its legal retention period. On-demand runs:
 * `temporal schedule trigger --schedule-id aml:retention:daily`, or the back office's "Run now".
 */
export async function ensureAmlRetentionSchedule(temporal: Client, batchSize = AML_RETENTION_BATCH_SIZE) {
  const input: AmlRetentionInput = {
    mode: AmlRetentionMode.PURGE,
    requestedBy: AML_RETENTION_SCHEDULE_ACTOR,
    batchSize,
  };
  try {
    await temporal.schedule.create({
      scheduleId: amlRetentionScheduleId,
      spec: { calendars: [{ hour: 4, minute: 0, comment: 'daily at 04:00 UTC' }] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      action: {
        type: 'startWorkflow',
        workflowType: AmlWorkflowType.retention,
        // Temporal appends each run's scheduled time, so every run has an id of its own (its run id).
        workflowId: amlRetentionWorkflowId('daily'),
        taskQueue: AML_TASK_QUEUE,
        args: [input],
        staticSummary: 'Daily AML record retention: purge the records whose retention period has ended',
        typedSearchAttributes: [{ key: BusinessIdKey, value: 'daily' }],
      },
    });
    return true;
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    return false;
  }
}

/** Starts a run now for a staff member (a purge, or a dry run); answers its run id and workflow id. */
export async function startAmlRetentionRun(
  temporal: Client,
  input: { mode: AmlRetentionMode; requestedBy: string; batchSize?: number },
): Promise<{ runId: string; workflowId: string }> {
  const runId = newBusinessId('ret');
  const workflowId = amlRetentionWorkflowId(runId);
  const args: AmlRetentionInput = {
    mode: input.mode,
    requestedBy: input.requestedBy,
    batchSize: input.batchSize ?? AML_RETENTION_BATCH_SIZE,
    runId,
  };
  await temporal.workflow.start(AmlWorkflowType.retention, {
    taskQueue: AML_TASK_QUEUE,
    workflowId,
    args: [args],
    staticSummary:
      input.mode === AmlRetentionMode.PURGE
        ? 'AML record retention run: purge the records whose retention period has ended'
        : 'AML record retention dry run: report what is purgeable, delete nothing',
    typedSearchAttributes: [{ key: BusinessIdKey, value: runId }],
  });
  return { runId, workflowId };
}
