import type { RgRestrictionKind, RgRestrictionSource } from '../../contracts/rg';
import type { Queryable } from '../../platform/db';
import { appendOutboxEvent } from '../../platform/events';
import { newBusinessId } from '../../platform/ids';
import { rgRestrictionAppliedEvent, rgRestrictionLiftedEvent } from './harm/events';

/** A restriction to put on a player. */
export interface RestrictionRequest {
  playerId: string;
  kind: RgRestrictionKind;
  source: RgRestrictionSource;
  sourceRef: string;
  reason: string;
  appliedBy: string;
  until?: Date;
}

/** A restriction as the back office shows it. */
export interface RestrictionRecord {
  restrictionId: string;
  kind: RgRestrictionKind;
  source: RgRestrictionSource;
  sourceRef: string;
  reason: string;
  appliedBy: string;
  appliedAt: string;
  until: string | null;
  liftedAt: string | null;
  liftedBy: string | null;
  liftReason: string | null;
  inForce: boolean;
}

/**
 * Puts a restriction on a player with its `rg.restriction.applied` event. Idempotent by (player, kind, source,
 * source ref): a replayed activity answers the first restriction (created false) and writes no second event. Call
 * it with a transaction client when it goes with other changes: the row and its event are written together.
 */
export async function applyRestriction(
  db: Queryable,
  r: RestrictionRequest,
): Promise<{ restrictionId: string; created: boolean }> {
  const restrictionId = newBusinessId('rst');
  const inserted = await db.query<{ restriction_id: string; applied_at: Date }>(
    `INSERT INTO rg_restrictions (restriction_id, player_id, kind, source, source_ref, reason, applied_by, until)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (player_id, kind, source, source_ref) DO NOTHING
     RETURNING restriction_id, applied_at`,
    [restrictionId, r.playerId, r.kind, r.source, r.sourceRef, r.reason.trim(), r.appliedBy, r.until ?? null],
  );
  const row = inserted.rows[0];
  if (!row) {
    const { rows } = await db.query<{ restriction_id: string }>(
      `SELECT restriction_id FROM rg_restrictions WHERE player_id = $1 AND kind = $2 AND source = $3 AND source_ref = $4`,
      [r.playerId, r.kind, r.source, r.sourceRef],
    );
    return { restrictionId: rows[0]!.restriction_id, created: false };
  }
  await appendOutboxEvent(db, rgRestrictionAppliedEvent, r.playerId, {
    restrictionId,
    playerId: r.playerId,
    kind: r.kind,
    source: r.source,
    sourceRef: r.sourceRef,
    at: row.applied_at.toISOString(),
    until: r.until ? r.until.toISOString() : null,
  });
  return { restrictionId, created: true };
}

/**
 * Lifts a restriction in force, with who and why, and its `rg.restriction.lifted` event; false when there is none
 * in force by that id (already lifted, or expired). The caller passes a transaction client (row and event together).
 */
export async function liftRestriction(
  db: Queryable,
  l: { restrictionId: string; liftedBy: string; reason: string },
): Promise<boolean> {
  const { rows } = await db.query<{
    player_id: string;
    kind: RgRestrictionKind;
    source: RgRestrictionSource;
    source_ref: string;
    lifted_at: Date;
  }>(
    `UPDATE rg_restrictions SET lifted_at = now(), lifted_by = $2, lift_reason = $3
     WHERE restriction_id = $1 AND lifted_at IS NULL AND (until IS NULL OR until > now())
     RETURNING player_id, kind, source, source_ref, lifted_at`,
    [l.restrictionId, l.liftedBy, l.reason.trim()],
  );
  const row = rows[0];
  if (!row) return false;
  await appendOutboxEvent(db, rgRestrictionLiftedEvent, row.player_id, {
    restrictionId: l.restrictionId,
    playerId: row.player_id,
    kind: row.kind,
    source: row.source,
    sourceRef: row.source_ref,
    at: row.lifted_at.toISOString(),
    liftedBy: l.liftedBy,
  });
  return true;
}

/** The kinds of restriction in force on a player now (each once, however many sources put it on). */
export async function restrictionsInForce(db: Queryable, playerId: string): Promise<RgRestrictionKind[]> {
  const { rows } = await db.query<{ kind: RgRestrictionKind }>(
    `SELECT DISTINCT kind FROM rg_restrictions
     WHERE player_id = $1 AND lifted_at IS NULL AND (until IS NULL OR until > now()) ORDER BY kind`,
    [playerId],
  );
  return rows.map((r) => r.kind);
}

/** Every restriction of a player, in force or not, newest first (the back office's list). */
export async function listRestrictions(db: Queryable, playerId: string): Promise<RestrictionRecord[]> {
  const { rows } = await db.query<RestrictionRecord>(
    `SELECT restriction_id AS "restrictionId", kind, source, source_ref AS "sourceRef", reason,
            applied_by AS "appliedBy", to_json(applied_at) #>> '{}' AS "appliedAt", to_json(until) #>> '{}' AS until,
            to_json(lifted_at) #>> '{}' AS "liftedAt", lifted_by AS "liftedBy", lift_reason AS "liftReason",
            (lifted_at IS NULL AND (until IS NULL OR until > now())) AS "inForce"
     FROM rg_restrictions WHERE player_id = $1 ORDER BY applied_at DESC, restriction_id`,
    [playerId],
  );
  return rows;
}
