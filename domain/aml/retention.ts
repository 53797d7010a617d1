import type {
  AmlRetentionMode,
  AmlRetentionRunStatus,
  AmlRetentionReport,
  AmlRetentionTableCount,
} from '../../contracts/aml';
import { appendAuditEntry } from '../admin/audit-log';
import { staffDisplayNames } from '../admin/staff';
import { listJurisdictionPolicies } from '../jurisdictions/registry';
import { withTransaction, type Db, type Queryable } from '../../platform/db';

// AML record retention (issue 15, item 5; Money Laundering Regulations 2017 reg. 40 and their peers): AML records
// are kept for the jurisdiction's `recordRetentionYears` after the business relationship ends (the player's account
// closed, `players.closed_at`), then purged. A player whose account is open, or who still has an open case, has no
// retention date: nothing of theirs is purgeable. The date is computed by one SQL expression (`retentionDateOf`)
// that the dry-run report, the stamping of each record's `retain_until` and the purge all use.

/** One table of AML records: how its rows name their player and carry their retention date. */
export interface AmlRecordTable {
  table: string;
  /** What its rows are, in the compliance officer's words (the retention screen's row label). */
  label: string;
  /**
   * How a row names its player: a column holding the player id, or (records of a case: its timeline, notes, SAR)
   * a column holding the case id, whose case names the player.
   */
  owner: { playerColumn: string } | { caseColumn: string };
  /** The TIMESTAMPTZ column that holds the record's retention date (NULL while the relationship lasts). */
  retainUntilColumn: string;
}

const byPlayer = { playerColumn: 'player_id' };
const byCase = { caseColumn: 'case_id' };

/**
 * Every table of AML records, in the order a purge deletes them: a table that references another comes before it.
 * A part of the AML domain that adds a table of the player's AML records adds a `retain_until TIMESTAMPTZ` column to
 * it and a line here; nothing else changes. Rule versions and back-tests are the operator's, not a player's.
 */
export const AML_RECORD_TABLES: readonly AmlRecordTable[] = [
  { table: 'aml_holds', label: 'Payout holds', owner: byPlayer, retainUntilColumn: 'retain_until' },
  { table: 'aml_sars', label: 'Suspicious activity reports', owner: byCase, retainUntilColumn: 'retain_until' },
  { table: 'aml_sar_revisions', label: 'SAR drafts', owner: byCase, retainUntilColumn: 'retain_until' },
  { table: 'aml_case_notes', label: 'Case notes', owner: byCase, retainUntilColumn: 'retain_until' },
  { table: 'aml_case_events', label: 'Case timelines', owner: byCase, retainUntilColumn: 'retain_until' },
  { table: 'aml_alerts', label: 'Alerts', owner: byPlayer, retainUntilColumn: 'retain_until' },
  { table: 'aml_cases', label: 'Cases', owner: byPlayer, retainUntilColumn: 'retain_until' },
  { table: 'aml_evaluations', label: 'Rule evaluations', owner: byPlayer, retainUntilColumn: 'retain_until' },
  { table: 'aml_monitored_events', label: 'Monitored payments', owner: byPlayer, retainUntilColumn: 'retain_until' },
  { table: 'aml_turnover_buckets', label: 'Turnover by minute', owner: byPlayer, retainUntilColumn: 'retain_until' },
];

/** The column of `t` that names its owner (a player or a case) and the relation from those keys to players, as SQL. */
function ownership(t: AmlRecordTable): { keyColumn: string; owners: string } {
  return 'caseColumn' in t.owner
    ? { keyColumn: t.owner.caseColumn, owners: '(SELECT case_id AS key, player_id FROM aml_cases)' }
    : { keyColumn: t.owner.playerColumn, owners: '(SELECT player_id AS key, player_id FROM players)' };
}

/** The retention period of every jurisdiction of the registry, and of the default ('*') for any other code. */
function retentionYears(): Record<string, number> {
  return Object.fromEntries(listJurisdictionPolicies().map((p) => [p.code, p.recordRetentionYears.value]));
}

/**
 * The retention date of the player `p` (a `players` row alias) as SQL, with the registry's years as JSON in
 * parameter `$years`: the end of the relationship plus the jurisdiction's years; NULL while the account is open or
 * an AML case of the player is (an investigation keeps every record).
 */
const retentionDateOf = (p: string, years: string) => `(CASE
    WHEN ${p}.status = 'CLOSED' AND ${p}.closed_at IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM aml_cases oc WHERE oc.player_id = ${p}.player_id AND oc.status <> 'CLOSED')
    THEN ${p}.closed_at + make_interval(years => COALESCE((${years}::jsonb ->> ${p}.jurisdiction)::int,
                                                          (${years}::jsonb ->> '*')::int))
  END)`;

/** Players who have records in any AML table, as SQL. */
const playersWithRecords = () =>
  AML_RECORD_TABLES.map((t) => {
    const { keyColumn, owners } = ownership(t);
    return `SELECT o.player_id FROM ${t.table} r JOIN ${owners} o ON o.key = r.${keyColumn}`;
  }).join(' UNION ');

/**
 * Writes every AML record's retention date from its player's (and clears it for a reopened account), so that each
 * record carries its date; answers how many records changed. Idempotent: a second call changes nothing.
 */
export async function stampRetentionDates(db: Queryable): Promise<number> {
  let changed = 0;
  for (const t of AML_RECORD_TABLES) {
    const { keyColumn, owners } = ownership(t);
    const { rowCount } = await db.query(
      `UPDATE ${t.table} r SET ${t.retainUntilColumn} = d.retain_until
       FROM (SELECT o.key, ${retentionDateOf('p', '$1')} AS retain_until
             FROM ${owners} o JOIN players p ON p.player_id = o.player_id
             WHERE o.key IN (SELECT ${keyColumn} FROM ${t.table})) d
       WHERE r.${keyColumn} = d.key AND r.${t.retainUntilColumn} IS DISTINCT FROM d.retain_until`,
      [JSON.stringify(retentionYears())],
    );
    changed += rowCount ?? 0;
  }
  return changed;
}

/**
 * What has become purgeable at `cutoff`: the records per table of players whose retention date is at or before it,
 * how many players they are, and those whose relationship ended but whose records must still be kept. Reads only.
 */
export async function purgeableReport(db: Queryable, cutoff: Date): Promise<AmlRetentionReport> {
  const counts = AML_RECORD_TABLES.map((t) => {
    const { keyColumn, owners } = ownership(t);
    return `(SELECT count(*)::int FROM ${t.table} r JOIN ${owners} o ON o.key = r.${keyColumn}
             JOIN due d ON d.player_id = o.player_id WHERE d.retain_until <= $2) AS "${t.table}"`;
  }).join(',\n');
  const { rows } = await db.query<Record<string, number | Date | null>>(
    `WITH due AS (
       SELECT p.player_id, ${retentionDateOf('p', '$1')} AS retain_until
       FROM players p WHERE p.player_id IN (${playersWithRecords()}))
     SELECT ${counts},
       (SELECT count(*)::int FROM due WHERE retain_until <= $2) AS "players",
       (SELECT count(*)::int FROM due WHERE retain_until > $2) AS "playersRetained",
       (SELECT min(retain_until) FROM due WHERE retain_until > $2) AS "nextPurgeableAt"`,
    [JSON.stringify(retentionYears()), cutoff],
  );
  const row = rows[0]!;
  const next = row.nextPurgeableAt as Date | null;
  return {
    cutoff: cutoff.toISOString(),
    tables: AML_RECORD_TABLES.map((t) => ({ table: t.table, label: t.label, records: row[t.table] as number })),
    players: row.players as number,
    playersRetained: row.playersRetained as number,
    nextPurgeableAt: next ? next.toISOString() : null,
  };
}

/** A retention run as the run list shows it (table `aml_retention_runs`). */
export interface AmlRetentionRun {
  runId: string;
  workflowId: string;
  mode: AmlRetentionMode;
  requestedBy: string;
  cutoff: string;
  status: AmlRetentionRunStatus;
  report: AmlRetentionReport;
  purged: AmlRetentionTableCount[];
  playersPurged: number;
  startedAt: string;
  finishedAt: string | null;
}

const runColumns = `run_id AS "runId", workflow_id AS "workflowId", mode, requested_by AS "requestedBy", cutoff,
  status, report, purged, players_purged AS "playersPurged", started_at AS "startedAt", finished_at AS "finishedAt"`;

interface RunRow extends Omit<AmlRetentionRun, 'cutoff' | 'startedAt' | 'finishedAt' | 'purged'> {
  cutoff: Date;
  startedAt: Date;
  finishedAt: Date | null;
  purged: Record<string, number>;
}

const toRun = (row: RunRow): AmlRetentionRun => ({
  ...row,
  cutoff: row.cutoff.toISOString(),
  startedAt: row.startedAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
  purged: AML_RECORD_TABLES.map((t) => ({ table: t.table, label: t.label, records: row.purged[t.table] ?? 0 })),
});

/** The run `runId`, if recorded. */
export async function findRetentionRun(db: Queryable, runId: string): Promise<AmlRetentionRun | undefined> {
  const { rows } = await db.query<RunRow>(`SELECT ${runColumns} FROM aml_retention_runs WHERE run_id = $1`, [runId]);
  return rows[0] ? toRun(rows[0]) : undefined;
}

/** The most recent runs, newest first, each with the display name of the staff member who started it. */
export async function listRetentionRuns(
  db: Queryable,
  limit: number,
): Promise<(AmlRetentionRun & { requestedByName: string | null })[]> {
  const { rows } = await db.query<RunRow>(
    `SELECT ${runColumns} FROM aml_retention_runs ORDER BY started_at DESC, run_id DESC LIMIT $1`,
    [limit],
  );
  const names = await staffDisplayNames(
    db,
    rows.map((r) => r.requestedBy),
  );
  return rows.map((r) => ({ ...toRun(r), requestedByName: names.get(r.requestedBy) ?? null }));
}

/** What a run starts from: who asked for which mode. */
export interface NewRetentionRun {
  runId: string;
  workflowId: string;
  mode: AmlRetentionMode;
  requestedBy: string;
}

/**
 * Records the start of a run with its report of what is purgeable at its cutoff: the database's clock now, the one
 * the retention dates are computed on. Idempotent: a retried start answers the run as first recorded, with the
 * cutoff and the report it was first given.
 */
export async function openRetentionRun(db: Queryable, run: NewRetentionRun): Promise<AmlRetentionRun> {
  const recorded = await findRetentionRun(db, run.runId);
  if (recorded) return recorded;
  const { rows } = await db.query<{ now: Date }>('SELECT now() AS now');
  const report = await purgeableReport(db, rows[0]!.now);
  await db.query(
    `INSERT INTO aml_retention_runs (run_id, workflow_id, mode, requested_by, cutoff, report)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (run_id) DO NOTHING`,
    [run.runId, run.workflowId, run.mode, run.requestedBy, rows[0]!.now, JSON.stringify(report)],
  );
  return (await findRetentionRun(db, run.runId))!;
}

/** What one purge batch deleted. */
export interface PurgeBatchResult {
  playerIds: string[];
  purged: AmlRetentionTableCount[];
}

/**
 * Purges the AML records of up to `batchSize` players whose retention date is at or before the run's cutoff, in one
 * transaction with the run's counters and an audit entry naming the players. The players are locked and their date
 * read again inside it, so an account reopened meanwhile keeps its records. A batch that finds nobody left answers
 * no players: the run is done. Retrying a batch that committed purges the next players, never anyone twice.
 */
export async function purgeRetentionBatch(
  db: Db,
  input: { runId: string; cutoff: Date; batchSize: number },
): Promise<PurgeBatchResult> {
  return withTransaction(db, async (tx) => {
    const { rows } = await tx.query<{ playerId: string }>(
      `SELECT p.player_id AS "playerId" FROM players p
       WHERE p.player_id IN (${playersWithRecords()}) AND ${retentionDateOf('p', '$1')} <= $2
       ORDER BY p.player_id LIMIT $3 FOR UPDATE OF p`,
      [JSON.stringify(retentionYears()), input.cutoff, input.batchSize],
    );
    const playerIds = rows.map((r) => r.playerId);
    if (playerIds.length === 0) return { playerIds, purged: [] };
    const purged: AmlRetentionTableCount[] = [];
    for (const t of AML_RECORD_TABLES) {
      const { keyColumn, owners } = ownership(t);
      const { rowCount } = await tx.query(
        `DELETE FROM ${t.table} WHERE ${keyColumn} IN (SELECT o.key FROM ${owners} o WHERE o.player_id = ANY($1))`,
        [playerIds],
      );
      purged.push({ table: t.table, label: t.label, records: rowCount ?? 0 });
    }
    const { rows: run } = await tx.query<{ requestedBy: string }>(
      `UPDATE aml_retention_runs
       SET purged = (SELECT jsonb_object_agg(k, COALESCE((purged ->> k)::int, 0) + COALESCE((($2::jsonb) ->> k)::int, 0))
                     FROM jsonb_object_keys(purged || $2::jsonb) k),
           players_purged = players_purged + $3
       WHERE run_id = $1 RETURNING requested_by AS "requestedBy"`,
      [input.runId, JSON.stringify(Object.fromEntries(purged.map((p) => [p.table, p.records]))), playerIds.length],
    );
    if (!run[0]) throw new Error(`no retention run ${input.runId} to purge for`);
    await appendAuditEntry(tx, {
      actor: run[0].requestedBy,
      action: 'aml.retention.purge.batch',
      entityType: 'AmlRetention',
      entityId: input.runId,
      reason: `retention period over (cutoff ${input.cutoff.toISOString()})`,
      after: { playerIds, purged: Object.fromEntries(purged.map((p) => [p.table, p.records])) },
    });
    return { playerIds, purged };
  });
}

/**
 * Ends a run: status COMPLETED and one audit entry with its report and what it purged, in one transaction. Idempotent:
 * a run already completed is answered as it is, with no second entry.
 */
export async function finishRetentionRun(db: Db, runId: string): Promise<AmlRetentionRun> {
  return withTransaction(db, async (tx) => {
    const { rows } = await tx.query<RunRow>(
      `UPDATE aml_retention_runs SET status = 'COMPLETED', finished_at = now()
       WHERE run_id = $1 AND status = 'RUNNING' RETURNING ${runColumns}`,
      [runId],
    );
    if (!rows[0]) {
      const run = await findRetentionRun(tx, runId);
      if (!run) throw new Error(`no retention run ${runId} to finish`);
      return run;
    }
    const run = toRun(rows[0]);
    await appendAuditEntry(tx, {
      actor: run.requestedBy,
      action: run.mode === 'PURGE' ? 'aml.retention.purge' : 'aml.retention.report',
      entityType: 'AmlRetention',
      entityId: runId,
      reason: `retention run (${run.mode}), cutoff ${run.cutoff}`,
      after: {
        report: run.report,
        purged: Object.fromEntries(run.purged.map((p) => [p.table, p.records])),
        playersPurged: run.playersPurged,
      },
    });
    return run;
  });
}
