import { createHash } from 'node:crypto';
import { withTransaction, type Db, type DbClient, type Queryable } from '../../platform/db';
import { appendAuditEntry } from '../admin/audit-log';
import type {
  DepositStatus,
  PaymentInstrumentView,
  PaymentMethod,
  PspOutcomeClass,
  WithdrawalStatus,
} from '../../contracts/payments';
import type { Currency } from '../../contracts/wallet';
import { policyFor } from '../jurisdictions/registry';
import { activeAmlHoldOf } from '../aml/holds';
import { kycRefusalFor, kycRefusalText } from '../kyc/kyc-gates';
import { PaymentRuleError, PaymentRuleType } from './errors';
import { depositInstrument, instrumentViewSql, payoutInstrument } from './payment-instruments';
import { appendOutboxEvent } from '../../platform/events';
import { depositStatusChangedEvent, withdrawalStatusChangedEvent } from './events';

export type PaymentKind = 'DEPOSIT' | 'WITHDRAWAL';

/** A deposit or withdrawal as the back office lists it. */
export interface Payment {
  paymentId: string;
  kind: PaymentKind;
  playerId: string;
  brand: string;
  amountMinor: number;
  currency: Currency;
  method: PaymentMethod;
  country: string;
  status: string;
  psp: string | null;
  requestedBy: string;
  workflowId: string;
  approvalsNeeded: number;
  escalated: boolean;
  failureReason: string | null;
  /** A deposit's instrument, a withdrawal's destination; null before a deposit's PSP has tokenised one. */
  instrument: PaymentInstrumentView | null;
  createdAt: string;
  updatedAt: string;
}

/** The columns of a `Payment`, as the read model's queries select them. */
export const paymentColumns = `payment_id AS "paymentId", kind, player_id AS "playerId", brand, amount_minor AS "amountMinor",
  currency, method, country, status, psp, requested_by AS "requestedBy", workflow_id AS "workflowId",
  approvals_needed AS "approvalsNeeded", escalated, failure_reason AS "failureReason",
  ${instrumentViewSql('instrument_id')} AS "instrument",
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"`;

/** What a player or officer asked for; the client key makes the request idempotent per player and kind. */
export interface NewPayment {
  paymentId: string;
  kind: PaymentKind;
  playerId: string;
  amountMinor: number;
  currency: string;
  method: PaymentMethod;
  country: string;
  clientKey: string;
  requestedBy: string;
  workflowId: string;
  status: string;
  /** The saved instrument a deposit pays from, or the one a withdrawal is to be paid to (else chosen by policy). */
  instrumentId?: string;
}

// The instrument counts only when named, so requests recorded before instruments existed keep their hash.
const requestHash = (p: NewPayment) =>
  createHash('sha256')
    .update(
      JSON.stringify([
        p.kind,
        p.playerId,
        p.amountMinor,
        p.currency,
        p.method,
        p.country,
        ...(p.instrumentId === undefined ? [] : [p.instrumentId]),
      ]),
    )
    .digest('hex');

/**
 * The instrument a new payment is recorded with: for a withdrawal its destination under the jurisdiction's
 * closed-loop policy, for a deposit the saved instrument it names (none: its PSP tokenises a new one). Throws the
 * refusal, so nothing is recorded and no saga starts.
 */
async function instrumentOfRequest(tx: DbClient, input: NewPayment, jurisdiction: string): Promise<string | null> {
  if (input.kind === 'WITHDRAWAL') {
    const closedLoop = policyFor(jurisdiction).closedLoopPayouts.value;
    return payoutInstrument(tx, { ...input, closedLoop });
  }
  return input.instrumentId === undefined
    ? null
    : depositInstrument(tx, { ...input, instrumentId: input.instrumentId });
}

/**
 * The transaction-level advisory lock a payment's recording holds until it commits or rolls back: its saga's first
 * activity (paymentRecorded) waits on it, so it sees the outcome of the request that started it.
 */
const PAYMENT_RECORDING_LOCK = 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))';

/**
 * Records a payment request once per (player, kind, client key): a repeat returns the first payment (`created`
 * false); the same key with different parameters is refused. The player's brand is copied for scoping.
 * `beforeCommit` runs inside the transaction once the payment is known (new or first): when it throws, nothing of
 * the request is kept (no row, no event, no audit entry) and its error is rethrown.
 */
export async function createPayment(
  db: Db,
  input: NewPayment,
  beforeCommit: (recorded: { payment: Payment; created: boolean }) => Promise<void> = async () => undefined,
): Promise<{ payment: Payment; created: boolean }> {
  return withTransaction(db, async (tx) => {
    const recorded = await recordPayment(tx, input);
    await beforeCommit(recorded);
    // Last, after beforeCommit (a saga's start may take seconds): the audit chain's head stays locked until COMMIT.
    if (recorded.created) {
      await auditWorkflowDecision(tx, {
        paymentId: input.paymentId,
        kind: input.kind,
        type: 'REQUESTED',
        actor: input.requestedBy,
        before: null,
        after: { status: input.status, amountMinor: input.amountMinor, currency: input.currency },
      });
    }
    return recorded;
  });
}

/**
 * Whether payment `paymentId` was recorded, once the request that records it has committed or rolled back: a saga
 * started by a request whose transaction then failed finds no row, and must do nothing. Waits at most `waitMs`
 * for that request's transaction (it holds PAYMENT_RECORDING_LOCK until it ends).
 */
export async function paymentRecorded(db: Db, paymentId: string, waitMs = 6_000): Promise<boolean> {
  return withTransaction(db, async (tx) => {
    await tx.query(`SELECT set_config('lock_timeout', $1, true)`, [`${waitMs}ms`]);
    await tx.query(PAYMENT_RECORDING_LOCK, [paymentId]);
    const { rowCount } = await tx.query('SELECT 1 FROM payments WHERE payment_id = $1', [paymentId]);
    return rowCount === 1;
  });
}

async function recordPayment(tx: DbClient, input: NewPayment): Promise<{ payment: Payment; created: boolean }> {
  const { rows: players } = await tx.query<{ brand: string; currency: string; jurisdiction: string }>(
    'SELECT brand, currency, jurisdiction FROM players WHERE player_id = $1',
    [input.playerId],
  );
  const player = players[0];
  if (!player) throw new PaymentRuleError(PaymentRuleType.UnknownPlayer, `no player ${input.playerId}`);
  if (player.currency !== input.currency) {
    throw new PaymentRuleError(
      PaymentRuleType.CurrencyMismatch,
      `player ${input.playerId} has a ${player.currency} wallet, not ${input.currency}`,
      { walletCurrency: player.currency, currency: input.currency },
    );
  }
  const hash = requestHash(input);
  const instrumentId = await instrumentOfRequest(tx, input, player.jurisdiction);
  await tx.query(PAYMENT_RECORDING_LOCK, [input.paymentId]);
  const inserted = await tx.query<Payment>(
    `INSERT INTO payments (payment_id, kind, player_id, brand, amount_minor, currency, method, country, status,
                           client_key, request_hash, requested_by, workflow_id, instrument_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (player_id, kind, client_key) DO NOTHING RETURNING ${paymentColumns}`,
    [
      input.paymentId,
      input.kind,
      input.playerId,
      player.brand,
      input.amountMinor,
      input.currency,
      input.method,
      input.country,
      input.status,
      input.clientKey,
      hash,
      input.requestedBy,
      input.workflowId,
      instrumentId,
    ],
  );
  if (inserted.rows[0]) {
    // After the insert, so a repeat of a request recorded before a KYC change still answers its first payment; a
    // refusal here rolls the new row back.
    const kycRefusal = await kycRefusalFor(tx, input.playerId, input.kind);
    if (kycRefusal) {
      throw new PaymentRuleError(kycRefusal, kycRefusalText[kycRefusal], { playerId: input.playerId });
    }
    const detail = { amountMinor: input.amountMinor, currency: input.currency };
    await tx.query(
      `INSERT INTO payment_events (payment_id, step_key, type, actor, detail) VALUES ($1, 'requested', 'REQUESTED', $2, $3)`,
      [input.paymentId, input.requestedBy, detail],
    );
    const payment = inserted.rows[0];
    await appendStatusChangedEvent(tx, { ...payment, instrumentId, previousStatus: null });
    return { payment, created: true };
  }
  const { rows } = await tx.query<Payment & { requestHash: string }>(
    `SELECT ${paymentColumns}, request_hash AS "requestHash" FROM payments
     WHERE player_id = $1 AND kind = $2 AND client_key = $3`,
    [input.playerId, input.kind, input.clientKey],
  );
  const { requestHash: firstHash, ...first } = rows[0]!;
  if (firstHash !== hash) {
    throw new PaymentRuleError(
      PaymentRuleType.IdempotencyKeyReused,
      `idempotency key ${input.clientKey} was first used for a different ${input.kind.toLowerCase()} (${first.paymentId})`,
      { paymentId: first.paymentId },
    );
  }
  return { payment: first, created: false };
}

/** One step of a payment's story: its new status (if any) and the event that explains it, recorded once by step key. */
export interface PaymentStep {
  paymentId: string;
  stepKey: string;
  type: string;
  actor: string;
  detail?: Record<string, unknown>;
  status?: string;
  psp?: string;
  failureReason?: string;
  approvalsNeeded?: number;
  escalated?: boolean;
}

/** The saga steps that are decisions (by an officer, a player, a PSP's final word or the saga's own rules): audited. */
const AUDITED_STEP_TYPES = new Set([
  'REQUESTED',
  'APPROVAL',
  'REJECTION',
  'AWAITING_SECOND_APPROVAL',
  'APPROVED',
  'PAID',
  'REJECTED',
  'CANCELLED',
  'FAILED',
  'NEEDS_ATTENTION',
  'CREDITED',
  'REFUNDED',
  'ESCALATED',
]);

/** A workflow decision as an audit entry, in the transaction that records the step (so exactly once per step). */
function auditWorkflowDecision(
  tx: DbClient,
  step: { paymentId: string; kind: string; type: string; actor: string; before: unknown; after: unknown },
) {
  return appendAuditEntry(tx, {
    actor: step.actor,
    action: `workflow.${step.type.toLowerCase()}`,
    entityType: step.kind === 'DEPOSIT' ? 'Deposit' : 'Withdrawal',
    entityId: step.paymentId,
    reason: (step.after as { reason?: string } | null)?.reason ?? null,
    before: step.before,
    after: step.after,
  });
}

/** What a payment status event says of its payment, as the statement that changed the status returns it. */
type StatusChangeFacts = Pick<
  Payment,
  'playerId' | 'brand' | 'country' | 'amountMinor' | 'currency' | 'method' | 'psp' | 'failureReason'
> & { instrumentId: string | null };

/**
 * Announces a payment's new status (its creation included) on `payments.deposits` or `payments.withdrawals`, in the
 * transaction that changes it: the AML monitor and other consumers see exactly the changes that committed. Callers
 * write it only for a step they recorded, so a retried step announces nothing twice.
 */
async function appendStatusChangedEvent(
  tx: DbClient,
  change: StatusChangeFacts & { kind: PaymentKind; paymentId: string; status: string; previousStatus: string | null },
): Promise<void> {
  const payload = {
    paymentId: change.paymentId,
    playerId: change.playerId,
    brand: change.brand,
    country: change.country,
    amountMinor: Number(change.amountMinor),
    currency: change.currency,
    method: change.method,
    instrumentId: change.instrumentId,
    psp: change.psp,
    failureReason: change.failureReason,
  };
  if (change.kind === 'DEPOSIT') {
    await appendOutboxEvent(tx, depositStatusChangedEvent, change.playerId, {
      ...payload,
      status: change.status as DepositStatus,
      previousStatus: change.previousStatus as DepositStatus | null,
    });
  } else {
    await appendOutboxEvent(tx, withdrawalStatusChangedEvent, change.playerId, {
      ...payload,
      status: change.status as WithdrawalStatus,
      previousStatus: change.previousStatus as WithdrawalStatus | null,
    });
  }
}

/** A step this call recorded (not an earlier try), with the timings the payment SLOs are measured from. */
export interface RecordedPaymentStep {
  kind: PaymentKind;
  psp: string | null;
  /** Officer approvals the withdrawal needs (0: approved automatically). */
  approvalsNeeded: number;
  /** From the payment's request to this step, on the database's clock. */
  secondsSinceRequest: number;
  /**
   * The approval wait, set only on the officer decision that settled a withdrawal's review (the last APPROVAL it
   * needs, or a REJECTION): from its AWAITING_APPROVAL step, when it first entered the officers' queue, to this
   * decision step. Null on every other step, so a withdrawal yields one sample, four-eyes or not.
   */
  approvalWaitSeconds: number | null;
}

/** The steps that record an officer's decision, written as the officer decides (before any compensation). */
const OFFICER_DECISION_STEP_TYPES = new Set(['APPROVAL', 'REJECTION']);

/**
 * The approval wait if the decision step just recorded settled the review, else null. Runs after the payment row
 * is locked, so a concurrent decision on the same withdrawal has committed before this statement reads (each
 * statement sees what was committed when it began): of two officers deciding at once only the later sees both,
 * and exactly one decision settles. The Operations page's SQL (domain/ops/slo-repository.ts approvalWait)
 * measures the same span.
 */
async function approvalWaitIfSettled(
  tx: DbClient,
  decision: Pick<PaymentStep, 'paymentId' | 'stepKey' | 'type'>,
  approvalsNeeded: number,
): Promise<number | null> {
  const { rows } = await tx.query<{ seconds: number | null; approvals: number; rejections: number }>(
    `SELECT extract(epoch FROM max(at) FILTER (WHERE step_key = $2)
                               - min(at) FILTER (WHERE type = 'AWAITING_APPROVAL'))::FLOAT8 AS seconds,
            count(*) FILTER (WHERE type = 'APPROVAL')::INT AS approvals,
            count(*) FILTER (WHERE type = 'REJECTION')::INT AS rejections
     FROM payment_events WHERE payment_id = $1`,
    [decision.paymentId, decision.stepKey],
  );
  const { seconds, approvals, rejections } = rows[0]!;
  const settled =
    decision.type === 'REJECTION'
      ? rejections === 1 && approvals < approvalsNeeded
      : rejections === 0 && approvals === approvalsNeeded;
  return settled && approvalsNeeded > 0 ? seconds : null;
}

/**
 * Keeps the read model current: updates the payment and appends the step to its timeline, once per step key.
 * Returns the step when this call recorded it, undefined when an earlier try already had.
 */
export async function recordPaymentStep(db: Db, step: PaymentStep): Promise<RecordedPaymentStep | undefined> {
  return withTransaction(db, async (tx) => {
    const { rowCount } = await tx.query(
      `INSERT INTO payment_events (payment_id, step_key, type, actor, detail) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (payment_id, step_key) DO NOTHING`,
      [step.paymentId, step.stepKey, step.type, step.actor, step.detail ?? {}],
    );
    if (rowCount === 0) return undefined; // a retried activity: this step is already recorded
    const { rows } = await tx.query<
      Omit<RecordedPaymentStep, 'approvalWaitSeconds'> & { before: string; after: string } & StatusChangeFacts
    >(
      `UPDATE payments p SET status = COALESCE($2, p.status), psp = COALESCE($3, p.psp),
              failure_reason = COALESCE($4, p.failure_reason), approvals_needed = COALESCE($5, p.approvals_needed),
              escalated = COALESCE($6, p.escalated), updated_at = now()
       FROM (SELECT payment_id, status FROM payments WHERE payment_id = $1 FOR UPDATE) old
       WHERE p.payment_id = old.payment_id
       RETURNING p.kind, old.status AS before, p.status AS after, p.psp, p.approvals_needed AS "approvalsNeeded",
         EXTRACT(EPOCH FROM clock_timestamp() - p.created_at)::FLOAT8 AS "secondsSinceRequest",
         p.player_id AS "playerId", p.brand, p.country, p.amount_minor AS "amountMinor", p.currency, p.method,
         p.instrument_id AS "instrumentId", p.failure_reason AS "failureReason"`,
      [
        step.paymentId,
        step.status ?? null,
        step.psp ?? null,
        step.failureReason ?? null,
        step.approvalsNeeded ?? null,
        step.escalated ?? null,
      ],
    );
    const payment = rows[0];
    if (payment && payment.after !== payment.before) {
      await appendStatusChangedEvent(tx, {
        ...payment,
        paymentId: step.paymentId,
        status: payment.after,
        previousStatus: payment.before,
      });
    }
    if (payment && AUDITED_STEP_TYPES.has(step.type)) {
      await auditWorkflowDecision(tx, {
        paymentId: step.paymentId,
        kind: payment.kind,
        type: step.type,
        actor: step.actor,
        before: { status: payment.before },
        after: { status: payment.after, ...step.detail },
      });
    }
    return (
      payment && {
        kind: payment.kind,
        psp: payment.psp,
        approvalsNeeded: payment.approvalsNeeded,
        secondsSinceRequest: payment.secondsSinceRequest,
        approvalWaitSeconds:
          payment.kind === 'WITHDRAWAL' && OFFICER_DECISION_STEP_TYPES.has(step.type)
            ? await approvalWaitIfSettled(tx, step, payment.approvalsNeeded)
            : null,
      }
    );
  });
}

/**
 * Records that an attempt is about to be sent (idempotent by attempt id, so a retried activity reuses the row) and
 * answers whether it may go. A new payout of a player under an AML hold is not recorded and may not go: the hold
 * is asked with the player's row locked (as placeAmlHold locks it), so a hold placed after the saga's AML gate
 * still stops the payout. An attempt already recorded goes on: its order may have reached the PSP already.
 */
export async function recordAttemptSent(
  db: Db,
  attempt: {
    attemptId: string;
    paymentId: string;
    playerId: string;
    seq: number;
    psp: string;
    operation: 'DEPOSIT' | 'PAYOUT' | 'REFUND';
  },
): Promise<{ heldByAmlCase?: string }> {
  const insert = (tx: Queryable) =>
    tx.query(
      `INSERT INTO payment_attempts (attempt_id, payment_id, seq, psp, operation, status)
       VALUES ($1, $2, $3, $4, $5, 'SENT') ON CONFLICT (attempt_id) DO NOTHING`,
      [attempt.attemptId, attempt.paymentId, attempt.seq, attempt.psp, attempt.operation],
    );
  if (attempt.operation !== 'PAYOUT') {
    await insert(db);
    return {};
  }
  return withTransaction(db, async (tx) => {
    await tx.query('SELECT 1 FROM players WHERE player_id = $1 FOR SHARE', [attempt.playerId]);
    const { rowCount } = await tx.query('SELECT 1 FROM payment_attempts WHERE attempt_id = $1', [attempt.attemptId]);
    if (!rowCount) {
      const hold = await activeAmlHoldOf(tx, attempt.playerId);
      if (hold) return { heldByAmlCase: hold.caseId };
    }
    await insert(tx);
    return {};
  });
}

const attemptStatusOf: Record<PspOutcomeClass, string> = {
  SUCCESS: 'SUCCEEDED',
  PENDING: 'PENDING',
  HARD_DECLINE: 'DECLINED',
  SOFT_DECLINE: 'DECLINED',
  TIMEOUT: 'TIMEOUT',
  OUTAGE: 'OUTAGE',
};

/** Records what the PSP answered for an attempt (a later final answer overwrites PENDING). */
export async function recordAttemptOutcome(
  db: Queryable,
  attemptId: string,
  answer: { outcome: PspOutcomeClass; code?: string; pspReference?: string; latencyMs?: number },
): Promise<void> {
  await db.query(
    `UPDATE payment_attempts
        SET status = $2, outcome_class = $3, psp_code = COALESCE($4, psp_code),
            psp_reference = COALESCE($5, psp_reference), latency_ms = COALESCE(latency_ms, $6),
            finished_at = CASE WHEN $3 = 'PENDING' THEN NULL ELSE now() END
      WHERE attempt_id = $1 AND (status IN ('SENT', 'PENDING'))`,
    [
      attemptId,
      attemptStatusOf[answer.outcome],
      answer.outcome,
      answer.code ?? null,
      answer.pspReference ?? null,
      answer.latencyMs ?? null,
    ],
  );
}

/** What is already known of an attempt's outcome: a final one recorded by an earlier try or a webhook, if any. */
export async function findFinalAttemptOutcome(
  db: Queryable,
  attemptId: string,
): Promise<{ outcome: PspOutcomeClass; code?: string; pspReference?: string; latencyMs: number } | undefined> {
  const { rows } = await db.query<{
    outcome: PspOutcomeClass;
    code: string | null;
    pspReference: string | null;
    latencyMs: number | null;
  }>(
    `SELECT outcome_class AS outcome, psp_code AS code, psp_reference AS "pspReference", latency_ms AS "latencyMs"
     FROM payment_attempts WHERE attempt_id = $1 AND status IN ('SUCCEEDED', 'DECLINED')`,
    [attemptId],
  );
  const row = rows[0];
  return (
    row && {
      outcome: row.outcome,
      code: row.code ?? undefined,
      pspReference: row.pspReference ?? undefined,
      latencyMs: row.latencyMs ?? 0,
    }
  );
}

/** The payment and workflow an attempt belongs to, for routing a PSP webhook; undefined if the reference is not ours. */
export async function findAttempt(
  db: Queryable,
  attemptId: string,
): Promise<{ paymentId: string; kind: PaymentKind; workflowId: string; psp: string } | undefined> {
  const { rows } = await db.query<{ paymentId: string; kind: PaymentKind; workflowId: string; psp: string }>(
    `SELECT p.payment_id AS "paymentId", p.kind, p.workflow_id AS "workflowId", a.psp
     FROM payment_attempts a JOIN payments p USING (payment_id) WHERE a.attempt_id = $1`,
    [attemptId],
  );
  return rows[0];
}

/** Stores a webhook by the PSP's event id; false when this event was already received (a duplicate delivery). */
export async function recordWebhookOnce(
  db: Queryable,
  webhook: { psp: string; eventId: string; attemptId: string; payload: unknown },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO psp_webhook_events (psp, event_id, attempt_id, payload) VALUES ($1, $2, $3, $4)
     ON CONFLICT (psp, event_id) DO NOTHING`,
    [webhook.psp, webhook.eventId, webhook.attemptId, JSON.stringify(webhook.payload)],
  );
  return rowCount === 1;
}

/** Records an officer's decision; the primary key refuses a second decision by the same officer. */
export async function recordDecision(
  db: Queryable,
  decision: { paymentId: string; staffId: string; decision: 'APPROVE' | 'REJECT'; role: string; reason?: string },
): Promise<void> {
  await db.query(
    `INSERT INTO payment_decisions (payment_id, staff_id, decision, role, reason) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (payment_id, staff_id) DO NOTHING`,
    [decision.paymentId, decision.staffId, decision.decision, decision.role, decision.reason ?? null],
  );
}

/** Filters of the back-office payment lists; all optional, combined with AND. */
export interface PaymentFilter {
  kind?: PaymentKind;
  status?: string[];
  playerId?: string;
  psp?: string;
  brand?: string;
  createdFrom?: Date;
  createdTo?: Date;
  order: 'oldest' | 'newest';
  limit: number;
  offset: number;
}

/** A page of payments matching `filter`, with the total count for paging. */
export async function listPayments(db: Queryable, filter: PaymentFilter): Promise<{ items: Payment[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.kind) add('kind = ?', filter.kind);
  if (filter.status?.length) add('status = ANY(?)', filter.status);
  if (filter.playerId) add('player_id = ?', filter.playerId);
  if (filter.psp) add('psp = ?', filter.psp);
  if (filter.brand) add('brand = ?', filter.brand);
  if (filter.createdFrom) add('created_at >= ?', filter.createdFrom);
  if (filter.createdTo) add('created_at < ?', filter.createdTo);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const { rows } = await db.query<Payment & { total: number }>(
    `SELECT ${paymentColumns}, count(*) OVER ()::INT AS total FROM payments ${whereSql}
     ORDER BY created_at ${filter.order === 'oldest' ? 'ASC' : 'DESC'}, payment_id
     LIMIT ${filter.limit} OFFSET ${filter.offset}`,
    params,
  );
  return { items: rows.map(({ total: _total, ...payment }) => payment), total: rows[0]?.total ?? 0 };
}

/**
 * One payment with its whole story: timeline, PSP attempts, decisions and ledger transactions. Staff appear by id
 * and by display name (`requestedByName`, `actorName`, `staffName`: null where the id is a player or 'system').
 */
export async function getPaymentDetail(db: Queryable, paymentId: string) {
  const { rows } = await db.query<
    Payment & {
      requestedByName: string | null;
      assignee: string | null;
      assigneeName: string | null;
      assignedAt: string | null;
    }
  >(
    `SELECT ${paymentColumns},
            (SELECT s.display_name FROM staff_users s WHERE s.staff_id = payments.requested_by) AS "requestedByName",
            assignee, (SELECT s.display_name FROM staff_users s WHERE s.staff_id = payments.assignee) AS "assigneeName",
            to_char(assigned_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "assignedAt"
     FROM payments WHERE payment_id = $1`,
    [paymentId],
  );
  const payment = rows[0];
  if (!payment) return undefined;
  const [timeline, attempts, decisions, ledger] = await Promise.all([
    db.query(
      `SELECT e.type, e.actor, s.display_name AS "actorName", e.detail,
              to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
       FROM payment_events e LEFT JOIN staff_users s ON s.staff_id = e.actor
       WHERE e.payment_id = $1 ORDER BY e.event_id`,
      [paymentId],
    ),
    db.query(
      `SELECT attempt_id AS "attemptId", seq, psp, operation, status, outcome_class AS "outcome", psp_code AS "code",
              psp_reference AS "pspReference", latency_ms AS "latencyMs", started_at AS "startedAt",
              finished_at AS "finishedAt"
       FROM payment_attempts WHERE payment_id = $1 ORDER BY seq`,
      [paymentId],
    ),
    db.query(
      `SELECT d.staff_id AS "staffId", s.display_name AS "staffName", d.decision, d.role, d.reason, d.at
       FROM payment_decisions d LEFT JOIN staff_users s ON s.staff_id = d.staff_id
       WHERE d.payment_id = $1 ORDER BY d.at`,
      [paymentId],
    ),
    db.query(
      `SELECT transaction_id AS "transactionId", idempotency_key AS "idempotencyKey", kind, created_at AS "createdAt"
       FROM ledger_transactions
       WHERE idempotency_key LIKE $1 || ':%' OR transaction_id IN (
         SELECT unnest(ARRAY[reserve_tx_id, settle_tx_id]) FROM ledger_reservations WHERE reservation_id = $2)
       ORDER BY transaction_id`,
      [`${payment.kind === 'DEPOSIT' ? 'deposit' : 'withdrawal'}:${paymentId}`, paymentId],
    ),
  ]);
  return {
    ...payment,
    timeline: timeline.rows,
    attempts: attempts.rows,
    decisions: decisions.rows,
    ledger: ledger.rows,
  };
}
