import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Kafka } from 'kafkajs';
import { verifyAuditChain } from '../../../domain/admin/audit-log';
import { verifyLedgerSnapshot } from '../../../domain/wallet/ledger-verification';
import type { Db } from '../../../platform/db';
import { BusinessStatusSearchAttribute } from '../../../workflows/search-attributes';
import type { DrillRecord } from './drill-load';
import { drillPsps } from './psp-weather';
import { readConsumerLag } from '../../../domain/ops/consumer-lag-sampler';
import type { OutageSummary } from './engine-outages';
import { ANSWER_BOUND_MS, isPastBound, type RequestRecord } from './request-log';

/** One broken invariant, with enough detail to find the payment, transaction or workflow. */
export interface Violation {
  check: string;
  detail: string;
}

/** Business statuses in which a saga (or a KYC onboarding, under review) legitimately waits for a person. */
export const humanWaitingStatuses = [
  'AWAITING_APPROVAL',
  'AWAITING_SECOND_APPROVAL',
  'NEEDS_ATTENTION',
  'MANUAL_REVIEW',
  // A withdrawal an open AML case holds: it pays out when an officer closes the case.
  'AML_HOLD',
];

/** A workflow of the run as Temporal sees it at the end. */
export interface WorkflowEnd {
  workflowId: string;
  status: string;
  businessStatus?: string;
  pendingActivities: string[];
}

async function inParallel<T, R>(items: readonly T[], lanes: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(lanes, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

/** Describes each workflow through Temporal (status, BusinessStatus search attribute, pending activities). */
export function describeWorkflows(temporal: Client, workflowIds: readonly string[]): Promise<WorkflowEnd[]> {
  return inParallel(workflowIds, 8, async (workflowId) => {
    try {
      const description = await temporal.workflow.getHandle(workflowId).describe();
      return {
        workflowId,
        status: description.status.name,
        businessStatus: description.typedSearchAttributes.get(BusinessStatusSearchAttribute),
        pendingActivities: (description.raw.pendingActivities ?? []).map(
          (a) =>
            `${a.activityType?.name ?? '?'} attempt ${a.attempt ?? 0}${a.lastFailure?.message ? `: ${a.lastFailure.message}` : ''}`,
        ),
      };
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return { workflowId, status: 'NOT_FOUND', pendingActivities: [] };
      return { workflowId, status: `UNKNOWN (${(err as Error).message})`, pendingActivities: [] };
    }
  });
}

/** True when the workflow is done, or waits for a person in a status that says so. */
export const isAtRest = (w: WorkflowEnd) =>
  w.status === 'COMPLETED' || (w.status === 'RUNNING' && humanWaitingStatuses.includes(w.businessStatus ?? ''));

/**
 * Workflows must have completed, or wait for a person with a recorded cause; none failed, none stuck. A saga whose
 * payment was never recorded (the request that started it rolled back during an outage, api/payments/payment-sagas.ts)
 * ends at its first step without writing anything: it is no violation as long as no payment row names it.
 */
export async function checkWorkflows(db: Db, ends: readonly WorkflowEnd[]): Promise<Violation[]> {
  const violations: Violation[] = [];
  const { rows } = await db.query<{ workflow_id: string; failure_reason: string | null }>(
    'SELECT workflow_id, failure_reason FROM payments WHERE workflow_id = ANY($1)',
    [ends.filter((w) => w.status !== 'COMPLETED').map((w) => w.workflowId)],
  );
  const causes = new Map(rows.map((r) => [r.workflow_id, r.failure_reason]));
  const neverRecorded = (w: WorkflowEnd) =>
    ['FAILED', 'TERMINATED'].includes(w.status) &&
    /^payments:(deposit|withdrawal):/.test(w.workflowId) &&
    !causes.has(w.workflowId);
  for (const w of ends) {
    if (w.status === 'COMPLETED' || neverRecorded(w)) continue;
    if (w.status !== 'RUNNING') {
      violations.push({ check: 'no workflow failed', detail: `${w.workflowId} is ${w.status}` });
    } else if (!humanWaitingStatuses.includes(w.businessStatus ?? '')) {
      violations.push({
        check: 'no workflow is stuck',
        detail: `${w.workflowId} still ${w.businessStatus ?? 'RUNNING'}; pending: ${w.pendingActivities.join('; ') || 'none'}`,
      });
    } else if (w.businessStatus === 'NEEDS_ATTENTION' && !causes.get(w.workflowId)?.trim()) {
      violations.push({ check: 'none in NEEDS_ATTENTION without a cause', detail: w.workflowId });
    }
  }
  return violations;
}

/** `npm run ledger:verify`: every ledger invariant, in one REPEATABLE READ snapshot. */
export async function checkLedger(db: Db): Promise<{ violations: Violation[]; lines: string[] }> {
  const report = await verifyLedgerSnapshot(db);
  const violations = report.results
    .filter((r) => r.violations > 0)
    .map((r) => ({
      check: `ledger: ${r.invariant}`,
      detail: `${r.violations} violation(s), e.g. ${JSON.stringify(r.examples[0])}`,
    }));
  const { transactions, postings, accounts } = report.counts;
  return { violations, lines: [`ledger: ${transactions} transactions, ${postings} postings, ${accounts} accounts`] };
}

/**
 * `npm run audit:verify`: the audit log is still one linear chain and every entry matches its hash, although the
 * processes that append to it (the API, the payment and KYC workers) were killed mid-transaction.
 */
export async function checkAuditChain(db: Db): Promise<{ violations: Violation[]; lines: string[] }> {
  const report = await verifyAuditChain(db);
  const broken = report.firstBroken;
  return {
    violations: broken
      ? [{ check: 'the audit chain verifies', detail: `entry ${broken.auditId ?? '(head)'}: ${broken.reason}` }]
      : [],
    lines: [`audit log: ${report.checked} entries checked`],
  };
}

interface SettlementItem {
  reference: string;
  kind: 'DEPOSIT' | 'PAYOUT';
  amountMinor: number;
  status: string;
  psp: string;
}

/** Every PSP's settlement report over the run, from the simulator (retried: the simulator may be restarting). */
async function settlementItems(simulatorUrl: string, from: Date, to: Date): Promise<SettlementItem[]> {
  const items: SettlementItem[] = [];
  for (const psp of drillPsps) {
    const url = `${simulatorUrl}/${psp}/v1/settlements?from=${from.toISOString()}&to=${to.toISOString()}`;
    for (let attempt = 0; ; attempt += 1) {
      const response = await fetch(url, { signal: AbortSignal.timeout(15_000) }).catch(() => undefined);
      if (response?.status === 200) {
        const body = (await response.json()) as { items: Omit<SettlementItem, 'psp'>[] };
        items.push(...body.items.map((i) => ({ ...i, psp })));
        break;
      }
      if (attempt >= 10) throw new Error(`${psp} settlement report: ${response?.status ?? 'no answer'}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  return items;
}

/** The payment a PSP reference belongs to: attempt ids are `<paymentId>-a<n>` (refunds `-r<n>`), maybe suffixed. */
const paymentOfReference = (reference: string) => /^((?:dep|wd)_[0-9A-Z]{26})-([ar])\d+/.exec(reference);

/**
 * Money at the PSPs against the ledger: each deposit captured is credited exactly once (or refunded), nothing is
 * credited that no PSP captured; each withdrawal is paid at most once, its reservation posted if and only if it
 * was paid and voided otherwise.
 */
export async function checkPayments(
  db: Db,
  record: DrillRecord,
  simulatorUrl: string,
): Promise<{ violations: Violation[]; lines: string[] }> {
  const violations: Violation[] = [];
  const items = await settlementItems(
    simulatorUrl,
    new Date(record.startedAt.getTime() - 60_000),
    new Date(Date.now() + 60_000),
  );
  const byPayment = new Map<string, (SettlementItem & { refund: boolean })[]>();
  for (const item of items) {
    const match = paymentOfReference(item.reference);
    if (!match || !(record.deposits.has(match[1]!) || record.withdrawals.has(match[1]!))) continue;
    const list = byPayment.get(match[1]!) ?? [];
    list.push({ ...item, refund: match[2] === 'r' });
    byPayment.set(match[1]!, list);
  }
  const { rows: attempts } = await db.query<{ attempt_id: string }>(
    'SELECT attempt_id FROM payment_attempts WHERE payment_id = ANY($1)',
    [[...record.deposits.keys(), ...record.withdrawals.keys()]],
  );
  const knownAttempts = new Set(attempts.map((a) => a.attempt_id));
  for (const list of byPayment.values()) {
    for (const item of list.filter((i) => !knownAttempts.has(i.reference))) {
      violations.push({
        check: 'every PSP settlement is a payment attempt we know',
        detail: `${item.psp} settled ${item.kind} ${item.reference} (${item.amountMinor}), which no payment attempt sent`,
      });
    }
  }

  const { rows: payments } = await db.query<{ payment_id: string; status: string }>(
    'SELECT payment_id, status FROM payments WHERE payment_id = ANY($1)',
    [[...record.deposits.keys(), ...record.withdrawals.keys()]],
  );
  const statusOf = new Map(payments.map((p) => [p.payment_id, p.status]));

  const { rows: credits } = await db.query<{ deposit_id: string; credits: number; amount: number }>(
    `SELECT t.details->>'depositId' AS deposit_id, count(DISTINCT t.transaction_id)::INT AS credits,
            COALESCE(sum(p.amount_minor) FILTER (WHERE a.player_id IS NOT NULL), 0)::BIGINT AS amount
       FROM ledger_transactions t JOIN ledger_postings p USING (transaction_id) JOIN ledger_accounts a USING (account_id)
      WHERE t.kind = 'DEPOSIT' AND t.details->>'depositId' = ANY($1) GROUP BY 1`,
    [[...record.deposits.keys()]],
  );
  const creditOf = new Map(credits.map((c) => [c.deposit_id, c]));
  const finalDeposit = ['CREDITED', 'DECLINED', 'REFUSED', 'REFUNDED'];
  let captured = 0;
  for (const [depositId, deposit] of record.deposits) {
    const list = byPayment.get(depositId) ?? [];
    const captures = list.filter((i) => i.kind === 'DEPOSIT' && !i.refund);
    const refunds = list.filter((i) => i.refund);
    const credit = creditOf.get(depositId);
    const creditCount = credit?.credits ?? 0;
    const status = statusOf.get(depositId) ?? '(none)';
    captured += captures.length;
    if (creditCount > 1) {
      violations.push({ check: 'deposit credited exactly once', detail: `${depositId} credited ${creditCount} times` });
    }
    if (creditCount > 0 && captures.length === 0) {
      violations.push({
        check: 'nothing credited that was not captured',
        detail: `${depositId} credited, no PSP captured it`,
      });
    }
    if (credit && captures.length > 0 && Number(credit.amount) !== captures[0]!.amountMinor) {
      violations.push({
        check: 'deposit credited for the amount captured',
        detail: `${depositId}: captured ${captures[0]!.amountMinor}, credited ${credit.amount} (asked ${deposit.amountMinor})`,
      });
    }
    if (finalDeposit.includes(status) && captures.length - refunds.length !== creditCount) {
      violations.push({
        check: 'every captured deposit credited exactly once (or refunded)',
        detail: `${depositId} is ${status}: ${captures.length} capture(s), ${refunds.length} refund(s), ${creditCount} credit(s)`,
      });
    }
    if ((status === 'CREDITED') !== creditCount > 0) {
      violations.push({
        check: 'deposit status matches the ledger',
        detail: `${depositId} is ${status} with ${creditCount} credit(s)`,
      });
    }
  }

  const { rows: reservations } = await db.query<{ reservation_id: string; status: string }>(
    'SELECT reservation_id, status FROM ledger_reservations WHERE reservation_id = ANY($1)',
    [[...record.withdrawals.keys()]],
  );
  const reservationOf = new Map(reservations.map((r) => [r.reservation_id, r.status]));
  let paidOut = 0;
  for (const withdrawalId of record.withdrawals.keys()) {
    const payouts = (byPayment.get(withdrawalId) ?? []).filter((i) => i.kind === 'PAYOUT' && !i.refund);
    const reservation = reservationOf.get(withdrawalId);
    const status = statusOf.get(withdrawalId) ?? '(none)';
    paidOut += payouts.length;
    const where = `${withdrawalId} (${status}, reservation ${reservation ?? 'none'})`;
    if (payouts.length > 1) {
      violations.push({
        check: 'withdrawal paid at most once at the PSPs',
        detail: `${where} paid ${payouts.length} times: ${payouts.map((p) => `${p.psp} ${p.reference}`).join(', ')}`,
      });
    }
    if (payouts.length > 0 && reservation !== 'POSTED') {
      violations.push({ check: 'reservation posted iff paid', detail: `${where} was paid but not posted` });
    }
    if (payouts.length === 0 && reservation === 'POSTED') {
      violations.push({ check: 'reservation posted iff paid', detail: `${where} was posted but never paid` });
    }
    if (payouts.length === 0 && ['REJECTED', 'CANCELLED', 'FAILED'].includes(status) && reservation !== 'VOIDED') {
      violations.push({ check: 'reservation voided when not paid', detail: `${where} was not voided` });
    }
    if (reservation === 'PENDING' && !humanWaitingStatuses.includes(status)) {
      violations.push({ check: 'no reservation left pending', detail: `${where} is still reserved` });
    }
    if ((status === 'PAID') !== payouts.length > 0) {
      violations.push({ check: 'withdrawal status matches the PSP', detail: `${where}: ${payouts.length} payout(s)` });
    }
  }
  return {
    violations,
    lines: [`PSP settlement reports: ${captured} deposit capture(s) and ${paidOut} payout(s) of this run's payments`],
  };
}

/**
 * Every seamless-wallet transaction id took effect at most once: per player, the ledger moved what the answers said;
 * and the play written beside the bets counts each bet that stands once.
 */
export async function checkWallet(
  db: Db,
  record: DrillRecord,
  providerId: string,
): Promise<{ violations: Violation[]; lines: string[] }> {
  const violations: Violation[] = [...record.loadViolations];
  const expected = new Map<string, number>();
  for (const call of record.walletCalls.values()) {
    expected.set(call.playerId, (expected.get(call.playerId) ?? 0) + call.expectedEffectMinor);
  }
  const pattern = `wallet:%:${providerId}:${record.runId}-%`;
  const { rows } = await db.query<{ player_id: string; moved: number; transactions: number }>(
    `SELECT a.player_id, sum(p.amount_minor)::BIGINT AS moved, count(DISTINCT t.transaction_id)::INT AS transactions
       FROM ledger_transactions t JOIN ledger_postings p USING (transaction_id) JOIN ledger_accounts a USING (account_id)
      WHERE t.idempotency_key LIKE $1 AND a.player_id IS NOT NULL GROUP BY 1`,
    [pattern],
  );
  const actual = new Map(rows.map((r) => [r.player_id, Number(r.moved)]));
  for (const player of [...record.players, ...record.newcomers]) {
    const want = expected.get(player.playerId) ?? 0;
    const got = actual.get(player.playerId) ?? 0;
    if (want !== got) {
      violations.push({
        check: 'every seamless-wallet transaction id took effect at most once',
        detail: `${player.playerId}: the answers add up to ${want}, the ledger moved ${got}`,
      });
    }
  }
  const { rows: reversals } = await db.query<{ bet: string; n: number }>(
    `SELECT details->>'rolledBackTransactionId' AS bet, count(*)::INT AS n FROM ledger_transactions
      WHERE idempotency_key LIKE $1 AND kind = 'ROLLBACK' GROUP BY 1 HAVING count(*) > 1`,
    [pattern],
  );
  for (const r of reversals) {
    violations.push({ check: 'a bet is rolled back at most once', detail: `${r.bet} reversed ${r.n} times` });
  }
  // The play the bet path writes beside the bets (rg_play_hours for the harm markers, aml_turnover_buckets for the
  // AML rules) counts each bet that stands (accepted, not rolled back) once: as many bets, the same stakes.
  const { rows: play } = await db.query<{ playerId: string; bets: string; hours: string; turnover: string }>(
    `SELECT p.player_id AS "playerId", b.n || ' staking ' || b.s AS bets, h.n || ' staking ' || h.s AS hours,
            t.n || ' staking ' || t.s AS turnover
       FROM unnest($1::TEXT[]) AS p(player_id)
       CROSS JOIN LATERAL (SELECT count(*) AS n, COALESCE(sum(amount_minor), 0) AS s FROM wallet_provider_transactions w
                            WHERE w.player_id = p.player_id AND w.kind = 'BET' AND w.status = 'OK'
                              AND NOT w.rolled_back) b
       CROSS JOIN LATERAL (SELECT COALESCE(sum(bet_count), 0) AS n, COALESCE(sum(stakes_minor), 0) AS s
                             FROM rg_play_hours h WHERE h.player_id = p.player_id) h
       CROSS JOIN LATERAL (SELECT COALESCE(sum(bet_count), 0) AS n, COALESCE(sum(bets_minor), 0) AS s
                             FROM aml_turnover_buckets a WHERE a.player_id = p.player_id) t`,
    [[...record.players, ...record.newcomers].map((p) => p.playerId)],
  );
  for (const p of play.filter((r) => r.hours !== r.bets || r.turnover !== r.bets)) {
    violations.push({
      check: 'the play hours and the turnover count each bet that stands once',
      detail: `${p.playerId}: bets ${p.bets}; play hours ${p.hours}; turnover ${p.turnover}`,
    });
  }
  const transactions = rows.reduce((sum, r) => sum + r.transactions, 0);
  return {
    violations,
    lines: [`seamless wallet: ${record.walletCalls.size} transaction ids, ${transactions} ledger transactions`],
  };
}

/** Outbox rows older than `before` that the relay has not published. */
export async function unpublishedOutbox(db: Db, before: Date): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::INT AS n FROM outbox_events WHERE published_at IS NULL AND created_at < $1',
    [before],
  );
  return rows[0]!.n;
}

/** Lag of every consumer group that has live members, as the ops SLO sampler reads it (readConsumerLag). */
export async function consumerLag(kafka: Kafka): Promise<Map<string, number>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return new Map(Object.entries((await readConsumerLag(admin, 30_000)).groups));
  } finally {
    await admin.disconnect();
  }
}

/** The workflow id of every payment row of the run's players, whether or not the drill got an answer for it. */
export async function paymentWorkflowIds(db: Db, playerIds: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ workflow_id: string }>(
    'SELECT workflow_id FROM payments WHERE player_id = ANY($1) ORDER BY created_at',
    [playerIds],
  );
  return rows.map((r) => r.workflow_id);
}

/**
 * No payment row without its workflow: a deposit or withdrawal whose saga could not start (Temporal down) must
 * leave no row that claims otherwise. `ends` must describe every id `paymentWorkflowIds` returned.
 */
export async function checkPaymentWorkflows(
  db: Db,
  ends: readonly WorkflowEnd[],
  playerIds: readonly string[],
): Promise<{ violations: Violation[]; lines: string[] }> {
  const { rows } = await db.query<{ payment_id: string; workflow_id: string; status: string; created_at: Date }>(
    'SELECT payment_id, workflow_id, status, created_at FROM payments WHERE player_id = ANY($1)',
    [playerIds],
  );
  const statusOf = new Map(ends.map((w) => [w.workflowId, w.status]));
  const violations = rows
    .filter((r) => statusOf.get(r.workflow_id) === 'NOT_FOUND')
    .map((r) => ({
      check: 'no payment row without its workflow',
      detail: `${r.payment_id} (${r.status}, created ${r.created_at.toISOString()}): Temporal has no ${r.workflow_id}`,
    }));
  return { violations, lines: [`payment rows of the run: ${rows.length}, each looked up in Temporal`] };
}

/** No request left without an answer past the bound: every route answers in time, with its result or a 503. */
export function checkAnswerBound(requests: readonly RequestRecord[], startedAt: number): Violation[] {
  return requests.filter(isPastBound).map((r) => ({
    check: `every request answered within ${ANSWER_BOUND_MS / 1000} s (its result, or a 503)`,
    detail:
      `${r.kind}: ${r.route} sent at ${((r.startedAt - startedAt) / 1000).toFixed(1)}s, ` +
      `${r.status === undefined ? r.error : `answered ${r.status}`} after ${((r.endedAt - r.startedAt) / 1000).toFixed(1)} s`,
  }));
}

/**
 * Each engine outage asked for took place and the engine answered again; while Temporal or Kafka was down, every
 * bet that was answered was accepted (the seamless wallet needs only Postgres), or refused for what it asked (4xx:
 * a limit reached, a time-out), never failed.
 */
export function checkOutages(outages: readonly OutageSummary[]): Violation[] {
  const violations: Violation[] = [];
  for (const o of outages) {
    if (o.skipped) {
      violations.push({ check: 'every engine outage asked for took place', detail: `${o.engine}: ${o.skipped}` });
      continue;
    }
    if (o.answeringAfterSec === null) {
      violations.push({
        check: 'every engine answers again after its outage',
        detail: `${o.engine} (down at ${o.atSec}s) did not answer within 180 s of its restart`,
      });
    }
    const failedBets = (o.sent.bet ?? 0) - (o.succeeded.bet ?? 0) - (o.refused.bet ?? 0) - (o.noAnswer.bet ?? 0);
    if (o.engine !== 'postgres' && failedBets > 0) {
      violations.push({
        check: 'bets are accepted while Temporal or Kafka is down',
        detail: `${o.engine} down at ${o.atSec}s: ${failedBets} of ${o.sent.bet} bet request(s) failed (${o.answered503.bet ?? 0} with 503)`,
      });
    }
  }
  return violations;
}

/** A drill player's KYC standing at the end (`player_kyc`; no row is NOT_STARTED) and their jurisdiction. */
export interface KycStandingFacts {
  playerId: string;
  jurisdiction: string;
  status: string;
  verifiedAt: Date | null;
  /** The standing's last change: for a REJECTED player, when they were rejected. */
  updatedAt: Date | null;
  /** Whether the jurisdiction gates deposits and play on verification (the registry's `verifyBeforeDepositOrPlay`). */
  verifyBeforeDepositOrPlay: boolean;
}

/** One kind of money movement of a player: bets and credited deposits, paid withdrawals; when it was asked for. */
export interface MoneyMovements {
  playerId: string;
  kind: 'BET' | 'DEPOSIT' | 'WITHDRAWAL';
  firstAt: Date;
  lastAt: Date;
  count: number;
}

export const KycCheck = {
  onboarding: 'KYC: no onboarding stuck',
  hits: 'KYC: no screening hit without a review',
  gates: 'KYC: no money moved against the gates',
} as const;

/**
 * Every player's onboarding came to rest: completed, or running and waiting for an officer (MANUAL_REVIEW with an
 * OPEN review); none failed, was terminated or timed out, and no standing is still PENDING (or missing).
 */
export function judgeOnboardings(
  onboardings: readonly WorkflowEnd[],
  standings: ReadonlyMap<string, KycStandingFacts>,
  playersWithOpenReview: ReadonlySet<string>,
): Violation[] {
  const violations: Violation[] = [];
  for (const w of onboardings) {
    const playerId = w.workflowId.split(':').pop()!;
    const waitingForOfficer = w.businessStatus === 'MANUAL_REVIEW' && playersWithOpenReview.has(playerId);
    if (w.status === 'RUNNING' && !waitingForOfficer) {
      const pending = w.pendingActivities.join('; ') || 'none';
      violations.push({
        check: KycCheck.onboarding,
        detail: `${w.workflowId} still ${w.businessStatus ?? 'RUNNING'}, no open review waits for it; pending: ${pending}`,
      });
    } else if (w.status !== 'RUNNING' && w.status !== 'COMPLETED') {
      violations.push({ check: KycCheck.onboarding, detail: `${w.workflowId} is ${w.status}` });
    }
    const standing = standings.get(playerId)?.status ?? 'NOT_STARTED';
    if (standing === 'PENDING' || standing === 'NOT_STARTED') {
      violations.push({ check: KycCheck.onboarding, detail: `${playerId}'s KYC standing is still ${standing}` });
    }
  }
  return violations;
}

/** Every screening of a drill player that found hits is in some review (`kyc_reviews.screening_ids`). */
export function judgeHits(
  screeningsWithHits: readonly { screeningId: string; playerId: string; hits: number }[],
  reviewedScreenings: ReadonlySet<string>,
): Violation[] {
  return screeningsWithHits
    .filter((s) => !reviewedScreenings.has(s.screeningId))
    .map((s) => ({
      check: KycCheck.hits,
      detail: `${s.playerId}: screening ${s.screeningId} found ${s.hits} hit(s), in no review`,
    }));
}

/**
 * No money moved against the KYC gates: no bet and no credited deposit asked for before verification where the
 * jurisdiction requires it, no withdrawal paid that was asked for before verification anywhere, and nothing asked
 * for by a REJECTED player since the rejection.
 */
export function judgeGates(
  movements: readonly MoneyMovements[],
  standings: ReadonlyMap<string, KycStandingFacts>,
): Violation[] {
  const violations: Violation[] = [];
  const at = (d: Date | null) => d?.toISOString() ?? 'never';
  for (const m of movements) {
    const standing = standings.get(m.playerId);
    const verifiedAt = standing?.verifiedAt ?? null;
    const gated = m.kind === 'WITHDRAWAL' || standing?.verifyBeforeDepositOrPlay === true;
    const what = m.kind === 'BET' ? 'bet' : m.kind === 'DEPOSIT' ? 'credited deposit' : 'paid withdrawal';
    if (gated && (verifiedAt === null || m.firstAt < verifiedAt)) {
      violations.push({
        check: KycCheck.gates,
        detail:
          `${m.playerId} (${standing?.jurisdiction ?? '?'}, ${standing?.status ?? 'NOT_STARTED'}): a ${what} asked ` +
          `for at ${m.firstAt.toISOString()}, verified ${at(verifiedAt)}`,
      });
    } else if (standing?.status === 'REJECTED' && standing.updatedAt !== null && m.lastAt > standing.updatedAt) {
      violations.push({
        check: KycCheck.gates,
        detail: `${m.playerId} (REJECTED at ${at(standing.updatedAt)}): a ${what} asked for at ${m.lastAt.toISOString()}`,
      });
    }
  }
  return violations;
}

/** The KYC checks over the run's players (the load's and the newcomers): onboardings, hits, the gates. */
export async function checkKyc(
  db: Db,
  record: DrillRecord,
  ends: readonly WorkflowEnd[],
  verifyBeforeDepositOrPlay: (jurisdiction: string) => boolean,
): Promise<{ violations: Violation[]; lines: string[] }> {
  const playerIds = [...record.players, ...record.newcomers].map((p) => p.playerId);
  const { rows: standingRows } = await db.query<{
    player_id: string;
    jurisdiction: string;
    status: string | null;
    verified_at: Date | null;
    updated_at: Date | null;
  }>(
    `SELECT p.player_id, p.jurisdiction, k.status, k.verified_at, k.updated_at
       FROM players p LEFT JOIN player_kyc k USING (player_id) WHERE p.player_id = ANY($1)`,
    [playerIds],
  );
  const standings = new Map(
    standingRows.map((r) => [
      r.player_id,
      {
        playerId: r.player_id,
        jurisdiction: r.jurisdiction,
        status: r.status ?? 'NOT_STARTED',
        verifiedAt: r.verified_at,
        updatedAt: r.updated_at,
        verifyBeforeDepositOrPlay: verifyBeforeDepositOrPlay(r.jurisdiction),
      },
    ]),
  );
  const { rows: reviews } = await db.query<{ player_id: string; status: string; screening_ids: string[] }>(
    'SELECT player_id, status, screening_ids FROM kyc_reviews WHERE player_id = ANY($1)',
    [playerIds],
  );
  const { rows: hitRows } = await db.query<{ screening_id: string; player_id: string; hits: number }>(
    `SELECT s.screening_id, s.player_id, count(h.entry_id)::INT AS hits
       FROM screenings s JOIN screening_hits h USING (screening_id) WHERE s.player_id = ANY($1) GROUP BY 1, 2`,
    [playerIds],
  );
  // When each movement was asked for: a bet when it was placed, a payment when it was requested (the gate's moment;
  // its credit or payout follows later), a deposit credited outside the payments (the drill's funding) when credited.
  const { rows: movementRows } = await db.query<MoneyMovements & { count: number }>(
    `SELECT player_id AS "playerId", kind, min(at) AS "firstAt", max(at) AS "lastAt", count(*)::INT AS count FROM (
       SELECT DISTINCT t.transaction_id, a.player_id, t.kind, COALESCE(pay.created_at, t.created_at) AS at
         FROM ledger_transactions t JOIN ledger_postings lp USING (transaction_id)
         JOIN ledger_accounts a USING (account_id)
         LEFT JOIN payments pay ON pay.payment_id = t.details->>'depositId'
        WHERE t.kind IN ('BET', 'DEPOSIT') AND a.player_id = ANY($1)
       UNION ALL
       SELECT NULL, r.player_id, 'WITHDRAWAL', pay.created_at
         FROM ledger_reservations r JOIN payments pay ON pay.payment_id = r.reservation_id
        WHERE r.status = 'POSTED' AND r.player_id = ANY($1)
     ) m GROUP BY 1, 2`,
    [playerIds],
  );
  const onboardings = ends.filter((w) => w.workflowId.startsWith('kyc:onboarding:'));
  const violations = [
    ...judgeOnboardings(
      onboardings,
      standings,
      new Set(reviews.filter((r) => r.status === 'OPEN').map((r) => r.player_id)),
    ),
    ...judgeHits(
      hitRows.map((h) => ({ screeningId: h.screening_id, playerId: h.player_id, hits: h.hits })),
      new Set(reviews.flatMap((r) => r.screening_ids)),
    ),
    ...judgeGates(movementRows, standings),
  ];
  const statuses = [...standings.values()].reduce<Record<string, number>>(
    (acc, s) => ({ ...acc, [s.status]: (acc[s.status] ?? 0) + 1 }),
    {},
  );
  const scenarios = record.newcomers.reduce<Record<string, number>>(
    (acc, n) => ({ ...acc, [n.scenario]: (acc[n.scenario] ?? 0) + 1 }),
    {},
  );
  const { rows: openReviews } = await db.query<{ review_id: string }>(
    `SELECT review_id FROM kyc_reviews WHERE status = 'OPEN' AND player_id = ANY($1)`,
    [playerIds],
  );
  const reviewStatuses = reviews.reduce<Record<string, number>>(
    (acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }),
    {},
  );
  return {
    violations,
    lines: [
      `KYC: ${record.newcomers.length} newcomer(s) ${JSON.stringify(scenarios)}; standings ${JSON.stringify(statuses)}`,
      `KYC: newcomers' attempts right after registering ${JSON.stringify(record.newcomerAttempts)}`,
      `KYC: ${hitRows.length} screening(s) with hits (${scenarios.SANCTIONS_HIT ?? 0} newcomer(s) registered under ` +
        `a listed name), reviews ${JSON.stringify(reviewStatuses)}, ` +
        `${record.rescreenings.size} re-screening run(s)`,
      ...openReviews.map(
        (r) =>
          `KYC: review ${r.review_id} left open; the staff's last answer: ${record.kycReviewNotes.get(r.review_id) ?? 'none'}`,
      ),
    ],
  };
}
