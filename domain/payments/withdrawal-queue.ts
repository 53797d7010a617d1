import { AWAITING_DECISION_STATUSES } from '../../contracts/payments';
import { defineAbilitiesFor, type WithdrawalSubject } from '../admin/abilities';
import type { StaffRole } from '../../contracts/admin';
import { paymentColumns, type Payment } from './payments-repository';
import type { DueDiligenceLevel, KycStatus } from '../../contracts/kyc';
import { appendAuditEntry, type AuditEntryInput } from '../admin/audit-log';
import { tagsOfPlayers } from '../players/player-notes';
import { withTransaction, type Db, type Queryable } from '../../platform/db';

/** What a decision on a withdrawal depends on, from the read model: who decided already, whether the next must be senior. */
export interface WithdrawalDecisionFacts {
  payment: Payment;
  decidedBy: string[];
  /** Four-eyes: two approvals needed, one of them senior. */
  fourEyes: boolean;
  /** Escalated past its SLA, or the last approval of a four-eyes withdrawal that no senior has approved yet. */
  seniorRequiredForNext: boolean;
}

// The same rule the saga's Update validators apply; four-eyes is the only policy that requires a senior, so
// approvals_needed = 2 tells it (the read model does not store the flag itself).
const decisionFactsSql = `
  COALESCE(d.decided_by, '{}') AS "decidedBy",
  (w._needed >= 2) AS "fourEyes",
  (w.escalated OR (w._needed >= 2 AND COALESCE(d.approvals, 0) + 1 >= w._needed
                   AND NOT COALESCE(d.senior_approved, false))) AS "seniorRequiredForNext"`;
// Ordered by time then id in both arrays, so decided_by_names[i] is always the name of decided_by[i].
const decisionsJoin = `
  LEFT JOIN LATERAL (
    SELECT array_agg(pd.staff_id ORDER BY pd.at, pd.staff_id) AS decided_by,
           array_agg(COALESCE(s.display_name, pd.staff_id) ORDER BY pd.at, pd.staff_id) AS decided_by_names,
           count(*) FILTER (WHERE pd.decision = 'APPROVE') AS approvals,
           bool_or(pd.decision = 'APPROVE' AND pd.role = 'senior_compliance') AS senior_approved
    FROM payment_decisions pd LEFT JOIN staff_users s ON s.staff_id = pd.staff_id
    WHERE pd.payment_id = w._id) d ON true`;

const isoTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Drops the query's internal columns (named with a leading underscore) from a row. */
function withoutInternals<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !key.startsWith('_'))) as T;
}

/** The decision facts of one withdrawal; undefined when there is no such withdrawal. */
export async function getWithdrawalDecisionFacts(
  db: Queryable,
  paymentId: string,
): Promise<WithdrawalDecisionFacts | undefined> {
  const { rows } = await db.query<Payment & Omit<WithdrawalDecisionFacts, 'payment'>>(
    `SELECT w.*, ${decisionFactsSql}
     FROM (SELECT ${paymentColumns}, payment_id AS _id, approvals_needed AS _needed FROM payments
           WHERE payment_id = $1 AND kind = 'WITHDRAWAL') w ${decisionsJoin}`,
    [paymentId],
  );
  const row = rows[0];
  if (!row) return undefined;
  const { decidedBy, fourEyes, seniorRequiredForNext, ...payment } = withoutInternals(row);
  return { payment, decidedBy, fourEyes, seniorRequiredForNext };
}

/** The CASL subject of a decision on this withdrawal. */
export const withdrawalSubjectOf = (facts: WithdrawalDecisionFacts): WithdrawalSubject => ({
  __typename: 'Withdrawal',
  requestedBy: facts.payment.requestedBy,
  decidedBy: facts.decidedBy,
  seniorRequiredForNext: facts.seniorRequiredForNext,
});

/** The player facts an officer weighs next to a withdrawal. */
export interface WithdrawalRiskContext {
  /** The player's identity verification (NOT_STARTED without a KYC record). */
  kycStatus: KycStatus;
  /** The due diligence level the player needs (SDD, CDD, EDD). */
  kycRequiredLevel: DueDiligenceLevel;
  /** Why the player's money movements are restricted (overdue source-of-funds evidence), or null. */
  kycRestriction: string | null;
  /** Always empty until the AML domain lands and raises flags. */
  amlFlags: string[];
  /** The player's status, as responsible gambling and blocks set it. */
  rgStatus: string;
  /** Credited deposits minus paid and pending withdrawals (this one excluded), as the risk decision counts them. */
  netDepositsMinor: number;
  depositsCount: number;
  withdrawalsCount: number;
  bonusBalanceMinor: number;
  riskLevel: string | null;
  riskReasons: string[] | null;
}

/** A withdrawal in the approval queue. */
export interface QueuedWithdrawal extends Payment {
  /** The officer working it (claimed, or assigned by another), or null while nobody is. */
  assignee: string | null;
  assigneeName: string | null;
  assignedAt: string | null;
  /** The tags staff gave the player (player notes), for the row's badges. */
  playerTags: string[];
  slaDueAt: string;
  decidedBy: string[];
  /** The display names of `decidedBy`, in the same order. */
  decidedByNames: string[];
  /** The display name of the staff member who raised it; null when the player did. */
  requestedByName: string | null;
  seniorRequiredForNext: boolean;
  fourEyes: boolean;
  risk: WithdrawalRiskContext;
}

/** The whole queue at a glance (whatever the page or search): what waits, for two officers, past its SLA. */
export interface WithdrawalQueueSummary {
  awaiting: number;
  awaitingSecondApproval: number;
  fourEyes: number;
  pastSla: number;
}

/** One page of the approval queue, the number of withdrawals the search matches, and the queue's summary. */
export interface WithdrawalQueuePage {
  items: QueuedWithdrawal[];
  total: number;
  summary: WithdrawalQueueSummary;
}

/** Whose withdrawals a queue page shows: everyone's, the asking officer's, or those nobody works yet. */
export type AssigneeScope = 'all' | 'mine' | 'unassigned';

/** The orders the queue can be sorted in; `createdAt` is the order its SLA is measured in. */
export const WITHDRAWAL_QUEUE_SORTS = ['createdAt', 'amount', 'assignee'] as const;
export type WithdrawalQueueSort = (typeof WITHDRAWAL_QUEUE_SORTS)[number];

/** What narrows and orders a page of the approval queue; every filter is optional and they combine with AND. */
export interface WithdrawalQueueOptions {
  approvalSlaMs: number;
  limit: number;
  offset: number;
  /** Keeps those whose withdrawal or player id contains it. */
  search?: string;
  assignee?: AssigneeScope;
  /** The asking officer, whom `assignee: 'mine'` means. */
  staffId?: string;
  status?: readonly string[];
  currency?: string;
  /** Keeps those whose player has this tag. */
  playerTag?: string;
  sort?: WithdrawalQueueSort;
  order?: 'asc' | 'desc';
}

const sortColumns: Record<WithdrawalQueueSort, string> = {
  createdAt: 'created_at',
  amount: 'amount_minor',
  assignee: 'assignee',
};

/**
 * The WHERE clause of the queue's filters over `payments` (status first: the partial indexes are on it), and its
 * parameters, numbered from `first`.
 */
function queueFilter(options: WithdrawalQueueOptions, first: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const where: string[] = ["kind = 'WITHDRAWAL'"];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${first + params.length - 1}`));
  };
  const statuses = options.status?.length
    ? AWAITING_DECISION_STATUSES.filter((s) => options.status!.includes(s))
    : AWAITING_DECISION_STATUSES;
  add('status = ANY(?)', [...statuses]);
  if (options.search) add('(payment_id ILIKE ? OR player_id ILIKE ?)', `%${options.search}%`);
  if (options.assignee === 'mine') add('assignee = ?', options.staffId ?? '');
  if (options.assignee === 'unassigned') where.push('assignee IS NULL');
  if (options.currency) add('currency = ?', options.currency);
  if (options.playerTag) {
    add('player_id IN (SELECT n.player_id FROM player_notes n WHERE ? = ANY(n.tags))', options.playerTag);
  }
  return { sql: where.join(' AND '), params };
}

/**
 * A page of the withdrawals awaiting a first or second decision, oldest first by default (the order the SLA is
 * measured in), with what an officer needs to decide them, filtered and sorted on the server; the summary is of
 * the whole queue, whatever the filters.
 */
export async function listWithdrawalQueue(
  db: Queryable,
  options: WithdrawalQueueOptions,
): Promise<WithdrawalQueuePage> {
  const filter = queueFilter(options, 3);
  const { rows: counts } = await db.query<WithdrawalQueueSummary & { total: number }>(
    `SELECT count(*) FILTER (WHERE ${filter.sql})::INT AS total,
            count(*)::INT AS awaiting,
            count(*) FILTER (WHERE status = 'AWAITING_SECOND_APPROVAL')::INT AS "awaitingSecondApproval",
            count(*) FILTER (WHERE approvals_needed >= 2)::INT AS "fourEyes",
            count(*) FILTER (WHERE created_at + make_interval(secs => $1) <= now())::INT AS "pastSla"
     FROM payments WHERE kind = 'WITHDRAWAL' AND status = ANY($2)`,
    [options.approvalSlaMs / 1000, [...AWAITING_DECISION_STATUSES], ...filter.params],
  );
  const { total, ...summary } = counts[0]!;
  return { items: await queuePage(db, options), total, summary };
}

async function queuePage(db: Queryable, options: WithdrawalQueueOptions): Promise<QueuedWithdrawal[]> {
  const filter = queueFilter(options, 4);
  const direction = options.order === 'desc' ? 'DESC' : 'ASC';
  // NULLS LAST either way: sorting by assignee puts the unworked ones after the worked ones.
  const orderBy = `${sortColumns[options.sort ?? 'createdAt']} ${direction} NULLS LAST, created_at ${direction}, payment_id ${direction}`;
  const { rows } = await db.query<
    Omit<QueuedWithdrawal, 'risk' | 'playerTags'> & Omit<WithdrawalRiskContext, 'amlFlags'>
  >(
    `SELECT w.*, ${decisionFactsSql},
            asg.display_name AS "assigneeName",
            COALESCE(d.decided_by_names, '{}') AS "decidedByNames", rq.display_name AS "requestedByName",
            to_char((w._created + make_interval(secs => $1)) AT TIME ZONE 'UTC',
                    'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "slaDueAt",
            pl.status AS "rgStatus",
            COALESCE(k.status, 'NOT_STARTED') AS "kycStatus", COALESCE(k.required_level, 'SDD') AS "kycRequiredLevel",
            k.restriction_reason AS "kycRestriction",
            (m.deposited - m.withdrawn)::BIGINT AS "netDepositsMinor",
            m.deposits::INT AS "depositsCount", m.withdrawals::INT AS "withdrawalsCount",
            COALESCE(b.balance_minor, 0) AS "bonusBalanceMinor",
            r.risk->>'level' AS "riskLevel",
            ARRAY(SELECT jsonb_array_elements_text(COALESCE(r.risk->'reasons', '[]'))) AS "riskReasons"
     FROM (SELECT ${paymentColumns}, payment_id AS _id, approvals_needed AS _needed, created_at AS _created,
                  assignee, ${isoTime('assigned_at')} AS "assignedAt", row_number() OVER (ORDER BY ${orderBy}) AS _rank
           FROM payments WHERE ${filter.sql}
           ORDER BY ${orderBy} LIMIT $2 OFFSET $3) w
     ${decisionsJoin}
     LEFT JOIN staff_users rq ON rq.staff_id = w."requestedBy"
     LEFT JOIN staff_users asg ON asg.staff_id = w.assignee
     JOIN players pl ON pl.player_id = w."playerId"
     LEFT JOIN player_kyc k ON k.player_id = w."playerId"
     LEFT JOIN ledger_accounts b ON b.player_id = w."playerId" AND b.kind = 'PLAYER_BONUS' AND b.currency = w.currency
     LEFT JOIN LATERAL (
       SELECT detail->'risk' AS risk FROM payment_events
       WHERE payment_id = w._id AND detail ? 'risk' ORDER BY event_id DESC LIMIT 1) r ON true
     LEFT JOIN LATERAL (
       SELECT COALESCE(sum(amount_minor) FILTER (WHERE kind = 'DEPOSIT' AND status = 'CREDITED'), 0) AS deposited,
              COALESCE(sum(amount_minor) FILTER (
                WHERE kind = 'WITHDRAWAL' AND payment_id <> w._id
                  AND status NOT IN ('REJECTED', 'CANCELLED', 'REFUSED', 'FAILED')), 0) AS withdrawn,
              count(*) FILTER (WHERE kind = 'DEPOSIT' AND status = 'CREDITED') AS deposits,
              count(*) FILTER (WHERE kind = 'WITHDRAWAL' AND status = 'PAID') AS withdrawals
       FROM payments WHERE player_id = w."playerId") m ON true
     ORDER BY w._rank`,
    [options.approvalSlaMs / 1000, options.limit, options.offset, ...filter.params],
  );
  const tags = await tagsOfPlayers(db, [...new Set(rows.map((row) => row.playerId))]);
  return rows.map((row) => {
    const {
      kycStatus,
      kycRequiredLevel,
      kycRestriction,
      rgStatus,
      netDepositsMinor,
      depositsCount,
      withdrawalsCount,
      bonusBalanceMinor,
      riskLevel,
      riskReasons,
      ...withdrawal
    } = withoutInternals(row);
    return {
      ...withdrawal,
      playerTags: tags.get(withdrawal.playerId) ?? [],
      risk: {
        kycStatus,
        kycRequiredLevel,
        kycRestriction,
        amlFlags: [], // until the AML issue lands
        rgStatus,
        netDepositsMinor,
        depositsCount,
        withdrawalsCount,
        bonusBalanceMinor,
        riskLevel,
        riskReasons: riskLevel ? riskReasons : null,
      },
    };
  });
}

/** Why a claim or an assignment of a withdrawal is refused. */
export const WithdrawalAssignmentRefusal = {
  /** It is decided (or not yet in the approval queue): nobody works it any more. */
  NOT_AWAITING_DECISION: 'WITHDRAWAL_NOT_AWAITING_DECISION',
  /** Another officer has claimed it: taking it over is an explicit assignment. */
  CLAIMED_BY_ANOTHER: 'WITHDRAWAL_CLAIMED_BY_ANOTHER',
  /** The staff member it is assigned to may not decide withdrawals (or is unknown or disabled). */
  ASSIGNEE_CANNOT_DECIDE: 'ASSIGNEE_CANNOT_DECIDE_WITHDRAWALS',
} as const;
export type WithdrawalAssignmentRefusal =
  (typeof WithdrawalAssignmentRefusal)[keyof typeof WithdrawalAssignmentRefusal];

/** Thrown when a withdrawal cannot be claimed by or assigned to an officer; `code` says why. */
export class WithdrawalAssignmentError extends Error {
  constructor(
    readonly code: WithdrawalAssignmentRefusal,
    message: string,
    readonly assignee: string | null = null,
  ) {
    super(message);
    this.name = 'WithdrawalAssignmentError';
  }
}

/** Who works a withdrawal of the queue now. */
export interface WithdrawalAssignment {
  paymentId: string;
  assignee: string | null;
  assigneeName: string | null;
  assignedAt: string | null;
}

/**
 * Claims a withdrawal of the approval queue for `actor` (`claim`: refused while another officer has it), or
 * assigns it to `assignee` (any officer who may decide withdrawals; null: back to nobody), with its audit entry in
 * the same transaction. Working a withdrawal is not deciding it: the decision rules (four eyes, maker ≠ checker)
 * stay the saga's. A repeat that changes nothing is answered as is and audited once. Undefined: no such withdrawal.
 */
export async function assignWithdrawal(
  db: Db,
  request: { paymentId: string; assignee: string | null; claim: boolean },
  audit: Omit<AuditEntryInput, 'action' | 'entityType' | 'entityId' | 'before' | 'after'>,
): Promise<WithdrawalAssignment | undefined> {
  return withTransaction(db, async (tx) => {
    const { rows } = await tx.query<{ status: string; assignee: string | null }>(
      `SELECT status, assignee FROM payments WHERE payment_id = $1 AND kind = 'WITHDRAWAL' FOR UPDATE`,
      [request.paymentId],
    );
    const current = rows[0];
    if (!current) return undefined;
    if (!(AWAITING_DECISION_STATUSES as readonly string[]).includes(current.status)) {
      throw new WithdrawalAssignmentError(
        WithdrawalAssignmentRefusal.NOT_AWAITING_DECISION,
        `withdrawal ${request.paymentId} is ${current.status}: only a withdrawal awaiting a decision is worked`,
      );
    }
    if (request.claim && current.assignee !== null && current.assignee !== request.assignee) {
      throw new WithdrawalAssignmentError(
        WithdrawalAssignmentRefusal.CLAIMED_BY_ANOTHER,
        `withdrawal ${request.paymentId} is claimed by ${current.assignee}: assign it to take it over`,
        current.assignee,
      );
    }
    if (request.assignee !== null && !(await mayDecideWithdrawals(tx, request.assignee))) {
      throw new WithdrawalAssignmentError(
        WithdrawalAssignmentRefusal.ASSIGNEE_CANNOT_DECIDE,
        `${request.assignee} is not an active officer who may decide withdrawals`,
      );
    }
    if (current.assignee !== request.assignee) {
      await tx.query(
        `UPDATE payments SET assignee = $2, assigned_at = CASE WHEN $2::TEXT IS NULL THEN NULL ELSE now() END
         WHERE payment_id = $1`,
        [request.paymentId, request.assignee],
      );
      await appendAuditEntry(tx, {
        ...audit,
        action: request.claim ? 'withdrawal.claim' : 'withdrawal.assign',
        entityType: 'Withdrawal',
        entityId: request.paymentId,
        before: { assignee: current.assignee },
        after: { assignee: request.assignee },
      });
    }
    const { rows: assigned } = await tx.query<WithdrawalAssignment>(
      `SELECT p.payment_id AS "paymentId", p.assignee, s.display_name AS "assigneeName",
              ${isoTime('p.assigned_at')} AS "assignedAt"
       FROM payments p LEFT JOIN staff_users s ON s.staff_id = p.assignee WHERE p.payment_id = $1`,
      [request.paymentId],
    );
    return assigned[0]!;
  });
}

/** Whether `staffId` is an active staff member whose roles may decide withdrawals. */
async function mayDecideWithdrawals(db: Queryable, staffId: string): Promise<boolean> {
  const { rows } = await db.query<{ roles: StaffRole[] }>(
    'SELECT roles FROM staff_users WHERE staff_id = $1 AND NOT disabled',
    [staffId],
  );
  const staff = rows[0];
  return staff !== undefined && defineAbilitiesFor({ staffId, roles: staff.roles }).can('approve', 'Withdrawal');
}
