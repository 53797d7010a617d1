import pg from 'pg';
import {
  RG_LIMIT_CONFIRMATION_HOURS,
  RG_PERIOD_HOURS,
  rgLimitChangeWorkflowId,
  RgLimitChangeStatus,
  RgLimitDirection,
  RgLimitErrorType,
  type RgLimitChangeInput,
  type RgLimitKind,
  type RgLimitPeriod,
} from '../../../contracts/rg';
import { withTransaction, type Db, type DbClient, type Queryable } from '../../../platform/db';
import { appendOutboxEvent } from '../../../platform/events';
import { newBusinessId } from '../../../platform/ids';
import { policyFor } from '../../jurisdictions/registry';
import { rgLimitChangedEvent } from './events';

/** The statuses of a change still waiting (its cooling-off, or the player's confirmation). */
const PENDING = [RgLimitChangeStatus.COOLING_OFF, RgLimitChangeStatus.AWAITING_CONFIRMATION];
/** The deposit statuses that hold no money against a deposit limit: the deposit never happened, or was returned. */
const DEPOSIT_NOT_COUNTED = ['DECLINED', 'REFUSED', 'REFUNDED'];

/** Thrown when a limit of a kind is asked for a period it does not have (SESSION_TIME is per SESSION only). */
export class RgLimitPeriodError extends Error {
  readonly code = RgLimitErrorType.PERIOD_NOT_OF_KIND;
  constructor(
    readonly kind: RgLimitKind,
    readonly period: RgLimitPeriod,
  ) {
    super(
      kind === 'SESSION_TIME'
        ? 'a session-time limit has the period SESSION'
        : `a ${kind} limit has the period DAY, WEEK or MONTH, not ${period}`,
    );
    this.name = 'RgLimitPeriodError';
  }
}

/** Thrown when a change asked as a decrease would raise (or remove) the limit. */
export class RgLimitNotADecreaseError extends Error {
  readonly code = RgLimitErrorType.NOT_A_DECREASE;
  constructor(
    readonly current: number | null,
    readonly requested: number | null,
  ) {
    super(`the limit is ${current ?? 'not set'}: ${requested ?? 'no limit'} is not a decrease`);
    this.name = 'RgLimitNotADecreaseError';
  }
}

/** Thrown when the player does not exist. */
export class RgUnknownPlayerError extends Error {
  constructor(readonly playerId: string) {
    super(`No player ${playerId}`);
    this.name = 'RgUnknownPlayerError';
  }
}

/** A change of one limit as the player (or staff on their behalf) asks it; amount null removes the limit. */
export interface LimitChangeRequest {
  playerId: string;
  kind: RgLimitKind;
  period: RgLimitPeriod;
  amount: number | null;
  reason: string;
  requestedBy: string;
}

/** What became of a request: applied at once (or nothing to change), or pending behind its cooling-off. */
export type LimitChangeOutcome =
  | { outcome: 'APPLIED' | 'UNCHANGED'; amount: number | null; cancelledWorkflowIds: string[] }
  | { outcome: 'PENDING'; change: PendingLimitChange; start: RgLimitChangeInput; cancelledWorkflowIds: string[] };

/** An increase or removal waiting out its cooling-off or the player's confirmation. */
export interface PendingLimitChange {
  changeId: string;
  kind: RgLimitKind;
  period: RgLimitPeriod;
  fromAmount: number | null;
  toAmount: number | null;
  status: RgLimitChangeStatus;
  requestedAt: string;
  effectiveAt: string;
  needsConfirmation: boolean;
  confirmBy: string | null;
  workflowId: string;
}

/** Checks that the period fits the kind: SESSION_TIME is per SESSION, money limits per DAY, WEEK or MONTH. */
export function assertPeriodOfKind(kind: RgLimitKind, period: RgLimitPeriod): void {
  if ((kind === 'SESSION_TIME') !== (period === 'SESSION')) throw new RgLimitPeriodError(kind, period);
}

/**
 * Runs `work` in one transaction: its own when given the pool, the caller's when given a client (decreaseLimit
 * is agreed on a Queryable, and rg-harm may call it inside a transaction of its own).
 */
async function inTransaction<T>(db: Queryable, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return db instanceof pg.Pool ? withTransaction(db, work) : work(db);
}

/** The player's row, locked: limit changes of a player are serialised, so two cannot both see the old limit. */
async function lockPlayer(tx: Queryable, playerId: string): Promise<{ jurisdiction: string }> {
  const { rows } = await tx.query<{ jurisdiction: string }>(
    'SELECT jurisdiction FROM players WHERE player_id = $1 FOR UPDATE',
    [playerId],
  );
  if (!rows[0]) throw new RgUnknownPlayerError(playerId);
  return rows[0];
}

async function currentLimit(tx: Queryable, playerId: string, kind: RgLimitKind, period: RgLimitPeriod) {
  const { rows } = await tx.query<{ amount: string }>(
    'SELECT amount FROM rg_limits WHERE player_id = $1 AND kind = $2 AND period = $3',
    [playerId, kind, period],
  );
  return rows[0] ? Number(rows[0].amount) : null;
}

/** Cancels the pending change of this limit, if any (a decrease, or a newer request, supersedes it). */
async function cancelPendingChange(
  tx: Queryable,
  input: { playerId: string; kind: RgLimitKind; period: RgLimitPeriod; why: string },
): Promise<string[]> {
  const { rows } = await tx.query<{ workflow_id: string }>(
    `UPDATE rg_limit_changes SET status = 'CANCELLED', settled_at = now(), settle_reason = $4
      WHERE player_id = $1 AND kind = $2 AND period = $3 AND status = ANY($5) RETURNING workflow_id`,
    [input.playerId, input.kind, input.period, input.why, PENDING],
  );
  return rows.map((r) => r.workflow_id);
}

/** Sets the limit to `to` (null: removes it), records the history row and the event, in the caller's transaction. */
async function applyLimit(
  tx: Queryable,
  change: {
    playerId: string;
    kind: RgLimitKind;
    period: RgLimitPeriod;
    from: number | null;
    to: number | null;
    direction: RgLimitDirection;
    changeId: string | null;
    requestedBy: string;
    reason: string;
  },
): Promise<void> {
  const key = [change.playerId, change.kind, change.period];
  if (change.to === null) {
    await tx.query('DELETE FROM rg_limits WHERE player_id = $1 AND kind = $2 AND period = $3', key);
  } else {
    await tx.query(
      `INSERT INTO rg_limits (player_id, kind, period, amount) VALUES ($1, $2, $3, $4)
       ON CONFLICT (player_id, kind, period) DO UPDATE SET amount = EXCLUDED.amount, set_at = now()`,
      [...key, change.to],
    );
  }
  const { rows } = await tx.query<{ applied_at: Date }>(
    `INSERT INTO rg_limit_history (player_id, kind, period, from_amount, to_amount, direction, change_id,
                                   requested_by, reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING applied_at`,
    [...key, change.from, change.to, change.direction, change.changeId, change.requestedBy, change.reason],
  );
  await appendOutboxEvent(tx, rgLimitChangedEvent, change.playerId, {
    playerId: change.playerId,
    kind: change.kind,
    period: change.period,
    fromMinor: change.from,
    toMinor: change.to,
    direction: change.direction,
    appliedAt: rows[0]!.applied_at.toISOString(),
  });
}

/**
 * A player's (or staff's) request to set, change or remove a limit. A first limit, a decrease or the same amount
 * applies at once, in this transaction; an increase or a removal is recorded as a pending change, to be started as
 * `rg:limit-change:<changeId>` with the jurisdiction's cooling-off (the caller starts it from `start`). Either way
 * a pending change of the same limit is cancelled: the newest request is the one that counts, and a decrease
 * during a cooling-off ends the increase. `beforeCommit` runs in the transaction once it is written: the API
 * starts the pending change's workflow and signals the cancelled ones there, so that when Temporal cannot be
 * reached nothing is recorded (the caller gets a 503 and may ask again) rather than a change without its workflow
 * or a cancellation its workflow never hears of. A cancelled workflow also finds its change cancelled in Postgres
 * when it wakes, and applies nothing.
 */
export async function requestLimitChange(
  db: Db,
  req: LimitChangeRequest,
  beforeCommit: (outcome: LimitChangeOutcome) => Promise<void> = async () => undefined,
): Promise<LimitChangeOutcome> {
  assertPeriodOfKind(req.kind, req.period);
  return withTransaction(db, async (tx) => {
    const outcome = await recordLimitChange(tx, req);
    await beforeCommit(outcome);
    return outcome;
  });
}

/** The change of `requestLimitChange`, in its transaction. */
async function recordLimitChange(tx: DbClient, req: LimitChangeRequest): Promise<LimitChangeOutcome> {
  const player = await lockPlayer(tx, req.playerId);
  const current = await currentLimit(tx, req.playerId, req.kind, req.period);
  const isIncrease = current !== null && (req.amount === null || req.amount > current);
  const cancelledWorkflowIds = await cancelPendingChange(tx, {
    ...req,
    why: isIncrease ? 'superseded by a newer request' : 'the limit was lowered',
  });
  if (!isIncrease) {
    if (current === req.amount) return { outcome: 'UNCHANGED', amount: current, cancelledWorkflowIds };
    await applyLimit(tx, {
      ...req,
      from: current,
      to: req.amount,
      direction: RgLimitDirection.DECREASE,
      changeId: null,
    });
    return { outcome: 'APPLIED', amount: req.amount, cancelledWorkflowIds };
  }
  const policy = policyFor(player.jurisdiction);
  const changeId = newBusinessId('rglc');
  const start: RgLimitChangeInput = {
    changeId,
    playerId: req.playerId,
    kind: req.kind,
    period: req.period,
    toAmount: req.amount,
    coolingOffHours: policy.limitIncreaseCoolingOffHours.value,
    needsConfirmation: policy.limitIncreaseNeedsReconfirmation.value,
    confirmWithinHours: RG_LIMIT_CONFIRMATION_HOURS,
  };
  const { rows } = await tx.query<ChangeRow>(
    `INSERT INTO rg_limit_changes (change_id, player_id, kind, period, from_amount, to_amount, status,
                                   needs_confirmation, requested_by, reason, effective_at, workflow_id)
     VALUES ($1, $2, $3, $4, $5, $6, 'COOLING_OFF', $7, $8, $9, now() + make_interval(hours => $10), $11)
     RETURNING ${CHANGE_COLUMNS}`,
    [
      changeId,
      req.playerId,
      req.kind,
      req.period,
      current,
      req.amount,
      start.needsConfirmation,
      req.requestedBy,
      req.reason,
      start.coolingOffHours,
      rgLimitChangeWorkflowId(changeId),
    ],
  );
  return { outcome: 'PENDING', change: changeOf(rows[0]!), start, cancelledWorkflowIds };
}

/**
 * Lowers a limit at once (rg-harm's level 3 "lower limits", staff on the player's behalf): the limit becomes the
 * lower of the current one and `amount` (a first limit when there is none), and a pending increase of that limit
 * is cancelled: `beforeCommit` tells its workflow in the transaction (it would otherwise find the change cancelled
 * only when it wakes). Never raises a limit.
 */
export async function decreaseLimit(
  db: Queryable,
  input: {
    playerId: string;
    kind: RgLimitKind;
    period: RgLimitPeriod;
    amount: number;
    reason: string;
    requestedBy: string;
  },
  beforeCommit: (cancelledWorkflowIds: string[]) => Promise<void> = async () => undefined,
): Promise<void> {
  await lowerLimit(db, input, false, beforeCommit);
}

/**
 * A decrease asked as one (the back office on the player's behalf): refused with RgLimitNotADecreaseError when
 * `amount` is above the current limit; answers the workflows of the pending changes it cancelled.
 */
export async function staffDecreaseLimit(
  db: Db,
  input: {
    playerId: string;
    kind: RgLimitKind;
    period: RgLimitPeriod;
    amount: number;
    reason: string;
    requestedBy: string;
  },
  beforeCommit: (cancelledWorkflowIds: string[]) => Promise<void> = async () => undefined,
): Promise<{ from: number | null; to: number; cancelledWorkflowIds: string[] }> {
  return lowerLimit(db, input, true, beforeCommit);
}

async function lowerLimit(
  db: Queryable,
  input: {
    playerId: string;
    kind: RgLimitKind;
    period: RgLimitPeriod;
    amount: number;
    reason: string;
    requestedBy: string;
  },
  strict = false,
  beforeCommit: (cancelledWorkflowIds: string[]) => Promise<void> = async () => undefined,
): Promise<{ from: number | null; to: number; cancelledWorkflowIds: string[] }> {
  assertPeriodOfKind(input.kind, input.period);
  return inTransaction(db, async (tx) => {
    await lockPlayer(tx, input.playerId);
    const current = await currentLimit(tx, input.playerId, input.kind, input.period);
    if (strict && current !== null && input.amount > current) throw new RgLimitNotADecreaseError(current, input.amount);
    const to = current === null ? input.amount : Math.min(current, input.amount);
    const cancelledWorkflowIds = await cancelPendingChange(tx, { ...input, why: 'the limit was lowered' });
    if (to !== current) {
      await applyLimit(tx, { ...input, from: current, to, direction: RgLimitDirection.DECREASE, changeId: null });
    }
    await beforeCommit(cancelledWorkflowIds);
    return { from: current, to, cancelledWorkflowIds };
  });
}

const CHANGE_COLUMNS = `change_id, kind, period, from_amount, to_amount, status, requested_at, effective_at,
  needs_confirmation, confirm_by, workflow_id, player_id, requested_by, reason, confirmed_at, settled_at,
  settle_reason`;
interface ChangeRow {
  change_id: string;
  kind: RgLimitKind;
  period: RgLimitPeriod;
  from_amount: string | null;
  to_amount: string | null;
  status: RgLimitChangeStatus;
  requested_at: Date;
  effective_at: Date;
  needs_confirmation: boolean;
  confirm_by: Date | null;
  workflow_id: string;
  player_id: string;
  requested_by: string;
  reason: string;
  confirmed_at: Date | null;
  settled_at: Date | null;
  settle_reason: string | null;
}
const amountOf = (v: string | null) => (v === null ? null : Number(v));
function changeOf(r: ChangeRow): PendingLimitChange {
  return {
    changeId: r.change_id,
    kind: r.kind,
    period: r.period,
    fromAmount: amountOf(r.from_amount),
    toAmount: amountOf(r.to_amount),
    status: r.status,
    requestedAt: r.requested_at.toISOString(),
    effectiveAt: r.effective_at.toISOString(),
    needsConfirmation: r.needs_confirmation,
    confirmBy: r.confirm_by?.toISOString() ?? null,
    workflowId: r.workflow_id,
  };
}

/** One change of a player, with who asked it (the player's own are checked by the confirm route). */
export async function limitChangeOf(db: Queryable, playerId: string, changeId: string) {
  const { rows } = await db.query<ChangeRow>(
    `SELECT ${CHANGE_COLUMNS} FROM rg_limit_changes WHERE change_id = $1 AND player_id = $2`,
    [changeId, playerId],
  );
  return rows[0] ? changeOf(rows[0]) : undefined;
}

// The limit-change workflow's steps (activities/rg/limit-activities.ts). Each moves the change only from a
// pending status, so a change cancelled in Postgres (by a decrease) is never applied, whatever the workflow saw.

/** The cooling-off has passed: the change now waits for the player's confirmation; answers its status. */
export async function awaitLimitChangeConfirmation(
  db: Queryable,
  input: { changeId: string; confirmWithinHours: number },
): Promise<{ status: RgLimitChangeStatus; confirmBy: string | null }> {
  const { rows } = await db.query<{ status: RgLimitChangeStatus; confirm_by: Date | null }>(
    `UPDATE rg_limit_changes
        SET status = CASE WHEN status = 'COOLING_OFF' THEN 'AWAITING_CONFIRMATION' ELSE status END,
            confirm_by = CASE WHEN status = 'COOLING_OFF' THEN now() + make_interval(hours => $2) ELSE confirm_by END
      WHERE change_id = $1 RETURNING status, confirm_by`,
    [input.changeId, input.confirmWithinHours],
  );
  if (!rows[0]) throw new Error(`no limit change ${input.changeId}`);
  return { status: rows[0].status, confirmBy: rows[0].confirm_by?.toISOString() ?? null };
}

/** The player did not confirm in time: the change expires (unless it ended otherwise); answers its status. */
export async function expireLimitChange(db: Queryable, changeId: string): Promise<RgLimitChangeStatus> {
  const { rows } = await db.query<{ status: RgLimitChangeStatus }>(
    `UPDATE rg_limit_changes
        SET status = CASE WHEN status = ANY($2) THEN 'EXPIRED' ELSE status END,
            settled_at = COALESCE(settled_at, now()),
            settle_reason = COALESCE(settle_reason, 'not confirmed in time')
      WHERE change_id = $1 RETURNING status`,
    [changeId, PENDING],
  );
  if (!rows[0]) throw new Error(`no limit change ${changeId}`);
  return rows[0].status;
}

/** Thrown by the apply step before the change's cooling-off has passed in Postgres' clock (the activity retries). */
export class RgLimitChangeTooEarlyError extends Error {
  constructor(readonly changeId: string) {
    super(`limit change ${changeId} is still cooling off`);
    this.name = 'RgLimitChangeTooEarlyError';
  }
}

/**
 * Applies a pending increase (or removal) after its cooling-off (and the player's confirmation, when `confirmed`):
 * the limit, its history row and the `rg.limit.changed` event in one transaction. A change no longer pending
 * (cancelled by a decrease, applied by an earlier try) answers its status and changes nothing.
 */
export async function applyLimitChange(
  db: Db,
  input: { changeId: string; confirmed: boolean },
): Promise<RgLimitChangeStatus> {
  return withTransaction(db, async (tx) => {
    const { rows: found } = await tx.query<{ player_id: string }>(
      'SELECT player_id FROM rg_limit_changes WHERE change_id = $1',
      [input.changeId],
    );
    if (!found[0]) throw new Error(`no limit change ${input.changeId}`);
    // The player first, then the change: the order every limit change of the player takes.
    await lockPlayer(tx, found[0].player_id);
    const { rows } = await tx.query<ChangeRow & { early: boolean }>(
      `SELECT ${CHANGE_COLUMNS}, effective_at > now() AS early FROM rg_limit_changes WHERE change_id = $1 FOR UPDATE`,
      [input.changeId],
    );
    const change = rows[0]!;
    if (!PENDING.includes(change.status as (typeof PENDING)[number])) return change.status;
    if (change.early) throw new RgLimitChangeTooEarlyError(input.changeId);
    if (change.needs_confirmation && !input.confirmed) throw new Error(`limit change ${input.changeId} is unconfirmed`);
    const current = await currentLimit(tx, change.player_id, change.kind, change.period);
    const to = amountOf(change.to_amount);
    await tx.query(
      `UPDATE rg_limit_changes SET status = 'APPLIED', settled_at = now(), settle_reason = 'applied',
              confirmed_at = CASE WHEN $2 THEN now() END
        WHERE change_id = $1`,
      [input.changeId, input.confirmed],
    );
    if (to !== current) {
      await applyLimit(tx, {
        playerId: change.player_id,
        kind: change.kind,
        period: change.period,
        from: current,
        to,
        direction: RgLimitDirection.INCREASE,
        changeId: input.changeId,
        requestedBy: change.requested_by,
        reason: change.reason,
      });
    }
    return RgLimitChangeStatus.APPLIED;
  });
}

/** One limit in force, with what its window holds and what is left (null for a session-time limit). */
export interface LimitInForce {
  kind: RgLimitKind;
  period: RgLimitPeriod;
  amount: number;
  setAt: string;
  usedInWindow: number | null;
  remaining: number | null;
}

/** One applied change of a player's limits. */
export interface LimitHistoryEntry {
  kind: RgLimitKind;
  period: RgLimitPeriod;
  fromAmount: number | null;
  toAmount: number | null;
  direction: RgLimitDirection;
  changeId: string | null;
  requestedBy: string;
  reason: string;
  appliedAt: string;
}

/** A player's limits: those in force with what is left of each window, the pending changes, the currency. */
export async function limitsOf(
  db: Queryable,
  playerId: string,
): Promise<{ currency: string; limits: LimitInForce[]; pending: PendingLimitChange[] } | undefined> {
  const { rows: players } = await db.query<{ currency: string }>('SELECT currency FROM players WHERE player_id = $1', [
    playerId,
  ]);
  if (!players[0]) return undefined;
  const { rows } = await db.query<{
    kind: RgLimitKind;
    period: RgLimitPeriod;
    amount: string;
    set_at: Date;
    used: string | null;
  }>(
    // What each window holds, counted as the gates count it: deposits not declined, refused or refunded (the
    // deposit gate), net losses or stakes in the hourly play buckets (the bet gate).
    `SELECT l.kind, l.period, l.amount, l.set_at,
            CASE l.kind
              WHEN 'DEPOSIT' THEN (SELECT COALESCE(sum(p.amount_minor), 0) FROM payments p
                                    WHERE p.player_id = l.player_id AND p.kind = 'DEPOSIT' AND p.currency = $2
                                      AND p.status <> ALL($3) AND p.created_at > now() - make_interval(hours => w.hours))
              WHEN 'SESSION_TIME' THEN NULL
              ELSE (SELECT COALESCE(sum(CASE l.kind WHEN 'LOSS' THEN b.staked_minor - b.won_minor
                                                    ELSE b.staked_minor END), 0)
                      FROM rg_play_buckets b
                     WHERE b.player_id = l.player_id AND b.bucket_start > now() - make_interval(hours => w.hours + 1))
            END AS used
       FROM rg_limits l
       CROSS JOIN LATERAL (SELECT CASE l.period WHEN 'DAY' THEN $4::INT WHEN 'WEEK' THEN $5::INT ELSE $6::INT END AS hours) w
      WHERE l.player_id = $1
      ORDER BY l.kind, l.period`,
    [
      playerId,
      players[0].currency,
      DEPOSIT_NOT_COUNTED,
      RG_PERIOD_HOURS.DAY,
      RG_PERIOD_HOURS.WEEK,
      RG_PERIOD_HOURS.MONTH,
    ],
  );
  const { rows: pending } = await db.query<ChangeRow>(
    `SELECT ${CHANGE_COLUMNS} FROM rg_limit_changes WHERE player_id = $1 AND status = ANY($2) ORDER BY requested_at`,
    [playerId, PENDING],
  );
  return {
    currency: players[0].currency,
    limits: rows.map((r) => {
      const used = r.used === null ? null : Number(r.used);
      return {
        kind: r.kind,
        period: r.period,
        amount: Number(r.amount),
        setAt: r.set_at.toISOString(),
        usedInWindow: used,
        remaining: used === null ? null : Math.max(0, Number(r.amount) - used),
      };
    }),
    pending: pending.map(changeOf),
  };
}

/** A player's limit history, newest first, and the changes that did not apply (cancelled, expired). */
export async function limitHistoryOf(db: Queryable, playerId: string) {
  const { rows } = await db.query<{
    kind: RgLimitKind;
    period: RgLimitPeriod;
    from_amount: string | null;
    to_amount: string | null;
    direction: RgLimitDirection;
    change_id: string | null;
    requested_by: string;
    reason: string;
    applied_at: Date;
  }>(
    `SELECT kind, period, from_amount, to_amount, direction, change_id, requested_by, reason, applied_at
       FROM rg_limit_history WHERE player_id = $1 ORDER BY applied_at DESC, history_id DESC LIMIT 500`,
    [playerId],
  );
  const { rows: ended } = await db.query<ChangeRow>(
    `SELECT ${CHANGE_COLUMNS} FROM rg_limit_changes
      WHERE player_id = $1 AND status IN ('CANCELLED', 'EXPIRED') ORDER BY requested_at DESC LIMIT 200`,
    [playerId],
  );
  return {
    history: rows.map((r): LimitHistoryEntry => ({
      kind: r.kind,
      period: r.period,
      fromAmount: amountOf(r.from_amount),
      toAmount: amountOf(r.to_amount),
      direction: r.direction,
      changeId: r.change_id,
      requestedBy: r.requested_by,
      reason: r.reason,
      appliedAt: r.applied_at.toISOString(),
    })),
    changesNotApplied: ended.map((r) => ({
      ...changeOf(r),
      requestedBy: r.requested_by,
      reason: r.reason,
      settledAt: r.settled_at?.toISOString() ?? null,
      settleReason: r.settle_reason,
    })),
  };
}

/**
 * The money the player's deposits hold against each of their deposit limits, and the limits: the deposit gate's
 * facts. Counted: every deposit in the window not declined, refused or refunded, pending ones included.
 */
export async function depositLimitFacts(db: Queryable, playerId: string, currency: string) {
  const { rows } = await db.query<{ period: RgLimitPeriod; amount: string; held: string }>(
    `SELECT l.period, l.amount,
            (SELECT COALESCE(sum(p.amount_minor), 0) FROM payments p
              WHERE p.player_id = l.player_id AND p.kind = 'DEPOSIT' AND p.currency = $2 AND p.status <> ALL($3)
                AND p.created_at > now() - make_interval(hours => CASE l.period WHEN 'DAY' THEN $4::INT
                                                                                WHEN 'WEEK' THEN $5::INT
                                                                                ELSE $6::INT END)) AS held
       FROM rg_limits l WHERE l.player_id = $1 AND l.kind = 'DEPOSIT'`,
    [playerId, currency, DEPOSIT_NOT_COUNTED, RG_PERIOD_HOURS.DAY, RG_PERIOD_HOURS.WEEK, RG_PERIOD_HOURS.MONTH],
  );
  return rows.map((r) => ({ period: r.period, amount: Number(r.amount), held: Number(r.held) }));
}

/** What the back office shows of a player's limits: those in force, pending, the history, the changes not applied. */
export async function limitsRecordOf(db: Queryable, playerId: string) {
  const limits = await limitsOf(db, playerId);
  if (!limits) return undefined;
  return { playerId, ...limits, ...(await limitHistoryOf(db, playerId)) };
}
