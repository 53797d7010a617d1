import type { AmlRetentionMode } from '../../contracts/aml';
import {
  finishRetentionRun,
  openRetentionRun,
  purgeRetentionBatch,
  stampRetentionDates,
  type AmlRetentionRun,
  type PurgeBatchResult,
} from '../../domain/aml/retention';
import type { Db } from '../../platform/db';

/** Dependencies of the retention activities, injected by the AML worker (or a test). */
export interface AmlRetentionActivityDeps {
  db: Db;
}

/**
 * The retention job's steps, each idempotent so that a retry after a worker is killed changes nothing twice: stamp
 * every record's retention date, record the run with its report, purge batch after batch, finish with the audit.
 */
export function createAmlRetentionActivities(deps: AmlRetentionActivityDeps) {
  return {
    async stampAmlRetentionDates(): Promise<{ recordsChanged: number }> {
      return { recordsChanged: await stampRetentionDates(deps.db) };
    },

    async openAmlRetentionRun(input: {
      runId: string;
      workflowId: string;
      mode: AmlRetentionMode;
      requestedBy: string;
    }): Promise<AmlRetentionRun> {
      return openRetentionRun(deps.db, input);
    },

    async purgeAmlRecordsBatch(input: { runId: string; cutoff: string; batchSize: number }): Promise<PurgeBatchResult> {
      return purgeRetentionBatch(deps.db, { ...input, cutoff: new Date(input.cutoff) });
    },

    async finishAmlRetentionRun(input: { runId: string }): Promise<AmlRetentionRun> {
      return finishRetentionRun(deps.db, input.runId);
    },
  };
}

/** The retention activities as workflows proxy them. */
export type AmlRetentionActivities = ReturnType<typeof createAmlRetentionActivities>;
