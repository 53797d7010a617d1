import { withTransaction, type Db, type Queryable } from '../../platform/db';
import type { PspAdapter, SettlementItem } from './psp-adapter';

/** One difference between a PSP's settlement report and our ledger, kept for follow-up. */
export interface Mismatch {
  kind: 'MISSING_IN_LEDGER' | 'MISSING_AT_PSP' | 'DUPLICATE' | 'AMOUNT_DIFFERS';
  reference: string | null;
  paymentId: string | null;
  pspAmountMinor: number | null;
  ledgerAmountMinor: number | null;
  currency: string | null;
  detail: string;
}

/** What the ledger says moved through a PSP for one payment. */
interface LedgerMovement {
  paymentId: string;
  kind: 'DEPOSIT' | 'WITHDRAWAL';
  status: string;
  amountMinor: number | null;
  currency: string;
  references: string[];
  movedAt: Date | null;
}

/** Settlement items may be stamped a little before or after our ledger moved; look this far around the window. */
const SLACK_MS = 60 * 60 * 1000;

async function ledgerMovements(db: Db, psp: string, paymentIds: string[], from: Date, to: Date) {
  const { rows } = await db.query<LedgerMovement>(
    `SELECT p.payment_id AS "paymentId", p.kind, p.status, p.currency,
            COALESCE(dep.amount, wd.amount_minor) AS "amountMinor",
            COALESCE(dep.created_at, wd.settled_at) AS "movedAt",
            ARRAY(SELECT attempt_id FROM payment_attempts a
                  WHERE a.payment_id = p.payment_id AND a.psp = $1 AND a.status = 'SUCCEEDED') AS "references"
     FROM payments p
     LEFT JOIN LATERAL (
       SELECT (t.details->>'amountMinor')::BIGINT AS amount, t.created_at FROM ledger_transactions t
       WHERE p.kind = 'DEPOSIT' AND t.idempotency_key = 'deposit:' || p.payment_id || ':credit') dep ON true
     LEFT JOIN ledger_reservations wd
       ON p.kind = 'WITHDRAWAL' AND wd.reservation_id = p.payment_id AND wd.status = 'POSTED'
     WHERE p.payment_id = ANY($2)
        OR (p.psp = $1 AND (dep.created_at BETWEEN $3 AND $4 OR wd.settled_at BETWEEN $3 AND $4))`,
    [psp, paymentIds, from, to],
  );
  return rows;
}

/**
 * Compares a PSP's settlement report for [from, to) with the ledger. Every settled item must match one payment
 * whose money the ledger moved, for the same amount, exactly once (a refunded deposit matches its capture and
 * its refund, with nothing credited); every payment the ledger moved through the PSP must appear in the report.
 */
export async function findMismatches(db: Db, adapter: PspAdapter, from: Date, to: Date) {
  const report = await adapter.settlements(new Date(from.getTime() - SLACK_MS), new Date(to.getTime() + SLACK_MS));
  const inWindow = (item: SettlementItem) => {
    const at = Date.parse(item.settledAt);
    return at >= from.getTime() && at < to.getTime();
  };
  const { rows: attempts } = await db.query<{ attemptId: string; paymentId: string; operation: string }>(
    `SELECT attempt_id AS "attemptId", payment_id AS "paymentId", operation FROM payment_attempts
     WHERE attempt_id = ANY($1)`,
    [report.map((i) => i.reference)],
  );
  const attemptById = new Map(attempts.map((a) => [a.attemptId, a]));
  const movements = await ledgerMovements(db, adapter.psp, [...new Set(attempts.map((a) => a.paymentId))], from, to);
  const movementById = new Map(movements.map((m) => [m.paymentId, m]));

  const mismatches: Mismatch[] = [];
  const add = (m: Mismatch) => mismatches.push(m);
  const checked = report.filter(inWindow);
  const seenPayments = new Map<string, number>();
  for (const item of checked) {
    const attempt = attemptById.get(item.reference);
    const base = { reference: item.reference, pspAmountMinor: item.amountMinor, currency: item.currency };
    if (!attempt) {
      add({
        ...base,
        kind: 'MISSING_IN_LEDGER',
        paymentId: null,
        ledgerAmountMinor: null,
        detail: `${adapter.psp} settled ${item.pspReference} for a reference we never sent`,
      });
      continue;
    }
    if (attempt.operation === 'REFUND') continue; // a refund pairs with its capture, checked below
    const movement = movementById.get(attempt.paymentId);
    const key = `${attempt.paymentId}:${item.kind}`;
    seenPayments.set(key, (seenPayments.get(key) ?? 0) + 1);
    if (seenPayments.get(key) === 2) {
      add({
        ...base,
        kind: 'DUPLICATE',
        paymentId: attempt.paymentId,
        ledgerAmountMinor: movement?.amountMinor ?? null,
        detail: `${adapter.psp} settled payment ${attempt.paymentId} more than once`,
      });
    }
    if (movement?.status === 'REFUNDED') continue;
    if (!movement || movement.amountMinor === null) {
      add({
        ...base,
        kind: 'MISSING_IN_LEDGER',
        paymentId: attempt.paymentId,
        ledgerAmountMinor: null,
        detail: `${adapter.psp} settled ${item.pspReference} but the ledger moved no money for ${attempt.paymentId}`,
      });
    } else if (movement.amountMinor !== item.amountMinor || movement.currency !== item.currency) {
      add({
        ...base,
        kind: 'AMOUNT_DIFFERS',
        paymentId: attempt.paymentId,
        ledgerAmountMinor: movement.amountMinor,
        detail: `${adapter.psp} settled ${item.amountMinor} ${item.currency}, the ledger moved ${movement.amountMinor} ${movement.currency}`,
      });
    }
  }
  const reported = new Set(report.map((i) => i.reference));
  for (const movement of movements) {
    const moved =
      movement.movedAt && movement.movedAt >= from && movement.movedAt < to && movement.amountMinor !== null;
    if (!moved || movement.references.some((r) => reported.has(r))) continue;
    add({
      kind: 'MISSING_AT_PSP',
      reference: movement.references[0] ?? null,
      paymentId: movement.paymentId,
      pspAmountMinor: null,
      ledgerAmountMinor: movement.amountMinor,
      currency: movement.currency,
      detail: `the ledger moved ${movement.amountMinor} ${movement.currency} for ${movement.paymentId} through ${adapter.psp}, which did not report it`,
    });
  }
  return { itemsChecked: checked.length, mismatches };
}

/** Runs one reconciliation and records it with every mismatch; idempotent by run id (a retried activity). */
export async function reconcilePsp(db: Db, adapter: PspAdapter, runId: string, from: Date, to: Date) {
  const { itemsChecked, mismatches } = await findMismatches(db, adapter, from, to);
  await withTransaction(db, async (tx) => {
    const { rowCount } = await tx.query(
      `INSERT INTO reconciliation_runs (run_id, psp, window_from, window_to, items_checked, mismatches)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (run_id) DO NOTHING`,
      [runId, adapter.psp, from, to, itemsChecked, mismatches.length],
    );
    if (rowCount === 0) return;
    for (const m of mismatches) {
      await tx.query(
        `INSERT INTO reconciliation_mismatches (run_id, psp, kind, reference, payment_id, psp_amount_minor,
                                                ledger_amount_minor, currency, detail)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          runId,
          adapter.psp,
          m.kind,
          m.reference,
          m.paymentId,
          m.pspAmountMinor,
          m.ledgerAmountMinor,
          m.currency,
          m.detail,
        ],
      );
    }
  });
  return { runId, psp: adapter.psp, itemsChecked, mismatches: mismatches.length };
}

/** The latest 500 recorded mismatches, newest first, of one run or of all. */
export async function listRecordedMismatches(db: Queryable, filter: { runId?: string }) {
  const { rows } = await db.query(
    `SELECT mismatch_id AS "mismatchId", run_id AS "runId", psp, kind, reference, payment_id AS "paymentId",
            psp_amount_minor AS "pspAmountMinor", ledger_amount_minor AS "ledgerAmountMinor", currency, detail,
            status, found_at AS "foundAt"
     FROM reconciliation_mismatches WHERE ($1::TEXT IS NULL OR run_id = $1) ORDER BY mismatch_id DESC LIMIT 500`,
    [filter.runId ?? null],
  );
  return rows;
}
