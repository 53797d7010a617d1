import type { Queryable } from '../../platform/db';

/** One ledger transaction as it moved a player's own accounts. */
export interface PlayerLedgerEntry {
  transactionId: number;
  kind: string;
  createdAt: string;
  /** The net change across the player's accounts (a reservation moves cash to pending: net 0). */
  amountMinor: number;
  postings: { accountKind: string; amountMinor: number }[];
}

/** A page of a player's ledger transactions, newest first, with the total for paging. */
export async function listPlayerLedger(
  db: Queryable,
  playerId: string,
  page: { limit: number; offset: number },
): Promise<{ items: PlayerLedgerEntry[]; total: number }> {
  const [items, count] = await Promise.all([
    db.query<PlayerLedgerEntry>(
      `SELECT t.transaction_id AS "transactionId", t.kind,
              to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
              COALESCE(sum(p.amount_minor), 0)::BIGINT AS "amountMinor",
              COALESCE(jsonb_agg(jsonb_build_object('accountKind', a.kind, 'amountMinor', p.amount_minor)
                                 ORDER BY p.posting_id) FILTER (WHERE p.posting_id IS NOT NULL), '[]') AS postings
       FROM (SELECT * FROM ledger_transactions WHERE player_id = $1
             ORDER BY transaction_id DESC LIMIT $2 OFFSET $3) t
       LEFT JOIN (ledger_postings p JOIN ledger_accounts a ON a.account_id = p.account_id AND a.player_id = $1)
         ON p.transaction_id = t.transaction_id
       GROUP BY t.transaction_id, t.kind, t.created_at
       ORDER BY t.transaction_id DESC`,
      [playerId, page.limit, page.offset],
    ),
    db.query<{ total: number }>(`SELECT count(*)::BIGINT AS total FROM ledger_transactions WHERE player_id = $1`, [
      playerId,
    ]),
  ]);
  return { items: items.rows, total: count.rows[0]?.total ?? 0 };
}
