import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../platform/config';
import { measureConsumerLag, subscribedTopics } from '../platform/consumer-lag';
import { createPool, type Db } from '../platform/db';
import { createKafka } from '../platform/kafka';
import { metricsPortOf, ourProcesses } from '../stack/processes';
import { newPlayer, requestPayment, api, waitForStatus } from './support/payments-client';
import { apiUrl } from './support/run-probe';
import { loginAs, type StaffLogin } from './support/staff-login';
import { callWallet } from './support/wallet-client';
import { launchGame } from './support/game-sessions';
import { until } from './support/until';

// Every process of the running stack serves Prometheus metrics on its own METRICS_PORT; a deposit, bets and an
// officer-approved withdrawal through the stack move the SLO histograms of the processes that observe them. Other
// tests may run at the same time, so counts are compared as "went up by at least", never "equals".

const config = loadConfig();
let db: Db;
let officer: StaffLogin;

beforeAll(async () => {
  db = createPool(config.databaseUrl, 3);
  officer = await loginAs(db, 'metrics-officer', ['compliance_officer']);
});
afterAll(() => db.end());

const portOf = (name: string) =>
  metricsPortOf(
    ourProcesses.find((p) => p.name === name)!,
    config,
  );

async function scrape(name: string) {
  const response = await fetch(`http://127.0.0.1:${portOf(name)}/metrics`, { signal: AbortSignal.timeout(10_000) });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a text exposition (comments left out). */
function samplesOf(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)(?: \d+)?$/.exec(line);
      if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
      const labels = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!]),
      );
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

/** The sum of `name`'s samples whose labels include `labels`, as `process` exposes them now. */
async function total(process: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  return samplesOf((await scrape(process)).text)
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

/** Waits until `name` on `process` reaches `atLeast`: an observation follows its database commit by a moment. */
async function eventually(process: string, name: string, labels: Record<string, string>, atLeast: number) {
  const deadline = Date.now() + 15_000;
  let last = await total(process, name, labels);
  while (last < atLeast && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    last = await total(process, name, labels);
  }
  return last;
}

describe.each(ourProcesses.map((p) => [p.name, metricsPortOf(p, config)] as const))('%s on :%i', (name) => {
  it('answers GET /metrics with Prometheus text, process metrics included', async () => {
    const { status, contentType, text } = await scrape(name);
    expect(status).toBe(200);
    expect(contentType).toBe('text/plain; version=0.0.4; charset=utf-8');
    const names = new Set(samplesOf(text).map((s) => s.name));
    expect([...names]).toEqual(
      expect.arrayContaining([
        'process_cpu_seconds_total',
        'process_resident_memory_bytes',
        'nodejs_eventloop_lag_p99_seconds',
      ]),
    );
  });
});

const temporalWorkers = ourProcesses.filter((p) => p.entry.endsWith('.worker.ts')).map((p) => p.name);

describe.each(temporalWorkers.map((name) => [name] as const))('Temporal worker %s', (name) => {
  it("includes the Temporal SDK's metrics for its task queue", async () => {
    const samples = samplesOf((await scrape(name)).text);
    const slots = samples.filter((s) => s.name === 'temporal_worker_task_slots_available');
    expect(slots.length).toBeGreaterThan(0);
    expect(slots[0]!.labels).toMatchObject({ namespace: config.TEMPORAL_NAMESPACE, task_queue: expect.any(String) });
    expect(samples.some((s) => s.name === 'temporal_request_total')).toBe(true);
  });
});

it('keeps /metrics off the public API port', async () => {
  // The public port may answer the admin UI's page for an unknown path, never the metrics.
  const response = await fetch(`${apiUrl}/metrics`);
  expect(response.headers.get('content-type')).not.toMatch(/^text\/plain/);
  expect(await response.text()).not.toContain('process_cpu_seconds_total');
});

it('moves the deposit, bet, payout and approval-wait histograms when those happen', async () => {
  const count = (process: string, family: string, labels: Record<string, string> = {}) =>
    total(process, `${family}_count`, labels);
  const before = {
    deposits: await count('payments-worker', 'igaming_deposit_end_to_end_seconds'),
    betsAccepted: await count('api', 'igaming_bet_acceptance_seconds', { result: 'accepted' }),
    betsRefused: await count('api', 'igaming_bet_acceptance_seconds', { result: 'refused' }),
    betsUnauthenticated: await count('api', 'igaming_bet_acceptance_seconds', { result: 'unauthenticated' }),
    payouts: await count('payments-worker', 'igaming_payout_seconds', { approval: 'officer' }),
    approvals: await count('payments-worker', 'igaming_withdrawal_approval_wait_seconds', { decision: 'approve' }),
  };

  const depositor = await newPlayer(db);
  const deposit = await requestPayment('deposits', depositor, { amountMinor: 2_500 });
  expect(deposit.status).toBe(202);
  await waitForStatus(db, deposit.json.id as string, 'CREDITED', 60_000);

  const [provider, secret] = [...config.GAME_PROVIDER_SECRETS][0]!;
  const gambler = await newPlayer(db, { fundsMinor: 1_000 });
  const sessionToken = await launchGame(db, gambler, { providerId: provider });
  const bet = (amountMinor: number, signingSecret = secret) =>
    callWallet(
      apiUrl,
      'bet',
      {
        transactionId: `metrics-bet-${randomUUID()}`,
        playerId: gambler,
        currency: 'EUR',
        amountMinor,
        roundId: `metrics-round-${randomUUID()}`,
        gameId: 'starburst',
        sessionToken,
      },
      { provider, secret: signingSecret },
    );
  expect((await bet(100)).status).toBe(200);
  expect((await bet(1_000_000)).json).toMatchObject({ code: 'INSUFFICIENT_FUNDS' });
  expect((await bet(100, 'not-the-secret-0123456789')).status).toBe(401);

  const withdrawer = await newPlayer(db, { fundsMinor: 10_000 });
  const withdrawal = await requestPayment('withdrawals', withdrawer, { amountMinor: 3_000 });
  expect(withdrawal.status).toBe(202);
  const withdrawalId = withdrawal.json.id as string;
  await waitForStatus(db, withdrawalId, 'AWAITING_APPROVAL');
  const approval = await api('POST', `/api/payments/withdrawals/${withdrawalId}/approve`, {}, officer.headers);
  expect(approval.status).toBe(200);
  await waitForStatus(db, withdrawalId, 'PAID', 60_000);

  const { rows } = await db.query<{ psp: string }>('SELECT psp FROM payments WHERE payment_id = $1', [deposit.json.id]);
  expect(
    await eventually('payments-worker', 'igaming_deposit_end_to_end_seconds_count', {}, before.deposits + 1),
  ).toBeGreaterThanOrEqual(before.deposits + 1);
  expect(await count('payments-worker', 'igaming_deposit_end_to_end_seconds', { psp: rows[0]!.psp })).toBeGreaterThan(
    0,
  );
  expect(await count('api', 'igaming_bet_acceptance_seconds', { result: 'accepted' })).toBeGreaterThanOrEqual(
    before.betsAccepted + 1,
  );
  expect(await count('api', 'igaming_bet_acceptance_seconds', { result: 'refused' })).toBeGreaterThanOrEqual(
    before.betsRefused + 1,
  );
  // A badly signed call is no bet: counted apart, and left out of the SLO by the dashboard and the Operations page.
  expect(await count('api', 'igaming_bet_acceptance_seconds', { result: 'unauthenticated' })).toBeGreaterThanOrEqual(
    before.betsUnauthenticated + 1,
  );
  expect(
    await eventually('payments-worker', 'igaming_payout_seconds_count', { approval: 'officer' }, before.payouts + 1),
  ).toBeGreaterThanOrEqual(before.payouts + 1);
  expect(
    await eventually(
      'payments-worker',
      'igaming_withdrawal_approval_wait_seconds_count',
      { decision: 'approve' },
      before.approvals + 1,
    ),
  ).toBeGreaterThanOrEqual(before.approvals + 1);
});

it("exposes the Temporal SDK families the dashboard's worker panels are built on, as captured", async () => {
  // The dashboard's Temporal names are checked against observability/temporal-sdk-metrics.txt (unit test); these
  // are the ones every busy worker has, so an SDK upgrade that renames them fails here before a panel goes blank.
  // It runs after the test above, so that a worker restarted by an earlier drill has completed workflows since.
  const live = new Set<string>();
  const deadline = Date.now() + 15_000;
  do {
    for (const name of temporalWorkers) {
      for (const match of (await scrape(name)).text.matchAll(/^# TYPE (temporal_\w+) /gm)) live.add(match[1]!);
    }
  } while (!live.has('temporal_workflow_endtoend_latency_seconds') && Date.now() < deadline);
  const captured = readFileSync(path.resolve(__dirname, '..', 'observability', 'temporal-sdk-metrics.txt'), 'utf8');
  for (const family of [
    'temporal_workflow_task_schedule_to_start_latency_seconds',
    'temporal_activity_schedule_to_start_latency_seconds',
    'temporal_activity_execution_latency_seconds',
    'temporal_workflow_endtoend_latency_seconds',
    'temporal_worker_task_slots_available',
    'temporal_worker_task_slots_used',
    'temporal_num_pollers',
    'temporal_request_latency_seconds',
  ]) {
    expect({ family, live: live.has(family) }).toEqual({ family, live: true });
    expect(captured).toMatch(new RegExp(`^${family} `, 'm'));
  }
});

it('reports the outbox lag and backlog, and the consumer lag per partition', async () => {
  const relay = samplesOf((await scrape('outbox-relay')).text);
  const lag = relay.find((s) => s.name === 'igaming_outbox_lag_seconds');
  const backlog = relay.find((s) => s.name === 'igaming_outbox_unpublished_events');
  expect(lag?.value).toBeGreaterThanOrEqual(0);
  expect(backlog?.value).toBeGreaterThanOrEqual(0);

  const consumer = samplesOf((await scrape('ops-probe-consumer')).text).filter(
    (s) => s.name === 'igaming_kafka_consumer_lag_messages',
  );
  expect(consumer.length).toBeGreaterThan(0);
  for (const sample of consumer) {
    expect(sample.labels).toMatchObject({
      group: 'ops-probe-consumer',
      topic: 'ops.probes',
      partition: expect.any(String),
    });
    expect(sample.value).toBeGreaterThanOrEqual(0);
  }
  // Each gauge is exposed only by the process that measures it, so no other process reports a misleading zero.
  expect(samplesOf((await scrape('api')).text).some((s) => s.name === 'igaming_outbox_lag_seconds')).toBe(false);
});

it('measures consumer lag from the broker: all of a partition before a first commit, the rest after one', async () => {
  const admin = createKafka(config).admin();
  await admin.connect();
  try {
    const topic = 'ops.probes';
    const groupId = `metrics-test-${randomUUID()}`;
    const offsets = await admin.fetchTopicOffsets(topic);
    const lags = await measureConsumerLag(admin, groupId, [topic]);
    expect(lags.map((l) => l.partition).sort()).toEqual(offsets.map((o) => o.partition).sort());
    for (const { partition, high, low } of offsets) {
      expect(lags.find((l) => l.partition === partition)).toEqual({
        group: groupId,
        topic,
        partition,
        lag: Number(high) - Number(low),
      });
    }
    // A group that has committed up to the high watermark on every partition is not behind at all.
    await admin.setOffsets({
      groupId,
      topic,
      partitions: offsets.map((o) => ({ partition: o.partition, offset: o.high })),
    });
    expect((await measureConsumerLag(admin, groupId, [topic])).map((l) => l.lag)).toEqual(offsets.map(() => 0));
    await admin.deleteGroups([groupId]);
  } finally {
    await admin.disconnect();
  }
});

it('measures a live group on the topics it consumes, not on a topic it left with offsets still committed', async () => {
  const kafka = createKafka(config);
  const admin = kafka.admin();
  const groupId = `metrics-test-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId });
  await admin.connect();
  try {
    // What aml-monitor's group looks like after an upgrade: offsets committed on wallet.transactions, which it
    // consumed before, left at the start of the topic, while its members now subscribe to other topics only.
    const left = 'wallet.transactions';
    const leftOffsets = await admin.fetchTopicOffsets(left);
    await admin.setOffsets({
      groupId,
      topic: left,
      partitions: leftOffsets.map((o) => ({ partition: o.partition, offset: o.low })),
    });
    await consumer.connect();
    await consumer.subscribe({ topics: ['ops.probes'] });
    await consumer.run({ eachMessage: async () => undefined });
    const group = await until('the consumer has joined its group', async () => {
      const [described] = (await admin.describeGroups([groupId])).groups;
      return described && described.members.length > 0 ? described : undefined;
    });

    expect(subscribedTopics(group)).toEqual(['ops.probes']);
    // Measured on every topic the group has committed on, the topic it left still counts; as it consumes, not.
    expect((await measureConsumerLag(admin, groupId)).some((l) => l.topic === left)).toBe(true);
    const measured = await measureConsumerLag(admin, groupId, subscribedTopics(group));
    expect(new Set(measured.map((l) => l.topic))).toEqual(new Set(['ops.probes']));
  } finally {
    await consumer.disconnect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
});
