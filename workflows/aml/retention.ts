import {
  proxyActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { AmlRetentionActivities } from '../../activities/aml/retention-activities';
import {
  amlRetentionWorkflowId,
  AmlRetentionMode,
  AmlRetentionRunStatus,
  type AmlRetentionInput,
  type AmlRetentionStatus,
} from '../../contracts/aml';
import { internalDbWrite } from '../activity-presets';
import { BusinessStatusSearchAttribute } from '../search-attributes';
import { getAmlRetentionStatusQuery } from './retention-messages';

const { stampAmlRetentionDates, openAmlRetentionRun, purgeAmlRecordsBatch, finishAmlRetentionRun } =
  proxyActivities<AmlRetentionActivities>(internalDbWrite);

/**
 * One retention run: stamp every AML record with its retention date, report what has become purgeable at the
 * run's cutoff (its start), and, unless it is a dry run, purge only that, batch after batch, until nothing is left;
 * the run record and the audit log keep what it found and what it deleted.
 */
export async function amlRetentionWorkflow(input: AmlRetentionInput): Promise<AmlRetentionStatus> {
  const { workflowId } = workflowInfo();
  // The Schedule's runs take the id Temporal gave them (`aml:retention:daily-<time>`).
  const runId = input.runId ?? workflowId.slice(amlRetentionWorkflowId('').length);
  const status: AmlRetentionStatus = {
    runId,
    mode: input.mode,
    status: AmlRetentionRunStatus.RUNNING,
    report: null,
    purged: [],
    playersPurged: 0,
    batches: 0,
  };
  setHandler(getAmlRetentionStatusQuery, () => status);
  const tell = (what: string) => {
    setCurrentDetails(what);
    upsertSearchAttributes([{ key: BusinessStatusSearchAttribute, value: status.status }]);
  };
  tell('Stamping every AML record with its retention date');

  await stampAmlRetentionDates();
  // The cutoff is the database's clock when the run is recorded, the clock the retention dates were computed on;
  // a retried start answers the cutoff first recorded, so every batch purges only what the report listed.
  const run = await openAmlRetentionRun({ runId, workflowId, mode: input.mode, requestedBy: input.requestedBy });
  status.report = run.report;
  const purgeable = run.report.tables.reduce((sum, t) => sum + t.records, 0);
  tell(`${purgeable} records of ${run.report.players} players purgeable at ${run.cutoff}`);

  if (input.mode === AmlRetentionMode.PURGE) {
    for (;;) {
      const batch = await purgeAmlRecordsBatch({ runId, cutoff: run.cutoff, batchSize: input.batchSize });
      if (batch.playerIds.length === 0) break;
      status.batches += 1;
      status.playersPurged += batch.playerIds.length;
      tell(`Purged the records of ${status.playersPurged} of ${run.report.players} players`);
    }
  }

  const finished = await finishAmlRetentionRun({ runId });
  status.status = AmlRetentionRunStatus.COMPLETED;
  status.purged = finished.purged;
  status.playersPurged = finished.playersPurged;
  tell(
    input.mode === AmlRetentionMode.PURGE
      ? `Done: purged the records of ${finished.playersPurged} players`
      : `Dry run done: ${purgeable} records of ${run.report.players} players purgeable, nothing deleted`,
  );
  return status;
}
