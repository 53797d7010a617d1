// PLACEHOLDER: replaced by kycflow's file at merge. Same signatures as agreed in the issue 14 notes; kycflow's
// version also writes each change's kyc.status event through the outbox in the same transaction.
import {
  DueDiligenceLevel,
  KycStatus,
  type DueDiligenceLevel as Level,
  type KycStanding,
  type KycStatus as Status,
} from '../../contracts/kyc';
import type { Queryable } from '../../platform/db';

const LEVEL_ORDER: readonly Level[] = [DueDiligenceLevel.SDD, DueDiligenceLevel.CDD, DueDiligenceLevel.EDD];

const standingColumns = `player_id AS "playerId", status, required_level AS "requiredLevel", restricted,
  restriction_reason AS "restrictionReason", to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"`;

/** A player's KYC standing; NOT_STARTED at SDD, unrestricted, when they have no record. */
export async function kycStandingOf(db: Queryable, playerId: string): Promise<KycStanding> {
  const { rows } = await db.query<KycStanding>(`SELECT ${standingColumns} FROM player_kyc WHERE player_id = $1`, [
    playerId,
  ]);
  return (
    rows[0] ?? {
      playerId,
      status: KycStatus.NOT_STARTED,
      requiredLevel: DueDiligenceLevel.SDD,
      restricted: false,
      restrictionReason: null,
      updatedAt: new Date(0).toISOString(),
    }
  );
}

async function upsert(db: Queryable, playerId: string, set: string, values: unknown[]): Promise<KycStanding> {
  const { rows } = await db.query<KycStanding>(
    `INSERT INTO player_kyc AS k (player_id, status) VALUES ($1, 'NOT_STARTED')
     ON CONFLICT (player_id) DO UPDATE SET version = k.version + 1, updated_at = now()
     RETURNING player_id`,
    [playerId],
  );
  if (!rows[0]) throw new Error(`no KYC record for ${playerId}`);
  await db.query(`UPDATE player_kyc SET ${set} WHERE player_id = $1`, [playerId, ...values]);
  return kycStandingOf(db, playerId);
}

/** Records the player's KYC status (`reason` is for the kyc.status event). */
export function recordKycStatus(
  db: Queryable,
  playerId: string,
  status: Status,
  _reason: string,
): Promise<KycStanding> {
  return upsert(db, playerId, `status = $2, verified_at = CASE WHEN $2 = 'VERIFIED' THEN now() ELSE verified_at END`, [
    status,
  ]);
}

/** Raises the due diligence level the player needs; never lowers it. */
export async function raiseRequiredLevel(
  db: Queryable,
  playerId: string,
  level: Level,
  _reason: string,
): Promise<KycStanding> {
  const current = await kycStandingOf(db, playerId);
  if (LEVEL_ORDER.indexOf(level) <= LEVEL_ORDER.indexOf(current.requiredLevel)) return current;
  return upsert(db, playerId, 'required_level = $2', [level]);
}

/** Restricts the player's money movements for `reason`, or lifts the restriction (null). */
export function setRestriction(db: Queryable, playerId: string, reason: string | null): Promise<KycStanding> {
  return upsert(db, playerId, 'restricted = $2, restriction_reason = $3', [reason !== null, reason]);
}
