// The SDK-free contract of AML record retention (issue 15, item 5): what a retention run is given, what it reports
// and what it purged, as the API, the worker's Schedule, the workflow and the admin UI know them. Ids and counts
// only: no personal data in a run's input, its report or its status.

/** PURGE deletes what has become purgeable; REPORT_ONLY is the dry run that only lists it. */
export const AmlRetentionMode = { PURGE: 'PURGE', REPORT_ONLY: 'REPORT_ONLY' } as const;
/** One mode of a retention run. */
export type AmlRetentionMode = (typeof AmlRetentionMode)[keyof typeof AmlRetentionMode];

/** Where a run stands. */
export const AmlRetentionRunStatus = { RUNNING: 'RUNNING', COMPLETED: 'COMPLETED' } as const;
/** One status of a retention run. */
export type AmlRetentionRunStatus = (typeof AmlRetentionRunStatus)[keyof typeof AmlRetentionRunStatus];

/** Who starts the daily run (the Schedule): the run record and the audit entry name it as their actor. */
export const AML_RETENTION_SCHEDULE_ACTOR = 'system:aml-retention-schedule';

/** The input of `amlRetentionWorkflow`. */
export interface AmlRetentionInput {
  mode: AmlRetentionMode;
  /** The staff member who started it, or the Schedule's actor. */
  requestedBy: string;
  /** Players purged per batch (one transaction each). */
  batchSize: number;
  /** The run's id; the Schedule's runs leave it out and take the one Temporal gave their workflow id. */
  runId?: string;
}

/** How many records of one AML table are purgeable (or were purged). */
export interface AmlRetentionTableCount {
  table: string;
  /** What the table holds, in the compliance officer's words. */
  label: string;
  records: number;
}

/** What has become purgeable at a cutoff: records per table, and how many players they belong to. */
export interface AmlRetentionReport {
  cutoff: string;
  tables: AmlRetentionTableCount[];
  players: number;
  /** Players whose relationship ended but whose records are still within their retention period. */
  playersRetained: number;
  /** When the next records become purgeable (ISO 8601), if any are waiting. */
  nextPurgeableAt: string | null;
}

/** Where a run stands, on its `getStatus` query and as its result. */
export interface AmlRetentionStatus {
  runId: string;
  mode: AmlRetentionMode;
  status: AmlRetentionRunStatus;
  report: AmlRetentionReport | null;
  /** Records deleted per table so far (empty in a dry run). */
  purged: AmlRetentionTableCount[];
  playersPurged: number;
  batches: number;
}
