// PLACEHOLDER (owned by rg-harm)
import type { RgRestrictionKind, RgRestrictionSource } from '../../contracts/rg';
import type { Queryable } from '../../platform/db';
import { newBusinessId } from '../../platform/ids';

/** Puts a restriction on a player, once per (player, kind, source, source ref); a repeat creates nothing. */
export async function applyRestriction(
  db: Queryable,
  r: {
    playerId: string;
    kind: RgRestrictionKind;
    source: RgRestrictionSource;
    sourceRef: string;
    reason: string;
    appliedBy: string;
    until?: Date;
  },
): Promise<{ restrictionId: string; created: boolean }> {
  const { rows } = await db.query<{ restrictionId: string; created: boolean }>(
    `WITH ins AS (
       INSERT INTO rg_restrictions (restriction_id, player_id, kind, source, source_ref, reason, applied_by, until)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (player_id, kind, source, source_ref) DO NOTHING RETURNING restriction_id)
     SELECT restriction_id AS "restrictionId", true AS created FROM ins
     UNION ALL
     SELECT restriction_id, false FROM rg_restrictions
     WHERE player_id = $2 AND kind = $3 AND source = $4 AND source_ref = $5 AND NOT EXISTS (SELECT 1 FROM ins)`,
    [newBusinessId('rgr'), r.playerId, r.kind, r.source, r.sourceRef, r.reason, r.appliedBy, r.until ?? null],
  );
  return rows[0]!;
}

/** Lifts a restriction in force; false when it was lifted already or does not exist. */
export async function liftRestriction(
  db: Queryable,
  input: { restrictionId: string; liftedBy: string; reason: string },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE rg_restrictions SET lifted_at = now(), lifted_by = $2, lift_reason = $3
     WHERE restriction_id = $1 AND lifted_at IS NULL`,
    [input.restrictionId, input.liftedBy, input.reason],
  );
  return (rowCount ?? 0) > 0;
}

/** The kinds of restriction in force on a player. */
export async function restrictionsInForce(db: Queryable, playerId: string): Promise<RgRestrictionKind[]> {
  const { rows } = await db.query<{ kind: RgRestrictionKind }>(
    `SELECT DISTINCT kind FROM rg_restrictions
     WHERE player_id = $1 AND lifted_at IS NULL AND (until IS NULL OR until > now()) ORDER BY kind`,
    [playerId],
  );
  return rows.map((row) => row.kind);
}
