import type { Admin } from 'kafkajs';
import { observePaymentSlo } from '../activities/payments/payment-slos';
import { ConsumerLagSampler } from '../domain/ops/consumer-lag-sampler';
import { createServiceLevelSamplers, type ServiceLevelSamplers } from '../domain/ops/service-level-samplers';
import { seriesFrameOf } from '../domain/ops/slo-series';
import { recordPaymentStep, type PaymentStep } from '../domain/payments/payments-repository';
import { SLO_REPORT_LIFETIME_MS } from '../api/ops/slo-router';
import { newBusinessId } from '../platform/ids';
import { sloMetrics } from '../platform/slo-metrics';
import type { SloIndicator, SloIndicatorId, SloReport } from '../contracts/ops';
import { loadConfig } from '../platform/config';
import { createKafka } from '../platform/kafka';
import { fetchApi } from './support/openapi-conformance';
import { api, newPlayer, requestPayment, waitForStatus } from './support/payments-client';
import { loginAs, type StaffLogin } from './support/staff-login';
import { placeBet } from './support/wallet-client';
import { launchGame } from './support/game-sessions';
import { startTestApp } from './support/test-app';

// The Operations page's SLO report against the real stack: a deposit, an officer-approved and an auto-approved
// withdrawal and a few bets go through, and the report's numbers move with them. The payments run through the
// stack's API and workers; the report and the bets through an app in this process, whose samplers read this
// process's bet histogram (each API replica reports its own bets).

/** A busy CI machine can take longer than the product's 3 s to answer every group's offsets. */
const KAFKA_ASK_TIMEOUT_MS = 15_000;

let server: Awaited<ReturnType<typeof startTestApp>>;
let kafkaAdmin: Admin;
let samplers: ServiceLevelSamplers;
let opsStaff: StaffLogin;

beforeAll(async () => {
  kafkaAdmin = createKafka(loadConfig()).admin();
  await kafkaAdmin.connect();
  samplers = createServiceLevelSamplers({ kafkaAdmin, consumerLagTimeoutMs: KAFKA_ASK_TIMEOUT_MS });
  samplers.start();
  server = await startTestApp({ serviceLevelSamplers: samplers });
  opsStaff = await loginAs(server.db, 'slo-ops', ['payments_ops'], server.url);
});

afterAll(async () => {
  await samplers.stop();
  await kafkaAdmin.disconnect();
  await server.close();
});

/** When the last report of each window arrived, built at the latest then. */
const answeredAt = new Map<string, number>();

/** A report built now: the API answers the same one for 5 s after it built it, so this waits that out. */
async function report(window = '15m', login = opsStaff): Promise<SloReport> {
  const wait = (answeredAt.get(window) ?? 0) + SLO_REPORT_LIFETIME_MS + 100 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const reply = await fetchApi(`${server.url}/api/ops/slo?window=${window}`, { headers: login.headers });
  answeredAt.set(window, Date.now());
  expect(reply.status).toBe(200);
  return (await reply.json()) as SloReport;
}

const indicator = (r: SloReport, id: SloIndicatorId): SloIndicator => r.indicators.find((i) => i.id === id)!;

/** The point of the interval holding `at` (the series are aligned on the report's step). */
function pointAt(i: SloIndicator, r: SloReport, at: Date) {
  const stepMs = r.stepSeconds * 1000;
  const start = new Date(Math.floor(at.getTime() / stepMs) * stepMs).toISOString();
  return i.series.find((p) => p.at === start);
}

/**
 * How many more samples `after` has than `before` in the interval holding `at`. Not the window totals: other tests'
 * samples slide out of the window's far end meanwhile.
 */
function grewAt(before: SloReport, after: SloReport, id: SloIndicatorId, at: Date): number {
  const countAt = (r: SloReport) => pointAt(indicator(r, id), r, at)?.count ?? 0;
  return countAt(after) - countAt(before);
}

async function stepTime(paymentId: string, type: string): Promise<Date> {
  const { rows } = await server.db.query<{ at: Date }>(
    'SELECT at FROM payment_events WHERE payment_id = $1 AND type = $2',
    [paymentId, type],
  );
  return rows[0]!.at;
}

it('reflects a deposit, an approved and an auto-approved withdrawal, and bets, in its series and current values', async () => {
  const before = await report();
  expect(before.indicators.map((i) => i.id)).toEqual([
    'depositEndToEnd',
    'betAcceptance',
    'payoutTime',
    'approvalWait',
    'outboxLag',
    'consumerLag',
  ]);
  expect(before).toMatchObject({ window: '15m', stepSeconds: 30 });
  for (const i of before.indicators) expect(i.series).toHaveLength(30);

  // A deposit through the player API, credited by the saga.
  const playerId = await newPlayer(server.db);
  const deposit = await requestPayment('deposits', playerId, { amountMinor: 20_000 });
  expect(deposit.status).toBe(202);
  await waitForStatus(server.db, deposit.json.id as string, 'CREDITED', 60_000);

  // Their first withdrawal goes to an officer, who approves it; it is then paid, back to the card (closed loop).
  const officer = await loginAs(server.db, 'slo-officer', ['compliance_officer'], server.url);
  const reviewed = await requestPayment('withdrawals', playerId, { amountMinor: 2_500, method: 'CARD' });
  await waitForStatus(server.db, reviewed.json.id as string, 'AWAITING_APPROVAL');
  const approval = await api('POST', `/api/payments/withdrawals/${reviewed.json.id}/approve`, {}, officer.headers);
  expect(approval.status).toBe(200);
  await waitForStatus(server.db, reviewed.json.id as string, 'PAID', 60_000);

  // A long-standing player with a paid withdrawal behind them is low risk: the next small one needs no officer.
  await server.db.query(`UPDATE players SET created_at = now() - interval '30 days' WHERE player_id = $1`, [playerId]);
  const automatic = await requestPayment('withdrawals', playerId, { amountMinor: 2_500, method: 'CARD' });
  await waitForStatus(server.db, automatic.json.id as string, 'PAID', 60_000);
  const { rows } = await server.db.query<{ n: number }>(
    'SELECT approvals_needed AS n FROM payments WHERE payment_id = $1',
    [automatic.json.id],
  );
  expect(rows[0]!.n).toBe(0);

  // Bets through this process's seamless wallet.
  const gambler = await newPlayer(server.db, { fundsMinor: 100_000 });
  const sessionToken = await launchGame(server.db, gambler);
  for (let n = 0; n < 20; n += 1) {
    const bet = await placeBet(server.url, gambler, sessionToken);
    expect(bet.status).toBe(200);
  }

  const after = await report();

  const deposits = indicator(after, 'depositEndToEnd');
  const creditedAt = await stepTime(deposit.json.id as string, 'CREDITED');
  expect(grewAt(before, after, 'depositEndToEnd', creditedAt)).toBeGreaterThanOrEqual(1);
  expect(pointAt(deposits, after, creditedAt)).toMatchObject({ count: expect.any(Number) });
  expect(pointAt(deposits, after, creditedAt)!.count).toBeGreaterThanOrEqual(1);
  expect(pointAt(deposits, after, creditedAt)!.values.p95).toBeGreaterThan(0);
  expect(deposits.current.value).toBeGreaterThan(0);
  expect(deposits.current.state).not.toBe('NO_DATA');
  expect(deposits.target).toMatchObject({ statistic: 'p95', threshold: 30 });

  const approvals = indicator(after, 'approvalWait');
  // Timed at the officer's decision step, not at the status step that follows it.
  const approvedAt = await stepTime(reviewed.json.id as string, 'APPROVAL');
  expect(grewAt(before, after, 'approvalWait', approvedAt)).toBeGreaterThanOrEqual(1);
  expect(pointAt(approvals, after, approvedAt)!.count).toBeGreaterThanOrEqual(1);
  expect(approvals.target.threshold).toBe(loadConfig().WITHDRAWAL_APPROVAL_SLA_SECONDS);

  const payouts = indicator(after, 'payoutTime');
  const paidAt = await stepTime(automatic.json.id as string, 'PAID');
  expect(grewAt(before, after, 'payoutTime', paidAt)).toBeGreaterThanOrEqual(1);
  expect(pointAt(payouts, after, paidAt)!.count).toBeGreaterThanOrEqual(1);
  expect(payouts.target.threshold).toBe(15 * 60);

  // Bets: exactly this process's 20 (each API replica counts its own), fast enough to be under a second.
  const bets = indicator(after, 'betAcceptance');
  expect(bets.current.count! - (before.indicators[1]!.current.count ?? 0)).toBe(20);
  expect(bets.current.value).toBeGreaterThan(0);
  expect(bets.current.value).toBeLessThanOrEqual(1);
  expect(bets.series.reduce((sum, p) => sum + (p.count ?? 0), 0)).toBe(bets.current.count);
  expect(bets.source).toBe('api-process');

  // The outbox carried the payments' events: delays measured, and the backlog known now.
  const outbox = indicator(after, 'outboxLag');
  expect(outbox.series.some((p) => (p.count ?? 0) > 0 && p.values.p99 !== null)).toBe(true);
  expect(outbox.current.value).toBeGreaterThanOrEqual(0);
  expect(outbox.details.map((d) => d.label)).toContain('Unpublished events');

  // Kafka answered for the stack's consumer groups.
  const lag = indicator(after, 'consumerLag');
  expect(lag.current.state).not.toBe('NO_DATA');
  expect(lag.details.map((d) => d.label)).toContain('ops-probe-consumer');
  expect(lag.lines.map((l) => l.key)).toContain('ops-probe-consumer');
  expect(lag.series.at(-1)!.values['ops-probe-consumer']).toEqual(expect.any(Number));
}, 240_000);

describe('approval wait: one sample per reviewed withdrawal, at the officer decision that settled it', () => {
  // Withdrawals written straight into the read model (no saga), step by step as the withdrawal saga records them,
  // so the test knows each step's time. The payments worker's Prometheus histogram is observed from the same
  // recordPaymentStep; here it is this process's, which nothing else observes.
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function syntheticWithdrawal(): Promise<{
    paymentId: string;
    step: (s: Omit<PaymentStep, 'paymentId'>) => Promise<number | null | undefined>;
  }> {
    const playerId = await newPlayer(server.db);
    const paymentId = newBusinessId('wd');
    await server.db.query(
      `INSERT INTO payments (payment_id, kind, player_id, brand, amount_minor, currency, method, country, status,
                             client_key, request_hash, requested_by, workflow_id)
       VALUES ($1, 'WITHDRAWAL', $2, 'luckyspin', 2000, 'EUR', 'BANK_TRANSFER', 'GB', 'FUNDS_RESERVED', $1, '-', $2, $1)`,
      [paymentId, playerId],
    );
    return {
      paymentId,
      /** Records a step as the saga would and observes its SLO; the approval wait it measured, undefined on a retry. */
      step: async (step) => {
        const full = { paymentId, ...step };
        const recorded = await recordPaymentStep(server.db, full);
        observePaymentSlo(full, recorded);
        return recorded && recorded.approvalWaitSeconds;
      },
    };
  }

  async function waitedFor(paymentId: string, fromKey: string, toKey: string): Promise<number> {
    const { rows } = await server.db.query<{ seconds: number }>(
      `SELECT extract(epoch FROM t.at - f.at)::float8 AS seconds FROM payment_events f, payment_events t
       WHERE f.payment_id = $1 AND f.step_key = $2 AND t.payment_id = $1 AND t.step_key = $3`,
      [paymentId, fromKey, toKey],
    );
    return rows[0]!.seconds;
  }

  async function observedCount(decision: 'approve' | 'reject'): Promise<number> {
    const { values } = await sloMetrics.approvalWait.get();
    return values.find((v) => v.metricName?.endsWith('_count') && v.labels.decision === decision)?.value ?? 0;
  }

  it('measures a four-eyes withdrawal once, from the first queue entry to the second approval', async () => {
    const before = { report: await report(), approve: await observedCount('approve') };
    const { paymentId, step } = await syntheticWithdrawal();
    const queued = { stepKey: '1-AWAITING_APPROVAL', type: 'AWAITING_APPROVAL', actor: 'system' };
    expect(await step({ ...queued, status: 'AWAITING_APPROVAL', approvalsNeeded: 2 })).toBeNull();
    await pause(300);
    expect(await step({ stepKey: '2-APPROVAL', type: 'APPROVAL', actor: 'officer-a' })).toBeNull();
    const second = { stepKey: '3-AWAITING_SECOND_APPROVAL', type: 'AWAITING_SECOND_APPROVAL', actor: 'officer-a' };
    expect(await step({ ...second, status: 'AWAITING_SECOND_APPROVAL' })).toBeNull();
    await pause(300);
    const settled = { stepKey: '4-APPROVAL', type: 'APPROVAL', actor: 'senior-c' };
    const wait = await step(settled);
    expect(await step(settled)).toBeUndefined(); // a retried activity observes nothing
    expect(await step({ stepKey: '5-APPROVED', type: 'APPROVED', actor: 'system', status: 'APPROVED' })).toBeNull();
    await step({ stepKey: '6-FAILED', type: 'FAILED', actor: 'system', status: 'FAILED', failureReason: 'test' });

    expect(wait).toBeCloseTo(await waitedFor(paymentId, '1-AWAITING_APPROVAL', '4-APPROVAL'), 6);
    expect(wait).toBeGreaterThanOrEqual(0.6);
    expect((await observedCount('approve')) - before.approve).toBe(1);

    const after = await report();
    const { rows } = await server.db.query<{ at: Date }>(
      `SELECT at FROM payment_events WHERE payment_id = $1 AND step_key = '4-APPROVAL'`,
      [paymentId],
    );
    const decidedAt = rows[0]!.at;
    expect(grewAt(before.report, after, 'approvalWait', decidedAt)).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('measures a rejection at the officer’s decision, not at the REJECTED step written after the void', async () => {
    const before = { reject: await observedCount('reject') };
    const { paymentId, step } = await syntheticWithdrawal();
    const queued = { stepKey: '1-AWAITING_APPROVAL', type: 'AWAITING_APPROVAL', actor: 'system' };
    expect(await step({ ...queued, status: 'AWAITING_APPROVAL', approvalsNeeded: 1 })).toBeNull();
    await pause(200);
    const wait = await step({ stepKey: '2-REJECTION', type: 'REJECTION', actor: 'officer-a' });
    await pause(500); // the wallet worker voiding the reservation
    const rejected = { stepKey: '3-REJECTED', type: 'REJECTED', actor: 'officer-a', status: 'REJECTED' };
    expect(await step({ ...rejected, failureReason: 'test' })).toBeNull();

    expect(wait).toBeCloseTo(await waitedFor(paymentId, '1-AWAITING_APPROVAL', '2-REJECTION'), 6);
    expect(wait).toBeLessThan(await waitedFor(paymentId, '1-AWAITING_APPROVAL', '3-REJECTED'));
    expect((await observedCount('reject')) - before.reject).toBe(1);
  }, 60_000);
});

it('answers the same report for 5 s, to concurrent callers too', async () => {
  const [first, second] = await Promise.all(
    [0, 1].map(async () => {
      const reply = await fetchApi(`${server.url}/api/ops/slo?window=6h`, { headers: opsStaff.headers });
      return (await reply.json()) as SloReport;
    }),
  );
  const again = (await (
    await fetchApi(`${server.url}/api/ops/slo?window=6h`, { headers: opsStaff.headers })
  ).json()) as SloReport;
  expect(second!.generatedAt).toBe(first!.generatedAt);
  expect(again.generatedAt).toBe(first!.generatedAt);
  answeredAt.set('6h', Date.now());
}, 30_000);

it('uses a consumer-lag sample under 15 s old as the current value rather than asking Kafka again', async () => {
  const sampler = new ConsumerLagSampler(kafkaAdmin, { timeoutMs: KAFKA_ASK_TIMEOUT_MS });
  const first = await sampler.view(seriesFrameOf('15m', Date.now()));
  expect(first.error).toBeUndefined();
  expect(first.latest).toBeDefined();
  // The chart's last interval holds the sample that answered it, even one finished after the frame was cut.
  expect(first.series.at(-1)!.values['ops-probe-consumer']).toEqual(expect.any(Number));
  const soon = await sampler.view(seriesFrameOf('15m', first.latest!.at + 1));
  expect(soon.latest).toBe(first.latest);
  // Once it is 15 s old, Kafka is asked again.
  const later = await sampler.view(seriesFrameOf('15m', first.latest!.at + 15_000));
  expect(later.latest!.at).toBeGreaterThan(first.latest!.at);
}, 30_000);

it('asks Kafka again when its latest sample lies in an earlier interval than the report’s last, however recent', async () => {
  const sampler = new ConsumerLagSampler(kafkaAdmin, { timeoutMs: KAFKA_ASK_TIMEOUT_MS });
  const { stepMs } = seriesFrameOf('15m', Date.now());
  const first = await sampler.view(seriesFrameOf('15m', Date.now()));
  const nextInterval = (Math.floor(first.latest!.at / stepMs) + 1) * stepMs;
  // Under 15 s old is not enough when the report's last interval began after it.
  const frame = seriesFrameOf('15m', Math.min(nextInterval, first.latest!.at + 14_000));
  const sameInterval = await sampler.view(frame);
  const next = await sampler.view(seriesFrameOf('15m', nextInterval));
  expect(next.latest!.at).toBeGreaterThan(first.latest!.at);
  if (frame.nowMs < nextInterval) expect(sameInterval.latest).toBe(first.latest);
}, 30_000);

it('answers every window with its own step', async () => {
  for (const [window, step, points] of [
    ['1h', 60, 60],
    ['6h', 300, 72],
    ['24h', 1200, 72],
  ] as const) {
    const r = await report(window);
    expect({ window: r.window, step: r.stepSeconds, points: r.indicators[0]!.series.length }).toEqual({
      window,
      step,
      points,
    });
  }
}, 60_000);

it('refuses a window it does not know with a 400 problem', async () => {
  const reply = await fetchApi(`${server.url}/api/ops/slo?window=7d`, { headers: opsStaff.headers });
  expect(reply.status).toBe(400);
  expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = (await reply.json()) as { errors: { field: string }[] };
  expect(problem.errors.map((e) => e.field)).toEqual(['query.window']);

  const stray = await fetchApi(`${server.url}/api/ops/slo?window=1h&from=yesterday`, { headers: opsStaff.headers });
  expect(stray.status).toBe(400);
});

it('refuses staff whose roles may not read the service levels', async () => {
  const agent = await loginAs(server.db, 'slo-agent', ['cs_agent'], server.url);
  const reply = await fetchApi(`${server.url}/api/ops/slo`, { headers: agent.headers });
  expect(reply.status).toBe(403);
  expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(((await reply.json()) as { code: string }).code).toBe('FORBIDDEN');
});
