import type { Queryable } from '../../platform/db';
import type { AmlCaseStatus, AmlSeverity } from '../../contracts/aml';
import type { DueDiligenceLevel, KycStatus } from '../../contracts/kyc';
import type { PaymentInstrumentKind } from '../../contracts/payments';
import type { Currency } from '../../contracts/wallet';
import { maskName, type PersonalDataVault } from '../wallet/player-personal-data';
import type { PlayerStatus } from '../wallet/players';
import { instrumentViewSql } from '../payments/payment-instruments';
import { linkedPlayersOf, type LinkedPlayer } from './linked-players';

// What an officer needs beside a decision on a player (a withdrawal, a KYC review, an AML case), read in one go:
// the money (from the payments read model and the ledger), the links to other players, the open AML work, the KYC
// and screening state, and every earlier decision with its reason. Names are masked as the player 360 masks them;
// instruments carry their display data only.

/** How many of the player's latest payments and earlier decisions the context lists. */
const LATEST = 50;

/** A deposit or withdrawal with the display data of its instrument. */
export interface ContextPayment {
  paymentId: string;
  kind: 'DEPOSIT' | 'WITHDRAWAL';
  status: string;
  amountMinor: number;
  currency: Currency;
  psp: string | null;
  failureReason: string | null;
  instrument: { instrumentId: string; kind: PaymentInstrumentKind; label: string } | null;
  createdAt: string;
}

/**
 * The player's money in one currency, from the ledger. Bets and wins are those of the cash account (the player's
 * own money; bonus money is the operator's until converted): bets net of rolled-back bets, GGR = bets − wins.
 * Net deposits = credited deposits − paid-out withdrawals (a reserved but unpaid withdrawal is in `pendingMinor`).
 */
export interface ContextMoney {
  currency: Currency;
  depositsMinor: number;
  withdrawalsMinor: number;
  netDepositsMinor: number;
  pendingWithdrawalsMinor: number;
  betsMinor: number;
  winsMinor: number;
  ggrMinor: number;
  /** Cash bets since the latest credited deposit (all of them when there is none). */
  turnoverSinceLastDepositMinor: number;
  lastDepositMinor: number | null;
  lastDepositAt: string | null;
}

/** One month of deposits credited and withdrawals paid, for the chart beside the decision. */
export interface ContextMonth {
  month: string;
  currency: Currency;
  depositsMinor: number;
  withdrawalsMinor: number;
}

/** An AML alert not yet closed by its case's outcome. */
export interface ContextAlert {
  alertId: string;
  ruleId: string;
  ruleName: string | null;
  ruleVersion: number;
  severity: AmlSeverity;
  score: number;
  caseId: string | null;
  occurredAt: string;
}

/** An open AML case, and whether it holds the player's payouts. */
export interface ContextCase {
  caseId: string;
  status: AmlCaseStatus;
  severity: AmlSeverity;
  assignee: string | null;
  assigneeName: string | null;
  slaDueAt: string;
  openedAt: string;
  holdsPayouts: boolean;
}

/** An earlier decision on the player, by whom and why. */
export interface ContextDecision {
  kind: 'WITHDRAWAL' | 'KYC_REVIEW' | 'AML_CASE';
  /** The withdrawal, KYC review or case decided. */
  subjectId: string;
  /** APPROVE or REJECT (withdrawals), CLEAR or REJECT (KYC reviews), the outcome (AML cases). */
  decision: string;
  staffId: string | null;
  staffName: string | null;
  reason: string | null;
  decidedAt: string;
}

/** Everything beside a decision on one player. */
export interface DecisionContext {
  player: {
    playerId: string;
    displayName: string | null;
    brand: string;
    status: PlayerStatus;
    jurisdiction: string;
    currency: Currency;
    registeredAt: string;
  };
  payments: { latest: ContextPayment[]; depositsCount: number; withdrawalsCount: number };
  money: ContextMoney[];
  monthly: ContextMonth[];
  linkedPlayers: (LinkedPlayer & { displayName: string | null })[];
  aml: { openAlerts: ContextAlert[]; openCases: ContextCase[]; payoutsHeld: boolean };
  kyc: {
    status: KycStatus;
    requiredLevel: DueDiligenceLevel;
    restrictionReason: string | null;
    verifiedAt: string | null;
    openReviews: number;
  };
  screening: {
    lastScreenedAt: string | null;
    sanctionsHits: number;
    pepHits: number;
    highestScore: number | null;
  };
  pastDecisions: ContextDecision[];
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The decision context of `playerId`; undefined for an unknown player. */
export async function getDecisionContext(
  db: Queryable,
  vault: PersonalDataVault,
  playerId: string,
): Promise<DecisionContext | undefined> {
  const { rows: players } = await db.query<Omit<DecisionContext['player'], 'displayName'>>(
    `SELECT player_id AS "playerId", brand, status, jurisdiction, currency, ${iso('created_at')} AS "registeredAt"
     FROM players WHERE player_id = $1`,
    [playerId],
  );
  const player = players[0];
  if (!player) return undefined;
  const [payments, money, monthly, linked, aml, kyc, screening, pastDecisions] = await Promise.all([
    paymentsOf(db, playerId),
    moneyOf(db, playerId),
    monthlyOf(db, playerId),
    linkedPlayersOf(db, playerId),
    amlOf(db, playerId),
    kycOf(db, playerId),
    screeningOf(db, playerId),
    decisionsOf(db, playerId),
  ]);
  const names = await maskedNames(db, vault, [playerId, ...linked.map((l) => l.playerId)]);
  return {
    player: { ...player, displayName: names.get(playerId) ?? null },
    payments,
    money,
    monthly,
    linkedPlayers: linked.map((l) => ({ ...l, displayName: names.get(l.playerId) ?? null })),
    aml,
    kyc,
    screening,
    pastDecisions,
  };
}

/** The masked names (initials, as the player 360 shows them to every role) of the players that have one. */
async function maskedNames(db: Queryable, vault: PersonalDataVault, playerIds: string[]): Promise<Map<string, string>> {
  const data = await vault.read(db, playerIds);
  const names = new Map<string, string>();
  for (const [id, personal] of data) {
    const name = [personal.givenName, personal.familyName].filter(Boolean).join(' ');
    if (name) names.set(id, maskName(name));
  }
  return names;
}

async function paymentsOf(db: Queryable, playerId: string): Promise<DecisionContext['payments']> {
  const [latest, counts] = await Promise.all([
    db.query<ContextPayment>(
      `SELECT payment_id AS "paymentId", kind, status, amount_minor AS "amountMinor", currency, psp,
              failure_reason AS "failureReason",
              (SELECT jsonb_build_object('instrumentId', v->>'instrumentId', 'kind', v->>'kind', 'label', v->>'label')
               FROM (SELECT ${instrumentViewSql('instrument_id')} AS v) i WHERE v IS NOT NULL) AS instrument,
              ${iso('created_at')} AS "createdAt"
       FROM payments WHERE player_id = $1 ORDER BY created_at DESC, payment_id DESC LIMIT ${LATEST}`,
      [playerId],
    ),
    db.query<{ depositsCount: number; withdrawalsCount: number }>(
      `SELECT count(*) FILTER (WHERE kind = 'DEPOSIT')::INT AS "depositsCount",
              count(*) FILTER (WHERE kind = 'WITHDRAWAL')::INT AS "withdrawalsCount"
       FROM payments WHERE player_id = $1`,
      [playerId],
    ),
  ]);
  return { latest: latest.rows, ...counts.rows[0]! };
}

// Every figure from the player's own accounts' postings, by the kind of the ledger transaction they belong to: a
// deposit credits cash; a payout posts out of withdrawal-pending; bets debit cash, their rollbacks credit it back,
// wins credit it.
async function moneyOf(db: Queryable, playerId: string): Promise<ContextMoney[]> {
  const { rows } = await db.query<ContextMoney>(
    `WITH moves AS (
       SELECT t.transaction_id, t.kind, t.created_at, a.kind AS account, a.currency, p.amount_minor
       FROM ledger_transactions t
       JOIN ledger_postings p USING (transaction_id)
       JOIN ledger_accounts a ON a.account_id = p.account_id AND a.player_id = $1
       WHERE t.player_id = $1),
     last_deposit AS (
       SELECT DISTINCT ON (currency) currency, transaction_id, amount_minor, created_at FROM moves
       WHERE kind = 'DEPOSIT' AND account = 'PLAYER_CASH' ORDER BY currency, transaction_id DESC),
     sums AS (
       SELECT m.currency,
         COALESCE(sum(m.amount_minor) FILTER (WHERE m.kind = 'DEPOSIT' AND m.account = 'PLAYER_CASH'), 0)::BIGINT AS deposits,
         COALESCE(-sum(m.amount_minor) FILTER (WHERE m.kind = 'WITHDRAWAL_POST' AND m.account = 'PLAYER_WITHDRAWAL_PENDING'), 0)::BIGINT
           AS withdrawals,
         COALESCE(sum(m.amount_minor) FILTER (WHERE m.account = 'PLAYER_WITHDRAWAL_PENDING'), 0)::BIGINT AS pending,
         COALESCE(-sum(m.amount_minor) FILTER (WHERE m.kind IN ('BET', 'ROLLBACK') AND m.account = 'PLAYER_CASH'), 0)::BIGINT AS bets,
         COALESCE(sum(m.amount_minor) FILTER (WHERE m.kind = 'WIN' AND m.account = 'PLAYER_CASH'), 0)::BIGINT AS wins,
         COALESCE(-sum(m.amount_minor) FILTER (
           WHERE m.kind IN ('BET', 'ROLLBACK') AND m.account = 'PLAYER_CASH'
             AND m.transaction_id > COALESCE(d.transaction_id, 0)), 0)::BIGINT AS turnover
       FROM moves m LEFT JOIN last_deposit d USING (currency)
       GROUP BY m.currency)
     SELECT s.currency, s.deposits AS "depositsMinor", s.withdrawals AS "withdrawalsMinor",
            s.deposits - s.withdrawals AS "netDepositsMinor", s.pending AS "pendingWithdrawalsMinor",
            s.bets AS "betsMinor", s.wins AS "winsMinor", s.bets - s.wins AS "ggrMinor",
            s.turnover AS "turnoverSinceLastDepositMinor", d.amount_minor AS "lastDepositMinor",
            ${iso('d.created_at')} AS "lastDepositAt"
     FROM sums s LEFT JOIN last_deposit d USING (currency)
     ORDER BY s.currency`,
    [playerId],
  );
  return rows;
}

async function monthlyOf(db: Queryable, playerId: string): Promise<ContextMonth[]> {
  const { rows } = await db.query<ContextMonth>(
    `SELECT to_char(date_trunc('month', created_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, currency,
            COALESCE(sum(amount_minor) FILTER (WHERE kind = 'DEPOSIT' AND status = 'CREDITED'), 0)::BIGINT
              AS "depositsMinor",
            COALESCE(sum(amount_minor) FILTER (WHERE kind = 'WITHDRAWAL' AND status = 'PAID'), 0)::BIGINT
              AS "withdrawalsMinor"
     FROM payments WHERE player_id = $1 AND created_at > now() - interval '12 months'
     GROUP BY 1, currency ORDER BY 1, currency`,
    [playerId],
  );
  return rows;
}

async function amlOf(db: Queryable, playerId: string): Promise<DecisionContext['aml']> {
  const [alerts, cases] = await Promise.all([
    db.query<ContextAlert>(
      `SELECT a.alert_id AS "alertId", a.rule_id AS "ruleId", r.name AS "ruleName", a.rule_version AS "ruleVersion",
              a.severity, a.score, a.case_id AS "caseId", ${iso('a.occurred_at')} AS "occurredAt"
       FROM aml_alerts a LEFT JOIN aml_rules r USING (rule_id) LEFT JOIN aml_cases c USING (case_id)
       WHERE a.player_id = $1 AND a.disposition IS NULL AND (c.case_id IS NULL OR c.status <> 'CLOSED')
       ORDER BY a.occurred_at DESC LIMIT ${LATEST}`,
      [playerId],
    ),
    db.query<ContextCase>(
      `SELECT c.case_id AS "caseId", c.status, c.severity, c.assignee, s.display_name AS "assigneeName",
              ${iso('c.sla_due_at')} AS "slaDueAt", ${iso('c.opened_at')} AS "openedAt",
              EXISTS (SELECT 1 FROM aml_holds h WHERE h.case_id = c.case_id AND h.released_at IS NULL) AS "holdsPayouts"
       FROM aml_cases c LEFT JOIN staff_users s ON s.staff_id = c.assignee
       WHERE c.player_id = $1 AND c.status <> 'CLOSED' ORDER BY c.opened_at`,
      [playerId],
    ),
  ]);
  const { rows } = await db.query<{ held: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM aml_holds WHERE player_id = $1 AND released_at IS NULL) AS held',
    [playerId],
  );
  return { openAlerts: alerts.rows, openCases: cases.rows, payoutsHeld: rows[0]!.held };
}

async function kycOf(db: Queryable, playerId: string): Promise<DecisionContext['kyc']> {
  const { rows } = await db.query<DecisionContext['kyc']>(
    `SELECT COALESCE(k.status, 'NOT_STARTED') AS status, COALESCE(k.required_level, 'SDD') AS "requiredLevel",
            k.restriction_reason AS "restrictionReason", ${iso('k.verified_at')} AS "verifiedAt",
            (SELECT count(*) FROM kyc_reviews r WHERE r.player_id = $1 AND r.status = 'OPEN')::INT AS "openReviews"
     FROM (SELECT $1::TEXT AS player_id) p LEFT JOIN player_kyc k USING (player_id)`,
    [playerId],
  );
  return rows[0]!;
}

async function screeningOf(db: Queryable, playerId: string): Promise<DecisionContext['screening']> {
  const { rows } = await db.query<DecisionContext['screening']>(
    `SELECT ${iso('s.screened_at')} AS "lastScreenedAt",
            (SELECT count(*) FROM screening_hits h WHERE h.screening_id = s.screening_id AND h.list_kind = 'SANCTIONS')::INT
              AS "sanctionsHits",
            (SELECT count(*) FROM screening_hits h WHERE h.screening_id = s.screening_id AND h.list_kind = 'PEP')::INT
              AS "pepHits",
            CASE WHEN s.hit_count > 0 THEN s.highest_score::FLOAT8 END AS "highestScore"
     FROM (SELECT $1::TEXT AS player_id) p
     LEFT JOIN LATERAL (SELECT * FROM screenings WHERE player_id = $1 ORDER BY screened_at DESC LIMIT 1) s ON true`,
    [playerId],
  );
  const row = rows[0]!;
  return { ...row, sanctionsHits: row.sanctionsHits ?? 0, pepHits: row.pepHits ?? 0 };
}

async function decisionsOf(db: Queryable, playerId: string): Promise<ContextDecision[]> {
  const { rows } = await db.query<ContextDecision>(
    `SELECT * FROM (
       SELECT 'WITHDRAWAL' AS kind, d.payment_id AS "subjectId", d.decision, d.staff_id AS "staffId",
              s.display_name AS "staffName", d.reason, d.at AS at
       FROM payment_decisions d JOIN payments p USING (payment_id) LEFT JOIN staff_users s ON s.staff_id = d.staff_id
       WHERE p.player_id = $1
       UNION ALL
       SELECT 'KYC_REVIEW', d.review_id, d.decision, d.staff_id, s.display_name, d.reason, d.decided_at
       FROM kyc_review_decisions d JOIN kyc_reviews r USING (review_id) LEFT JOIN staff_users s ON s.staff_id = d.staff_id
       WHERE r.player_id = $1
       UNION ALL
       SELECT 'AML_CASE', c.case_id, c.outcome, c.closed_by, s.display_name, c.close_reason, c.closed_at
       FROM aml_cases c LEFT JOIN staff_users s ON s.staff_id = c.closed_by
       WHERE c.player_id = $1 AND c.status = 'CLOSED') d
     ORDER BY at DESC LIMIT ${LATEST}`,
    [playerId],
  );
  return rows.map((row) => {
    const { at, ...decision } = row as ContextDecision & { at: Date };
    return { ...decision, decidedAt: at.toISOString() };
  });
}
