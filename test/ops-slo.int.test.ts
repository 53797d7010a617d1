import type { Admin } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { createServiceLevelSamplers, type ServiceLevelSamplers } from '../domain/ops/service-level-samplers';
import type { SloIndicator, SloIndicatorId, SloReport } from '../domain/ops/slo-contract';
import { loadConfig } from '../platform/config';
import { createKafka } from '../platform/kafka';
import { api, newPlayer, requestPayment, resetPsps, waitForStatus } from './support/payments-client';
import { loginAs, type StaffLogin } from './support/staff-login';
import { callWallet } from './support/wallet-client';
import { startTestApp } from './support/test-app';

// The Operations page's SLO report against the real stack: a deposit, an officer-approved and an auto-approved
// withdrawal and a few bets go through, and the report's numbers move with them. The payments run through the
// stack's API and workers; the report and the bets through an app in this process, whose samplers read this
// process's bet histogram (each API replica reports its own bets).

let server: Awaited<ReturnType<typeof startTestApp>>;
let kafkaAdmin: Admin;
let samplers: ServiceLevelSamplers;
let opsStaff: StaffLogin;

beforeAll(async () => {
  kafkaAdmin = createKafka(loadConfig()).admin();
  await kafkaAdmin.connect();
  samplers = createServiceLevelSamplers({ kafkaAdmin });
  samplers.start();
  server = await startTestApp({ serviceLevelSamplers: samplers });
  opsStaff = await loginAs(server.db, 'slo-ops', ['payments_ops'], server.url);
  await resetPsps();
});

afterAll(async () => {
  await samplers.stop();
  await kafkaAdmin.disconnect();
  await server.close();
});

async function report(window = '15m', login = opsStaff): Promise<SloReport> {
  const reply = await fetch(`${server.url}/api/ops/slo?window=${window}`, { headers: login.headers });
  expect(reply.status).toBe(200);
  return (await reply.json()) as SloReport;
}

const indicator = (r: SloReport, id: SloIndicatorId): SloIndicator => r.indicators.find((i) => i.id === id)!;
const windowCount = (r: SloReport, id: SloIndicatorId) => indicator(r, id).current.count ?? 0;

/** The point of the interval holding `at` (the series are aligned on the report's step). */
function pointAt(i: SloIndicator, r: SloReport, at: Date) {
  const stepMs = r.stepSeconds * 1000;
  const start = new Date(Math.floor(at.getTime() / stepMs) * stepMs).toISOString();
  return i.series.find((p) => p.at === start);
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

  // Their first withdrawal goes to an officer, who approves it; it is then paid.
  const officer = await loginAs(server.db, 'slo-officer', ['compliance_officer'], server.url);
  const reviewed = await requestPayment('withdrawals', playerId, { amountMinor: 2_500 });
  await waitForStatus(server.db, reviewed.json.id as string, 'AWAITING_APPROVAL');
  const approval = await api('POST', `/api/payments/withdrawals/${reviewed.json.id}/approve`, {}, officer.headers);
  expect(approval.status).toBe(200);
  await waitForStatus(server.db, reviewed.json.id as string, 'PAID', 60_000);

  // A long-standing player with a paid withdrawal behind them is low risk: the next small one needs no officer.
  await server.db.query(`UPDATE players SET created_at = now() - interval '30 days' WHERE player_id = $1`, [playerId]);
  const automatic = await requestPayment('withdrawals', playerId, { amountMinor: 2_500 });
  await waitForStatus(server.db, automatic.json.id as string, 'PAID', 60_000);
  const { rows } = await server.db.query<{ n: number }>(
    'SELECT approvals_needed AS n FROM payments WHERE payment_id = $1',
    [automatic.json.id],
  );
  expect(rows[0]!.n).toBe(0);

  // Bets through this process's seamless wallet.
  const gambler = await newPlayer(server.db, { fundsMinor: 100_000 });
  for (let n = 0; n < 20; n += 1) {
    const bet = await callWallet(server.url, 'bet', {
      transactionId: `slo-bet-${randomUUID()}`,
      playerId: gambler,
      currency: 'EUR',
      amountMinor: 100,
      roundId: `slo-round-${randomUUID()}`,
      gameId: 'starburst',
    });
    expect(bet.status).toBe(200);
  }

  const after = await report();

  const deposits = indicator(after, 'depositEndToEnd');
  expect(windowCount(after, 'depositEndToEnd')).toBeGreaterThanOrEqual(windowCount(before, 'depositEndToEnd') + 1);
  const creditedAt = await stepTime(deposit.json.id as string, 'CREDITED');
  expect(pointAt(deposits, after, creditedAt)).toMatchObject({ count: expect.any(Number) });
  expect(pointAt(deposits, after, creditedAt)!.count).toBeGreaterThanOrEqual(1);
  expect(pointAt(deposits, after, creditedAt)!.values.p95).toBeGreaterThan(0);
  expect(deposits.current.value).toBeGreaterThan(0);
  expect(deposits.current.state).not.toBe('NO_DATA');
  expect(deposits.target).toMatchObject({ statistic: 'p95', threshold: 30 });

  const approvals = indicator(after, 'approvalWait');
  expect(windowCount(after, 'approvalWait')).toBeGreaterThanOrEqual(windowCount(before, 'approvalWait') + 1);
  const approvedAt = await stepTime(reviewed.json.id as string, 'APPROVED');
  expect(pointAt(approvals, after, approvedAt)!.count).toBeGreaterThanOrEqual(1);
  expect(approvals.target.threshold).toBe(loadConfig().WITHDRAWAL_APPROVAL_SLA_SECONDS);

  const payouts = indicator(after, 'payoutTime');
  expect(windowCount(after, 'payoutTime')).toBeGreaterThanOrEqual(windowCount(before, 'payoutTime') + 1);
  const paidAt = await stepTime(automatic.json.id as string, 'PAID');
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
  const reply = await fetch(`${server.url}/api/ops/slo?window=7d`, { headers: opsStaff.headers });
  expect(reply.status).toBe(400);
  expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = (await reply.json()) as { errors: { field: string }[] };
  expect(problem.errors.map((e) => e.field)).toEqual(['query.window']);

  const stray = await fetch(`${server.url}/api/ops/slo?window=1h&from=yesterday`, { headers: opsStaff.headers });
  expect(stray.status).toBe(400);
});

it('refuses staff whose roles may not read the service levels', async () => {
  const agent = await loginAs(server.db, 'slo-agent', ['cs_agent'], server.url);
  const reply = await fetch(`${server.url}/api/ops/slo`, { headers: agent.headers });
  expect(reply.status).toBe(403);
  expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(((await reply.json()) as { code: string }).code).toBe('FORBIDDEN');
});
