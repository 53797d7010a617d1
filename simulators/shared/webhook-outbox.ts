import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../platform/db';

/** A webhook still owed to the merchant, as claimed for one delivery attempt. */
export interface DueDelivery {
  eventId: string;
  /** The value of the outbox's key column: what routes the delivery (a PSP id) or what it is about (a check). */
  key: string;
  body: string;
  attempts: number;
}

/** One simulator's outbox: its table and its provider's retry schedule. */
export interface WebhookOutboxOptions {
  /** The deliveries table (see `webhookDeliveriesDdl`); a trusted identifier from code, never from input. */
  table: string;
  /** The column returned with each claim as `key`; trusted like `table`. */
  keyColumn: string;
  /** Prefixes every event id, as real providers brand theirs. */
  eventIdPrefix: string;
  /** How long a delivery is retried before it is abandoned. */
  giveUpAfterMs: number;
  /** The longest wait between two attempts. */
  maxBackoffMs: number;
}

/** A transactional outbox of signed webhooks, delivered at least once with backoff until a give-up time. */
export interface WebhookOutbox {
  /**
   * Records a webhook to deliver, in the caller's transaction, so that a result and its webhook are committed
   * together; `columns` fills the table's own columns (trusted names). The body is stored as the exact bytes to
   * send, so every retry is byte-identical with the same eventId. Returns the eventId.
   */
  enqueue(db: Queryable, event: object, columns: Readonly<Record<string, string>>): Promise<string>;
  /** Claims up to `limit` deliveries whose attempt is due, leasing them so no other loop sends them meanwhile. */
  claimDue(db: Queryable, limit: number): Promise<DueDelivery[]>;
  /** Records that the receiver acknowledged the delivery with a 2xx. */
  markDelivered(db: Queryable, eventId: string): Promise<void>;
  /**
   * Records a failed attempt and schedules the next one with backoff, or abandons the delivery past its give-up
   * time. Returns whether it was abandoned.
   */
  markAttemptFailed(db: Queryable, delivery: DueDelivery, error: string): Promise<boolean>;
}

// A claimed delivery is invisible to other claims for this long; a process that dies mid-send leaves it to be
// retried after the lease.
const CLAIM_LEASE_MS = 30_000;

/** The wait before attempt `attempts + 1`: 0.5 s, doubling, at most `maxMs`. */
export function deliveryBackoffMs(attempts: number, maxMs: number): number {
  return Math.min(maxMs, 500 * 2 ** Math.max(0, attempts - 1));
}

export function createWebhookOutbox(options: WebhookOutboxOptions): WebhookOutbox {
  const { table, keyColumn } = options;
  return {
    async enqueue(db, event, columns) {
      const eventId = `${options.eventIdPrefix}${randomUUID()}`;
      const body = JSON.stringify({ eventId, ...event });
      const names = Object.keys(columns);
      const placeholders = names.map((_, i) => `$${i + 4}`);
      await db.query(
        `INSERT INTO ${table} (event_id, body, give_up_at, ${names.join(', ')})
         VALUES ($1, $2, now() + make_interval(secs => $3), ${placeholders.join(', ')})`,
        [eventId, body, options.giveUpAfterMs / 1000, ...Object.values(columns)],
      );
      return eventId;
    },

    async claimDue(db, limit) {
      const { rows } = await db.query<{ event_id: string; key: string; body: string; attempts: number }>(
        `UPDATE ${table} SET next_attempt_at = now() + make_interval(secs => $2)
         WHERE event_id IN (
           SELECT event_id FROM ${table}
           WHERE delivered_at IS NULL AND abandoned_at IS NULL AND next_attempt_at <= now()
           ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING event_id, ${keyColumn} AS key, body, attempts`,
        [limit, CLAIM_LEASE_MS / 1000],
      );
      return rows.map((r) => ({ eventId: r.event_id, key: r.key, body: r.body, attempts: r.attempts }));
    },

    async markDelivered(db, eventId) {
      await db.query(
        `UPDATE ${table} SET delivered_at = now(), attempts = attempts + 1, last_error = NULL WHERE event_id = $1`,
        [eventId],
      );
    },

    async markAttemptFailed(db, delivery, error) {
      const attempts = delivery.attempts + 1;
      const { rows } = await db.query<{ abandoned: boolean }>(
        `UPDATE ${table}
         SET attempts = $2, last_error = $3,
             next_attempt_at = now() + make_interval(secs => $4),
             abandoned_at = CASE WHEN now() >= give_up_at THEN now() END
         WHERE event_id = $1
         RETURNING abandoned_at IS NOT NULL AS abandoned`,
        [delivery.eventId, attempts, error.slice(0, 500), deliveryBackoffMs(attempts, options.maxBackoffMs) / 1000],
      );
      return rows[0]?.abandoned ?? false;
    },
  };
}

/**
 * The DDL of an outbox table: `keyColumns` (SQL column definitions) are the simulator's own, the rest is what the
 * outbox reads and writes.
 */
export function webhookDeliveriesDdl(table: string, keyColumns: string): string {
  return `
CREATE TABLE IF NOT EXISTS ${table} (
  event_id        TEXT PRIMARY KEY,
  ${keyColumns},
  body            TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  give_up_at      TIMESTAMPTZ NOT NULL,
  delivered_at    TIMESTAMPTZ,
  abandoned_at    TIMESTAMPTZ,
  last_error      TEXT,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS ${table}_due ON ${table} (next_attempt_at)
  WHERE delivered_at IS NULL AND abandoned_at IS NULL;
`;
}
