import { appendOutboxEvent } from '../../platform/events';
import { withTransaction, type Db, type Queryable } from '../../platform/db';
import { probeRecordedEvent } from './events';

/** A stack probe's row, as the ops API shows it. */
export interface ProbeRecord {
  probeId: string;
  requestedBy: string;
  recordedAt: string;
  eventSeenAt: string | null;
  completedAt: string | null;
}

const columns = `probe_id AS "probeId", requested_by AS "requestedBy", recorded_at AS "recordedAt",
  event_seen_at AS "eventSeenAt", completed_at AS "completedAt"`;

function toRecord(row: Record<string, unknown>): ProbeRecord {
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : null);
  return {
    probeId: String(row.probeId),
    requestedBy: String(row.requestedBy),
    recordedAt: iso(row.recordedAt)!,
    eventSeenAt: iso(row.eventSeenAt),
    completedAt: iso(row.completedAt),
  };
}

/**
 * Records a probe and its `ops.probe.recorded` event in one transaction. Idempotent by probe id: a retried
 * activity finds the row and returns it without writing a second event.
 */
export async function recordProbe(db: Db, probeId: string, requestedBy: string): Promise<ProbeRecord> {
  return withTransaction(db, async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO ops_probes (probe_id, requested_by) VALUES ($1, $2) ON CONFLICT (probe_id) DO NOTHING
       RETURNING ${columns}`,
      [probeId, requestedBy],
    );
    if (inserted.rows[0]) {
      await appendOutboxEvent(tx, probeRecordedEvent, probeId, { probeId });
      return toRecord(inserted.rows[0]);
    }
    return (await findProbe(tx, probeId))!;
  });
}

/** Marks a probe complete; repeating it keeps the first completion time. */
export async function completeProbe(db: Queryable, probeId: string, eventSeenAt: string): Promise<ProbeRecord> {
  const result = await db.query(
    `UPDATE ops_probes SET event_seen_at = COALESCE(event_seen_at, $2), completed_at = COALESCE(completed_at, now())
     WHERE probe_id = $1 RETURNING ${columns}`,
    [probeId, eventSeenAt],
  );
  if (!result.rows[0]) throw new Error(`probe ${probeId} was never recorded`);
  return toRecord(result.rows[0]);
}

export async function findProbe(db: Queryable, probeId: string): Promise<ProbeRecord | undefined> {
  const result = await db.query(`SELECT ${columns} FROM ops_probes WHERE probe_id = $1`, [probeId]);
  return result.rows[0] ? toRecord(result.rows[0]) : undefined;
}
