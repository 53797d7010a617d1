import { withTransaction, type Db, type DbClient } from '../../platform/db';
import type { WithdrawalStatus } from '../../contracts/payments';
import type { IntervalValues } from './slo-series';

// The service levels Postgres can answer, from timestamps the payments read model and the outbox keep anyway:
// durable across restarts and the same whichever API replica asks. Every read is time-bounded and runs read-only
// under a statement timeout, so an open Operations page can never weigh on the money paths.

/** Reads give up after this long rather than queue behind real work. */
const STATEMENT_TIMEOUT_MS = 5_000;
/**
 * Payments requested longer ago than this before the window are not looked at, so the scan stays on the recent
 * end of the `payments_queue` index; one that took longer is a case for its queue, not a latency sample.
 */
const PAYMENT_LOOKBACK = '7 days';
/** At most this many outbox events are read per report; above it, every k-th event by id is. */
export const MAX_SAMPLED_OUTBOX_EVENTS = 20_000;

/**
 * Withdrawal statuses a withdrawal can have once an officer's decision settled its review: a rejected one stays
 * AWAITING_* until its reservation is voided, and still counts from its REJECTION step.
 */
const DECIDED_WITHDRAWAL_STATUSES: WithdrawalStatus[] = [
  'AWAITING_APPROVAL',
  'AWAITING_SECOND_APPROVAL',
  'APPROVED',
  'PAYING_OUT',
  'NEEDS_ATTENTION',
  'PAID',
  'REJECTED',
  'FAILED',
];

/** Per-interval quantiles of a latency and the same quantiles over the whole window. */
export interface LatencySummary {
  /** By interval start (epoch ms). */
  intervals: Map<number, IntervalValues>;
  window: IntervalValues;
}

/** The frame a repository read needs: where the window starts and how long one interval is. */
export interface SloQueryFrame {
  fromMs: number;
  stepMs: number;
}

const bucketOf = (column: string) => `(floor(extract(epoch FROM ${column}) / $2::int) * $2::int)::float8`;

/** Percentiles per interval and for the window (the empty grouping set) of an inner query's `bucket, seconds`. */
const summarised = (measured: string, quantiles: readonly number[]) => `
  SELECT bucket, percentile_cont(ARRAY[${quantiles.join(', ')}]::float8[]) WITHIN GROUP (ORDER BY seconds) AS q,
         count(*)::int AS n
  FROM (${measured}) measured
  GROUP BY GROUPING SETS ((bucket), ())`;

interface SummaryRow {
  bucket: number | null;
  q: number[] | null;
  n: number;
}

function toSummary(rows: SummaryRow[], keys: readonly string[], countScale = 1): LatencySummary {
  const valuesOf = (row: SummaryRow | undefined) =>
    Object.fromEntries(keys.map((key, i) => [key, row?.q?.[i] ?? null])) as Record<string, number | null>;
  const intervals = new Map<number, IntervalValues>();
  for (const row of rows.filter((r) => r.bucket !== null)) {
    intervals.set(row.bucket! * 1000, { count: row.n * countScale, values: valuesOf(row) });
  }
  const total = rows.find((r) => r.bucket === null);
  return { intervals, window: { count: (total?.n ?? 0) * countScale, values: valuesOf(total) } };
}

async function readOnly<T>(db: Db, work: (tx: DbClient) => Promise<T>): Promise<T> {
  return withTransaction(db, async (tx) => {
    await tx.query(`SET TRANSACTION READ ONLY`);
    await tx.query(`SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
    return work(tx);
  });
}

const paymentParams = (frame: SloQueryFrame) => [new Date(frame.fromMs), frame.stepMs / 1000, PAYMENT_LOOKBACK];

/**
 * From a payment's request (the player API's insert) to the saga's step that ended it, by step time; withdrawals
 * count only when no officer had to approve them (an officer's review is measured by the approval wait).
 */
function requestToStep(
  db: Db,
  frame: SloQueryFrame,
  step: { kind: 'DEPOSIT'; status: 'CREDITED' } | { kind: 'WITHDRAWAL'; status: 'PAID' },
): Promise<LatencySummary> {
  const sql = summarised(
    `SELECT ${bucketOf('reached.at')} AS bucket, extract(epoch FROM reached.at - p.created_at)::float8 AS seconds
     FROM payments p
     JOIN payment_events reached ON reached.payment_id = p.payment_id AND reached.type = $4
     WHERE p.kind = $5 AND p.status = $4 AND ($5 = 'DEPOSIT' OR p.approvals_needed = 0)
       AND p.created_at >= $1::timestamptz - $3::interval AND reached.at >= $1::timestamptz`,
    [0.5, 0.95],
  );
  return readOnly(db, async (tx) =>
    toSummary((await tx.query<SummaryRow>(sql, [...paymentParams(frame), step.status, step.kind])).rows, [
      'p50',
      'p95',
    ]),
  );
}

/** Deposit requested until credited (the saga's CREDITED step), by credit time. */
export const depositEndToEnd = (db: Db, frame: SloQueryFrame) =>
  requestToStep(db, frame, { kind: 'DEPOSIT', status: 'CREDITED' });

/** Withdrawal requested until its PAID step (the PSP confirmed it), for withdrawals no officer had to approve. */
export const autoApprovedPayoutTime = (db: Db, frame: SloQueryFrame) =>
  requestToStep(db, frame, { kind: 'WITHDRAWAL', status: 'PAID' });

/**
 * Approval wait, one sample per withdrawal an officer had to review, by decision time: from its first entering the
 * officers' queue (the AWAITING_APPROVAL step) to the officer decision that settled it, the first REJECTION or the
 * APPROVAL that completed the approvals it needs (the second of a four-eyes pair). Measured at the officer's own
 * decision step, not at the REJECTED/APPROVED status step, which a rejection writes only after the reservation is
 * voided. The same span the payments worker observes in Prometheus (payments-repository.ts recordPaymentStep).
 */
export function approvalWait(db: Db, frame: SloQueryFrame): Promise<LatencySummary> {
  const sql = summarised(
    `SELECT ${bucketOf('decided.at')} AS bucket, extract(epoch FROM decided.at - queued.at)::float8 AS seconds
     FROM payments p
     CROSS JOIN LATERAL (
       SELECT min(e.at) AS at FROM payment_events e WHERE e.payment_id = p.payment_id AND e.type = 'AWAITING_APPROVAL'
     ) queued
     CROSS JOIN LATERAL (
       SELECT d.at FROM (
         SELECT e.at, e.event_id, e.type,
                row_number() OVER (PARTITION BY e.type ORDER BY e.at, e.event_id) AS nth
         FROM payment_events e WHERE e.payment_id = p.payment_id AND e.type IN ('APPROVAL', 'REJECTION')
       ) d
       WHERE (d.type = 'REJECTION' AND d.nth = 1) OR (d.type = 'APPROVAL' AND d.nth = p.approvals_needed)
       ORDER BY d.at, d.event_id
       LIMIT 1
     ) decided
     WHERE p.kind = 'WITHDRAWAL' AND p.approvals_needed > 0 AND p.status = ANY($4::text[])
       AND p.created_at >= $1::timestamptz - $3::interval AND decided.at >= $1::timestamptz
       AND queued.at IS NOT NULL`,
    [0.5, 0.95],
  );
  return readOnly(db, async (tx) =>
    toSummary((await tx.query<SummaryRow>(sql, [...paymentParams(frame), DECIDED_WITHDRAWAL_STATUSES])).rows, [
      'p50',
      'p95',
    ]),
  );
}

/**
 * The first outbox id written at or after `from`, by binary search over the primary key (ids grow with time): the
 * table keeps published rows and has no index on created_at, and this costs some twenty index probes whatever its
 * size. Writers' clocks are their transactions' start, so an event of a transaction that straddles `from` may
 * land on the other side of the bound.
 */
async function firstOutboxIdFrom(tx: DbClient, from: Date): Promise<{ first: number; end: number }> {
  const { rows } = await tx.query<{ lo: number | null; hi: number | null }>(
    'SELECT min(id) AS lo, max(id) AS hi FROM outbox_events',
  );
  let lo = rows[0]?.lo ?? 0;
  let hi = (rows[0]?.hi ?? -1) + 1;
  const end = hi;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const { rows: next } = await tx.query<{ id: number; before: boolean }>(
      'SELECT id, created_at < $2 AS before FROM outbox_events WHERE id >= $1 ORDER BY id LIMIT 1',
      [mid, from],
    );
    const row = next[0];
    if (row && row.id < hi && row.before) lo = row.id + 1;
    else hi = mid;
  }
  return { first: lo, end };
}

/** The outbox's publish delay per interval, with how many events the quantiles were computed from (1 in `stride`). */
export interface OutboxDelaySummary extends LatencySummary {
  stride: number;
}

/**
 * Publish delay (created to published, or to now while unpublished so a stalled relay shows) of the outbox events
 * written in the window, by write time. Counts are estimates when sampled (stride > 1).
 */
export function outboxPublishDelay(db: Db, frame: SloQueryFrame): Promise<OutboxDelaySummary> {
  return readOnly(db, async (tx) => {
    const from = new Date(frame.fromMs);
    const { first, end } = await firstOutboxIdFrom(tx, from);
    const stride = Math.max(1, Math.ceil((end - first) / MAX_SAMPLED_OUTBOX_EVENTS));
    const sql = summarised(
      `SELECT ${bucketOf('o.created_at')} AS bucket,
              extract(epoch FROM COALESCE(o.published_at, now()) - o.created_at)::float8 AS seconds
       FROM generate_series($3::bigint, $4::bigint, $5::bigint) AS sampled(id)
       JOIN outbox_events o ON o.id = sampled.id
       WHERE o.created_at >= $1::timestamptz`,
      [0.5, 0.99],
    );
    const { rows } = await tx.query<SummaryRow>(sql, [from, frame.stepMs / 1000, first, end - 1, stride]);
    return { ...toSummary(rows, ['p50', 'p99'], stride), stride };
  });
}

/** The outbox now: events not yet published and the age of the oldest (0 when drained). */
export async function outboxBacklog(db: Db): Promise<{ unpublished: number; oldestAgeSeconds: number }> {
  return readOnly(db, async (tx) => {
    const { rows } = await tx.query<{ unpublished: number; oldest: number | null }>(
      `SELECT count(*)::int AS unpublished, extract(epoch FROM now() - min(created_at))::float8 AS oldest
       FROM outbox_events WHERE published_at IS NULL`,
    );
    return { unpublished: rows[0]?.unpublished ?? 0, oldestAgeSeconds: Math.max(0, rows[0]?.oldest ?? 0) };
  });
}
