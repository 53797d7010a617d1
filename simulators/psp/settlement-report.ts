import type { Queryable } from '../../platform/db';
import type { PaymentKind, SuccessStatus } from './psp-profiles';

/** One line of a PSP's settlement report: a payment that reached final success, at the time it did. */
export interface SettlementItem {
  pspReference: string;
  reference: string;
  kind: PaymentKind;
  amountMinor: number;
  currency: string;
  status: SuccessStatus;
  settledAt: string;
}

interface SettlementRow {
  psp_reference: string;
  reference: string;
  kind: PaymentKind;
  amount_minor: number;
  currency: string;
  status: SuccessStatus;
  settled_at: Date;
}

/**
 * Adds an item to `psp`'s report; `phantom` marks one planted by a test (a line the merchant has no payment for),
 * kept apart from real ones only for debugging, since a real report would not say so.
 */
export async function recordSettlementItem(
  db: Queryable,
  psp: string,
  item: Omit<SettlementItem, 'settledAt'> & { settledAt?: string },
  phantom = false,
): Promise<SettlementItem> {
  const { rows } = await db.query<SettlementRow>(
    `INSERT INTO psp_settlement_items
       (psp, psp_reference, reference, kind, amount_minor, currency, status, settled_at, phantom)
     VALUES ($1, $2, $3, $4, $5, $6, $7, COALESCE($8::TIMESTAMPTZ, now()), $9)
     RETURNING psp_reference, reference, kind, amount_minor, currency, status, settled_at`,
    [
      psp,
      item.pspReference,
      item.reference,
      item.kind,
      item.amountMinor,
      item.currency,
      item.status,
      item.settledAt ?? null,
      phantom,
    ],
  );
  return toSettlementItem(rows[0]!);
}

/** The report of `psp` for settlements at or after `from` and before `to`, oldest first. */
export async function listSettlementItems(db: Queryable, psp: string, from: Date, to: Date): Promise<SettlementItem[]> {
  const { rows } = await db.query<SettlementRow>(
    `SELECT psp_reference, reference, kind, amount_minor, currency, status, settled_at FROM psp_settlement_items
     WHERE psp = $1 AND settled_at >= $2 AND settled_at < $3 ORDER BY settled_at, id`,
    [psp, from, to],
  );
  return rows.map(toSettlementItem);
}

function toSettlementItem(row: SettlementRow): SettlementItem {
  return {
    pspReference: row.psp_reference,
    reference: row.reference,
    kind: row.kind,
    amountMinor: row.amount_minor,
    currency: row.currency,
    status: row.status,
    settledAt: row.settled_at.toISOString(),
  };
}
