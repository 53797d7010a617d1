import { withTransaction, type Db, type Queryable } from '../../platform/db';

// AML holds (`aml_holds`): while a case at or above the hold severity is open, its player's payouts wait. One row
// per case; placing twice changes nothing, and only a case's close releases it.

/**
 * Places the case's hold on its player's payouts (idempotent). The player's row is locked first, so a payout being
 * recorded (recordAttemptSent) either commits before the hold, or waits and then sees it: no payout is sent after a
 * hold's `placed_at`. That time is taken once the lock is held, not when the transaction began.
 */
export async function placeAmlHold(db: Db, caseId: string, playerId: string): Promise<void> {
  await withTransaction(db, async (tx) => {
    await tx.query('SELECT 1 FROM players WHERE player_id = $1 FOR NO KEY UPDATE', [playerId]);
    await tx.query(
      `INSERT INTO aml_holds (case_id, player_id, placed_at) VALUES ($1, $2, clock_timestamp())
       ON CONFLICT (case_id) DO NOTHING`,
      [caseId, playerId],
    );
  });
}

/** Releases the case's hold, if it has an active one; answers whether it did. */
export async function releaseAmlHold(db: Queryable, caseId: string, releasedBy: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE aml_holds SET released_at = now(), released_by = $2 WHERE case_id = $1 AND released_at IS NULL',
    [caseId, releasedBy],
  );
  return (rowCount ?? 0) > 0;
}

/** The case of the player's active hold (the oldest), or undefined when their payouts may go. */
export async function activeAmlHoldOf(db: Queryable, playerId: string): Promise<{ caseId: string } | undefined> {
  const { rows } = await db.query<{ caseId: string }>(
    `SELECT case_id AS "caseId" FROM aml_holds WHERE player_id = $1 AND released_at IS NULL
     ORDER BY placed_at LIMIT 1`,
    [playerId],
  );
  return rows[0];
}

/** The withdrawals of the player that wait in AML_HOLD, to tell them a hold was released. */
export async function withdrawalsWaitingOnAmlHold(db: Queryable, playerId: string): Promise<string[]> {
  const { rows } = await db.query<{ workflowId: string }>(
    `SELECT workflow_id AS "workflowId" FROM payments
     WHERE player_id = $1 AND kind = 'WITHDRAWAL' AND status = 'AML_HOLD'`,
    [playerId],
  );
  return rows.map((r) => r.workflowId);
}
