import { DueDiligenceLevel, KycStatus, type KycStanding } from '../../contracts/kyc';
import { withTransaction, type Db, type Queryable } from '../../platform/db';
import { appendOutboxEvent } from '../../platform/events';
import { kycStatusChangedEvent } from './events';

// The one writer of `player_kyc`, the standing the payment gates and the wallet's bet gate read. Every change
// writes its `kyc.status` event in the same transaction, so the event exists exactly when the change does. Each
// function takes a pool (it opens its own transaction) or a transaction client (it joins the caller's).

const LEVEL_ORDER: readonly DueDiligenceLevel[] = [DueDiligenceLevel.SDD, DueDiligenceLevel.CDD, DueDiligenceLevel.EDD];

interface StandingRow {
  playerId: string;
  status: KycStatus;
  requiredLevel: DueDiligenceLevel;
  restricted: boolean;
  restrictionReason: string | null;
  updatedAt: Date;
  version: string;
}

const standingColumns = `player_id AS "playerId", status, required_level AS "requiredLevel", restricted,
  restriction_reason AS "restrictionReason", updated_at AS "updatedAt", version`;

const asStanding = (row: StandingRow): KycStanding => ({
  playerId: row.playerId,
  status: row.status,
  requiredLevel: row.requiredLevel,
  restricted: row.restricted,
  restrictionReason: row.restrictionReason,
  updatedAt: row.updatedAt.toISOString(),
});

/** Thrown when a KYC standing is asked for or changed for a player who does not exist. */
export class UnknownKycPlayerError extends Error {
  constructor(readonly playerId: string) {
    super(`no player ${playerId}`);
    this.name = 'UnknownKycPlayerError';
  }
}

/** A player's KYC standing; a player without a row has not started (NOT_STARTED, SDD, unrestricted). */
export async function kycStandingOf(db: Queryable, playerId: string): Promise<KycStanding> {
  const { rows } = await db.query<StandingRow>(`SELECT ${standingColumns} FROM player_kyc WHERE player_id = $1`, [
    playerId,
  ]);
  return rows[0] ? asStanding(rows[0]) : notStarted(playerId);
}

const notStarted = (playerId: string): KycStanding => ({
  playerId,
  status: KycStatus.NOT_STARTED,
  requiredLevel: DueDiligenceLevel.SDD,
  restricted: false,
  restrictionReason: null,
  updatedAt: new Date(0).toISOString(),
});

/** Records the player's KYC status (a workflow's decision); repeating the current status changes nothing. */
export function recordKycStatus(db: Db | Queryable, playerId: string, status: KycStatus, reason: string) {
  return changeStanding(db, playerId, reason, (s) => ({ ...s, status }));
}

/** Raises the due diligence level the player needs; never lowers it (a lower level asked for changes nothing). */
export function raiseRequiredLevel(db: Db | Queryable, playerId: string, level: DueDiligenceLevel, reason: string) {
  return changeStanding(db, playerId, reason, (s) =>
    LEVEL_ORDER.indexOf(level) > LEVEL_ORDER.indexOf(s.requiredLevel) ? { ...s, requiredLevel: level } : s,
  );
}

/** Restricts the player's money movements with a reason, or lifts the restriction (null). */
export function setRestriction(
  db: Db | Queryable,
  playerId: string,
  restrictionReason: string | null,
  reason?: string,
) {
  return changeStanding(db, playerId, reason ?? restrictionReason ?? 'restriction lifted', (s) => ({
    ...s,
    restricted: restrictionReason !== null,
    restrictionReason,
  }));
}

type StandingFields = Pick<KycStanding, 'status' | 'requiredLevel' | 'restricted' | 'restrictionReason'>;

/**
 * Reads the standing under a row lock (or the player's lock when it has no row yet), applies `change`, and writes
 * it with its event when anything changed, all in one transaction.
 */
async function changeStanding(
  db: Db | Queryable,
  playerId: string,
  reason: string,
  change: (current: StandingFields) => StandingFields,
): Promise<KycStanding> {
  const work = async (tx: Queryable): Promise<KycStanding> => {
    const player = await tx.query('SELECT 1 FROM players WHERE player_id = $1 FOR KEY SHARE', [playerId]);
    if (player.rowCount === 0) throw new UnknownKycPlayerError(playerId);
    // The insert of a first row and the lock of an existing one are one statement, so two first writers queue.
    await tx.query(
      `INSERT INTO player_kyc (player_id, status, version) VALUES ($1, 'NOT_STARTED', 0)
       ON CONFLICT (player_id) DO NOTHING`,
      [playerId],
    );
    const { rows } = await tx.query<StandingRow>(
      `SELECT ${standingColumns} FROM player_kyc WHERE player_id = $1 FOR UPDATE`,
      [playerId],
    );
    const current = rows[0]!;
    const next = change(current);
    const unchanged =
      next.status === current.status &&
      next.requiredLevel === current.requiredLevel &&
      next.restricted === current.restricted &&
      next.restrictionReason === current.restrictionReason;
    if (unchanged && Number(current.version) > 0) return asStanding(current);
    const updated = await tx.query<StandingRow>(
      `UPDATE player_kyc SET status = $2, required_level = $3, restricted = $4, restriction_reason = $5,
         verified_at = CASE WHEN $2 = 'VERIFIED' AND status <> 'VERIFIED' THEN now() ELSE verified_at END,
         version = version + 1, updated_at = now()
       WHERE player_id = $1 RETURNING ${standingColumns}`,
      [playerId, next.status, next.requiredLevel, next.restricted, next.restrictionReason],
    );
    const row = updated.rows[0]!;
    await appendOutboxEvent(tx, kycStatusChangedEvent, playerId, {
      playerId,
      status: row.status,
      previousStatus: current.status,
      requiredLevel: row.requiredLevel,
      restricted: row.restricted,
      restrictionReason: row.restrictionReason,
      reason,
      standingVersion: Number(row.version),
    });
    return asStanding(row);
  };
  // A pool opens its own transaction; a client (a PoolClient has no totalCount) is already in the caller's.
  return 'totalCount' in db ? withTransaction(db as Db, work) : work(db);
}
