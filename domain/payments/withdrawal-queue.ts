import { AWAITING_DECISION_STATUSES } from '../../contracts/payments';
import type { WithdrawalSubject } from '../admin/abilities';
import type { Queryable } from '../../platform/db';
import { paymentColumns, type Payment } from './payments-repository';
import type { DueDiligenceLevel, KycStatus } from '../../contracts/kyc';

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

/**
 * A page of the withdrawals awaiting a first or second decision, oldest first (the order the SLA is measured
 * in), with what an officer needs to decide them; `search` keeps those whose withdrawal or player id contains it.
 */
export async function listWithdrawalQueue(
  db: Queryable,
  options: { approvalSlaMs: number; limit: number; offset: number; search?: string },
): Promise<WithdrawalQueuePage> {
  const search = options.search ? `%${options.search}%` : null;
  const matches = `($2::TEXT IS NULL OR payment_id ILIKE $2 OR player_id ILIKE $2)`;
  const { rows: counts } = await db.query<WithdrawalQueueSummary & { total: number }>(
    `SELECT count(*) FILTER (WHERE ${matches})::INT AS total,
            count(*)::INT AS awaiting,
            count(*) FILTER (WHERE status = 'AWAITING_SECOND_APPROVAL')::INT AS "awaitingSecondApproval",
            count(*) FILTER (WHERE approvals_needed >= 2)::INT AS "fourEyes",
            count(*) FILTER (WHERE created_at + make_interval(secs => $1) <= now())::INT AS "pastSla"
     FROM payments WHERE kind = 'WITHDRAWAL' AND status = ANY($3)`,
    [options.approvalSlaMs / 1000, search, [...AWAITING_DECISION_STATUSES]],
  );
  const { total, ...summary } = counts[0]!;
  return { items: await queuePage(db, options, search), total, summary };
}

async function queuePage(
  db: Queryable,
  options: { approvalSlaMs: number; limit: number; offset: number },
  search: string | null,
): Promise<QueuedWithdrawal[]> {
  const { rows } = await db.query<Omit<QueuedWithdrawal, 'risk'> & Omit<WithdrawalRiskContext, 'amlFlags'>>(
    `SELECT w.*, ${decisionFactsSql},
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
     FROM (SELECT ${paymentColumns}, payment_id AS _id, approvals_needed AS _needed, created_at AS _created
           FROM payments WHERE kind = 'WITHDRAWAL' AND status = ANY($2)
             AND ($4::TEXT IS NULL OR payment_id ILIKE $4 OR player_id ILIKE $4)
           ORDER BY created_at, payment_id LIMIT $3 OFFSET $5) w
     ${decisionsJoin}
     LEFT JOIN staff_users rq ON rq.staff_id = w."requestedBy"
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
     ORDER BY w._created, w._id`,
    [options.approvalSlaMs / 1000, [...AWAITING_DECISION_STATUSES], options.limit, search, options.offset],
  );
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
