import { z } from 'zod';
import {
  RG_TIME_OUT_HOURS,
  type RgBalanceReturn,
  RgExclusionKind,
  RgExclusionStatus,
  RgRestrictionKind,
  RgRestrictionSource,
  rgExclusionWorkflowId,
} from '../../../contracts/rg';
import { withTransaction, type Db, type DbClient, type Queryable } from '../../../platform/db';
import { appendOutboxEvent } from '../../../platform/events';
import { newBusinessId } from '../../../platform/ids';
import { appendAuditEntry } from '../../admin/audit-log';
import { policyFor } from '../../jurisdictions/registry';
import { liftRestriction } from '../restrictions';
import { rgExclusionEndedEvent, rgExclusionStartedEvent } from './events';

/** The codes an exclusion request is refused with, each with its one HTTP status (api/rg/exclusions-openapi.ts). */
export const RgExclusionRefusal = {
  /** 409: an exclusion of at least this strength is in force already (a time-out may be followed by a self-exclusion). */
  ALREADY_EXCLUDED: 'RG_ALREADY_EXCLUDED',
  /** 422: a self-exclusion shorter than the jurisdiction's minimum. */
  TOO_SHORT: 'RG_SELF_EXCLUSION_TOO_SHORT',
  /** 404: no such player. */
  UNKNOWN_PLAYER: 'UNKNOWN_PLAYER',
} as const;
/** One refusal code. */
export type RgExclusionRefusal = (typeof RgExclusionRefusal)[keyof typeof RgExclusionRefusal];

/** Thrown when an exclusion cannot start; nothing was written. */
export class RgExclusionRefusedError extends Error {
  constructor(
    readonly code: RgExclusionRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'RgExclusionRefusedError';
  }
}

const reason = z.string().trim().min(1).max(500);

/** A time-out as the player (or an agent for them) asks it: 24 hours to 6 weeks. */
export const timeOutRequestSchema = z
  .object({
    hours: z
      .number()
      .int()
      .min(RG_TIME_OUT_HOURS.min)
      .max(RG_TIME_OUT_HOURS.max)
      .meta({
        description: `How long the break lasts, in hours: ${RG_TIME_OUT_HOURS.min} (a day) to ${RG_TIME_OUT_HOURS.max} (six weeks).`,
      }),
    reason: reason.optional().meta({ description: 'Why, in the player’s words; optional for the player.' }),
  })
  .strict();

/** A self-exclusion as asked: its length in months, at least the jurisdiction's minimum (checked on start). */
export const selfExclusionRequestSchema = z
  .object({
    months: z
      .number()
      .int()
      .min(1)
      .max(120)
      .meta({
        description:
          'How long at least, in months (6, 12, 24, 60 ...): at least the jurisdiction’s minimum (GB: 6). It does ' +
          'not end by itself: after it the player must ask to return, and a cooling-off runs.',
      }),
    reason: reason.optional(),
  })
  .strict();

/** What a new exclusion is: its kind and length, who asked and why. */
export interface NewExclusion {
  playerId: string;
  kind: RgExclusionKind;
  length: { hours: number } | { months: number };
  /** The player's id, or the staff id of the agent acting on the player's behalf. */
  requestedBy: string;
  reason: string;
  /** The audit entry's request id and source address. */
  requestId?: string | null;
  sourceIp?: string | null;
}

/** One exclusion as screens show it. */
export interface RgExclusionView {
  exclusionId: string;
  playerId: string;
  kind: RgExclusionKind;
  status: RgExclusionStatus;
  startsAt: string;
  endsAt: string;
  endedAt: string | null;
  minimumReachedAt: string | null;
  returnRequestedAt: string | null;
  returnsAt: string | null;
  requestedBy: string;
  reason: string;
  workflowId: string;
  /** The exclusion that covers this account (the same person's self-exclusion on another brand), if any. */
  coveredBy: string | null;
  balanceReturn: RgBalanceReturn | null;
  balanceMinor: number | null;
  payoutId: string | null;
  bonusForfeitedMinor: number | null;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

const viewColumns = `exclusion_id, player_id, kind, starts_at, ends_at, ended_at, minimum_reached_at,
  return_requested_at, returns_at, requested_by, reason, workflow_id, covered_by, balance_return, balance_minor,
  payout_id, bonus_forfeited_minor, now() AS db_now`;

interface ExclusionRow {
  exclusion_id: string;
  player_id: string;
  kind: RgExclusionKind;
  starts_at: Date;
  ends_at: Date;
  ended_at: Date | null;
  minimum_reached_at: Date | null;
  return_requested_at: Date | null;
  returns_at: Date | null;
  requested_by: string;
  reason: string;
  workflow_id: string;
  covered_by: string | null;
  balance_return: RgBalanceReturn | null;
  balance_minor: string | null;
  payout_id: string | null;
  bonus_forfeited_minor: string | null;
  db_now: Date;
}

function statusOf(row: ExclusionRow): RgExclusionStatus {
  if (row.ended_at) return RgExclusionStatus.ENDED;
  // A time-out is over at ends_at even before its workflow's timer has written ended_at (the gates read it so too).
  if (row.kind === RgExclusionKind.TIME_OUT) {
    return row.ends_at > row.db_now ? RgExclusionStatus.IN_FORCE : RgExclusionStatus.ENDED;
  }
  if (row.return_requested_at) return RgExclusionStatus.COOLING_OFF;
  return row.minimum_reached_at ? RgExclusionStatus.MINIMUM_REACHED : RgExclusionStatus.IN_FORCE;
}

const toView = (row: ExclusionRow): RgExclusionView => ({
  exclusionId: row.exclusion_id,
  playerId: row.player_id,
  kind: row.kind,
  status: statusOf(row),
  startsAt: row.starts_at.toISOString(),
  endsAt: row.ends_at.toISOString(),
  endedAt: iso(row.ended_at),
  minimumReachedAt: iso(row.minimum_reached_at),
  returnRequestedAt: iso(row.return_requested_at),
  returnsAt: iso(row.returns_at),
  requestedBy: row.requested_by,
  reason: row.reason,
  workflowId: row.workflow_id,
  coveredBy: row.covered_by,
  balanceReturn: row.balance_return,
  balanceMinor: row.balance_minor === null ? null : Number(row.balance_minor),
  payoutId: row.payout_id,
  bonusForfeitedMinor: row.bonus_forfeited_minor === null ? null : Number(row.bonus_forfeited_minor),
});

/**
 * The same person's accounts on the operator's other brands (or a second account on this one): the same email
 * (its blind index), or the same full name (its blind index) with the same date of birth. Device, address and
 * instrument links (domain/players/linked-players.ts) are not used: a household shares those, and one person's
 * self-exclusion must not close another person's account.
 */
export async function samePersonAccounts(db: Queryable, playerId: string): Promise<string[]> {
  const { rows } = await db.query<{ player_id: string }>(
    `SELECT theirs.player_id FROM player_personal_data mine
     JOIN player_personal_data theirs ON theirs.email_index = mine.email_index AND theirs.player_id <> mine.player_id
     WHERE mine.player_id = $1
     UNION
     SELECT theirs.player_id FROM player_personal_data mine
     JOIN players me ON me.player_id = mine.player_id
     JOIN player_personal_data theirs
       ON theirs.full_name_index = mine.full_name_index AND theirs.player_id <> mine.player_id
     JOIN players o ON o.player_id = theirs.player_id AND o.date_of_birth = me.date_of_birth
     WHERE mine.player_id = $1
     ORDER BY 1`,
    [playerId],
  );
  return [...new Set(rows.map((row) => row.player_id))];
}

const lengthInterval = (length: NewExclusion['length']) =>
  'hours' in length ? `${length.hours} hours` : `${length.months} months`;

/**
 * Starts an exclusion, all or nothing: in one transaction its row (in force at once), for a self-exclusion the same
 * person's other accounts (a covered row each, and SELF_EXCLUDED where they were ACTIVE), the started events, the
 * audit entry, and the workflow's start (`start`, last, so that a Temporal that does not answer leaves nothing).
 * The workflow then ends sessions, suppresses marketing, forfeits bonuses and pays the balance out.
 */
export async function startExclusion(
  db: Db,
  request: NewExclusion,
  start: (exclusion: RgExclusionView, coveredPlayerIds: string[]) => Promise<void>,
): Promise<{ exclusion: RgExclusionView; coveredPlayerIds: string[] }> {
  return withTransaction(db, async (tx) => {
    const { rows: players } = await tx.query<{ jurisdiction: string }>(
      'SELECT jurisdiction FROM players WHERE player_id = $1 FOR UPDATE',
      [request.playerId],
    );
    if (!players[0]) throw new RgExclusionRefusedError(RgExclusionRefusal.UNKNOWN_PLAYER, 'no such player');
    if ('months' in request.length) {
      const minimum = policyFor(players[0].jurisdiction).minimumSelfExclusionMonths.value;
      if (request.length.months < minimum) {
        throw new RgExclusionRefusedError(
          RgExclusionRefusal.TOO_SHORT,
          `a self-exclusion in ${players[0].jurisdiction} lasts at least ${minimum} months`,
        );
      }
    }
    const inForce = await exclusionsInForce(tx, request.playerId);
    // A self-exclusion may follow a time-out (it is the stronger); nothing else stacks.
    const blocking = inForce.filter(
      (e) => request.kind === RgExclusionKind.TIME_OUT || e.kind === RgExclusionKind.SELF_EXCLUSION,
    );
    if (blocking.length > 0) {
      throw new RgExclusionRefusedError(
        RgExclusionRefusal.ALREADY_EXCLUDED,
        `the player is already in a ${blocking[0]!.kind === 'TIME_OUT' ? 'time-out' : 'self-exclusion'} until ${blocking[0]!.endsAt}`,
      );
    }
    const exclusionId = newBusinessId('rgx');
    const workflowId = rgExclusionWorkflowId(exclusionId);
    const { rows } = await tx.query<ExclusionRow>(
      `INSERT INTO rg_exclusions (exclusion_id, player_id, kind, ends_at, requested_by, reason, workflow_id)
       VALUES ($1, $2, $3, now() + $4::INTERVAL, $5, $6, $7) RETURNING ${viewColumns}`,
      [
        exclusionId,
        request.playerId,
        request.kind,
        lengthInterval(request.length),
        request.requestedBy,
        request.reason,
        workflowId,
      ],
    );
    const exclusion = toView(rows[0]!);
    const covered =
      request.kind === RgExclusionKind.SELF_EXCLUSION ? await samePersonAccounts(tx, request.playerId) : [];
    for (const playerId of covered) {
      await tx.query(
        `INSERT INTO rg_exclusions (exclusion_id, player_id, kind, starts_at, ends_at, requested_by, reason,
           workflow_id, covered_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          newBusinessId('rgx'),
          playerId,
          request.kind,
          exclusion.startsAt,
          exclusion.endsAt,
          request.requestedBy,
          `Covered by ${exclusionId} of player ${request.playerId} (same person): ${request.reason}`,
          workflowId,
          exclusionId,
        ],
      );
    }
    const accounts = [request.playerId, ...covered];
    if (request.kind === RgExclusionKind.SELF_EXCLUSION) {
      // A blocked or closed account keeps its status; the bet gate refuses SELF_EXCLUDED, withdrawals stay open.
      await tx.query(`UPDATE players SET status = 'SELF_EXCLUDED' WHERE player_id = ANY($1) AND status = 'ACTIVE'`, [
        accounts,
      ]);
    }
    for (const playerId of accounts) {
      await appendOutboxEvent(tx, rgExclusionStartedEvent, playerId, {
        exclusionId,
        playerId,
        kind: request.kind,
        coveredBy: playerId === request.playerId ? null : exclusionId,
        startsAt: exclusion.startsAt,
        endsAt: exclusion.endsAt,
      });
    }
    await start(exclusion, covered);
    await appendAuditEntry(tx, {
      actor: request.requestedBy,
      action: request.kind === RgExclusionKind.TIME_OUT ? 'rg.time-out.start' : 'rg.self-exclusion.start',
      entityType: 'RgExclusion',
      entityId: exclusionId,
      reason: request.reason,
      after: { playerId: request.playerId, kind: request.kind, endsAt: exclusion.endsAt, coveredPlayerIds: covered },
      requestId: request.requestId ?? null,
      sourceIp: request.sourceIp ?? null,
    });
    return { exclusion, coveredPlayerIds: covered };
  });
}

/** The exclusions of a player in force now (a time-out until its end, a self-exclusion until it is ended). */
export async function exclusionsInForce(db: Queryable, playerId: string): Promise<RgExclusionView[]> {
  const { rows } = await db.query<ExclusionRow>(
    `SELECT ${viewColumns} FROM rg_exclusions
     WHERE player_id = $1 AND ended_at IS NULL AND (kind = 'SELF_EXCLUSION' OR ends_at > now())
     ORDER BY starts_at DESC`,
    [playerId],
  );
  return rows.map(toView);
}

/** A player's exclusions, newest first (the player's own and those that cover the account). */
export async function listPlayerExclusions(db: Queryable, playerId: string): Promise<RgExclusionView[]> {
  const { rows } = await db.query<ExclusionRow>(
    `SELECT ${viewColumns} FROM rg_exclusions WHERE player_id = $1 ORDER BY starts_at DESC, exclusion_id LIMIT 200`,
    [playerId],
  );
  return rows.map(toView);
}

/** One exclusion by its id (the leading row, never a covered one). */
export async function findExclusion(db: Queryable, exclusionId: string): Promise<RgExclusionView | undefined> {
  const { rows } = await db.query<ExclusionRow>(
    `SELECT ${viewColumns} FROM rg_exclusions WHERE exclusion_id = $1 AND covered_by IS NULL`,
    [exclusionId],
  );
  return rows[0] ? toView(rows[0]) : undefined;
}

/** Records that a self-exclusion reached its chosen length (it stays in force); idempotent. */
export async function recordMinimumReached(db: Queryable, exclusionId: string): Promise<void> {
  await db.query(
    `UPDATE rg_exclusions SET minimum_reached_at = COALESCE(minimum_reached_at, now())
     WHERE exclusion_id = $1 OR covered_by = $1`,
    [exclusionId],
  );
}

/**
 * Records the player's request to return from a self-exclusion and when the cooling-off of their jurisdiction ends;
 * a repeat answers the first. Audited with the player as actor.
 */
export async function recordReturnRequest(db: Db, exclusionId: string): Promise<{ returnsAt: string }> {
  return withTransaction(db, async (tx) => {
    const { rows } = await tx.query<{ player_id: string; jurisdiction: string; returns_at: Date | null }>(
      `SELECT e.player_id, p.jurisdiction, e.returns_at FROM rg_exclusions e JOIN players p USING (player_id)
       WHERE e.exclusion_id = $1 AND e.covered_by IS NULL FOR UPDATE OF e`,
      [exclusionId],
    );
    const row = rows[0];
    if (!row) throw new Error(`no exclusion ${exclusionId}`);
    if (row.returns_at) return { returnsAt: row.returns_at.toISOString() };
    const hours = policyFor(row.jurisdiction).selfExclusionReturnCoolingOffHours.value;
    const { rows: updated } = await tx.query<{ returns_at: Date }>(
      `UPDATE rg_exclusions SET return_requested_at = now(), returns_at = now() + make_interval(hours => $2)
       WHERE exclusion_id = $1 OR covered_by = $1 RETURNING returns_at`,
      [exclusionId, hours],
    );
    const returnsAt = updated[0]!.returns_at.toISOString();
    await appendAuditEntry(tx, {
      actor: row.player_id,
      action: 'rg.self-exclusion.return-request',
      entityType: 'RgExclusion',
      entityId: exclusionId,
      after: { returnsAt, coolingOffHours: hours },
    });
    return { returnsAt };
  });
}

/**
 * Ends an exclusion and every row it covers, once: ended_at, the accounts it self-excluded back to ACTIVE (unless
 * another self-exclusion still holds them), its marketing suppressions lifted, the ended events and the audit entry.
 * A repeat changes nothing and answers the first end.
 */
export async function endExclusion(db: Db, exclusionId: string): Promise<{ endedAt: string }> {
  return withTransaction(db, async (tx) => {
    const { rows } = await tx.query<{ player_id: string; kind: RgExclusionKind; ended_at: Date }>(
      `UPDATE rg_exclusions SET ended_at = now()
       WHERE (exclusion_id = $1 OR covered_by = $1) AND ended_at IS NULL RETURNING player_id, kind, ended_at`,
      [exclusionId],
    );
    if (rows.length === 0) {
      const { rows: first } = await tx.query<{ ended_at: Date | null }>(
        'SELECT ended_at FROM rg_exclusions WHERE exclusion_id = $1',
        [exclusionId],
      );
      return { endedAt: (first[0]?.ended_at ?? new Date()).toISOString() };
    }
    const endedAt = rows[0]!.ended_at.toISOString();
    const playerIds = rows.map((row) => row.player_id);
    if (rows[0]!.kind === RgExclusionKind.SELF_EXCLUSION) {
      await tx.query(
        `UPDATE players p SET status = 'ACTIVE'
         WHERE p.player_id = ANY($1) AND p.status = 'SELF_EXCLUDED'
           AND NOT EXISTS (SELECT 1 FROM rg_exclusions e WHERE e.player_id = p.player_id
                             AND e.kind = 'SELF_EXCLUSION' AND e.ended_at IS NULL)`,
        [playerIds],
      );
    }
    await liftExclusionSuppressions(tx, exclusionId, playerIds);
    for (const row of rows) {
      await appendOutboxEvent(tx, rgExclusionEndedEvent, row.player_id, {
        exclusionId,
        playerId: row.player_id,
        kind: row.kind,
        endedAt,
      });
    }
    await appendAuditEntry(tx, {
      actor: 'system',
      action: 'rg.exclusion.end',
      entityType: 'RgExclusion',
      entityId: exclusionId,
      after: { endedAt, playerIds },
    });
    return { endedAt };
  });
}

async function liftExclusionSuppressions(tx: DbClient, exclusionId: string, playerIds: string[]) {
  const { rows } = await tx.query<{ restriction_id: string }>(
    `SELECT restriction_id FROM rg_restrictions
     WHERE player_id = ANY($1) AND source = $2 AND source_ref = $3 AND kind = $4 AND lifted_at IS NULL`,
    [playerIds, RgRestrictionSource.EXCLUSION, exclusionId, RgRestrictionKind.MARKETING_SUPPRESSION],
  );
  for (const row of rows) {
    await liftRestriction(tx, { restrictionId: row.restriction_id, liftedBy: 'system', reason: 'exclusion ended' });
  }
}

/** Records what became of an account's cash balance when the self-exclusion started (first answer kept). */
export async function recordBalanceReturn(
  db: Queryable,
  input: { exclusionId: string; playerId: string; outcome: RgBalanceReturn; balanceMinor: number; payoutId?: string },
): Promise<void> {
  await db.query(
    `UPDATE rg_exclusions SET balance_return = COALESCE(balance_return, $3), balance_minor = COALESCE(balance_minor, $4),
       payout_id = COALESCE(payout_id, $5)
     WHERE (exclusion_id = $1 OR covered_by = $1) AND player_id = $2`,
    [input.exclusionId, input.playerId, input.outcome, input.balanceMinor, input.payoutId ?? null],
  );
}

/** Records how much bonus money an account forfeited when the self-exclusion started. */
export async function recordBonusForfeited(
  db: Queryable,
  input: { exclusionId: string; playerId: string; amountMinor: number },
): Promise<void> {
  await db.query(
    `UPDATE rg_exclusions SET bonus_forfeited_minor = COALESCE(bonus_forfeited_minor, $3)
     WHERE (exclusion_id = $1 OR covered_by = $1) AND player_id = $2`,
    [input.exclusionId, input.playerId, input.amountMinor],
  );
}
