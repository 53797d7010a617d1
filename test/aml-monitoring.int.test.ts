import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { AmlStarterRule } from '../contracts/aml';
import { depositStatusChangedEvent } from '../domain/payments/events';
import { MonitoredEventKind } from '../domain/aml/rules/rule-definition';
import { registerPlayer } from '../domain/wallet/players';
import { loadConfig } from '../platform/config';
import { createPool, withTransaction, type Db } from '../platform/db';
import { appendOutboxEvent } from '../platform/events';
import { createKafka } from '../platform/kafka';
import { api } from './support/payments-client';
import { newSubject } from './support/player-tokens';
import { loginAs, type StaffLogin } from './support/staff-login';
import { until } from './support/until';

// AML monitoring on the real stack (issue 15): payment events go through the outbox, the relay and Kafka to the
// aml-monitor process, which evaluates the live rule versions and writes alerts. The deposit events are written to
// the outbox here the way the payments repository writes them (recordPaymentStep), so each test controls amounts,
// instruments and timing without driving a PSP.

const config = loadConfig();
let db: Db;
let producer: Producer;
let analyst: StaffLogin;
let mlro: StaffLogin;

beforeAll(async () => {
  db = createPool(config.databaseUrl, 3);
  producer = createKafka(config).producer();
  await producer.connect();
  analyst = await loginAs(db, 'aml-monitoring-analyst', ['risk_analyst']);
  mlro = await loginAs(db, 'aml-monitoring-mlro', ['mlro']);
});
afterAll(async () => {
  await producer.disconnect();
  await db.end();
});

const newGbPlayer = async () =>
  (
    await registerPlayer(
      db,
      { brand: 'luckyspin', jurisdiction: 'GB', currency: 'EUR', dateOfBirth: '1990-01-01' },
      { subject: newSubject() },
    )
  ).playerId;

/** A credited deposit as the payments code announces it; returns the event id. */
async function creditedDeposit(playerId: string, amountMinor: number, instrumentId = 'pi_test_card') {
  const envelope = await withTransaction(db, (tx) =>
    appendOutboxEvent(tx, depositStatusChangedEvent, playerId, {
      paymentId: `dep_${randomUUID()}`,
      playerId,
      brand: 'luckyspin',
      country: 'GB',
      amountMinor,
      currency: 'EUR',
      method: 'CARD',
      instrumentId,
      psp: 'cardpay',
      failureReason: null,
      status: 'CREDITED',
      previousStatus: 'CREDITING',
    }),
  );
  return envelope.eventId;
}

const evaluated = (eventId: string) =>
  until(`the evaluation of ${eventId}`, async () => {
    const { rows } = await db.query<{ fired: { ruleId: string; version: number; alertId: string }[] }>(
      'SELECT fired FROM aml_evaluations WHERE event_id = $1',
      [eventId],
    );
    return rows[0];
  });

const alertsOf = async (playerId: string, ruleId: string) =>
  (
    await db.query<{ alert_id: string; rule_version: number; event_id: string }>(
      'SELECT alert_id, rule_version, event_id FROM aml_alerts WHERE player_id = $1 AND rule_id = $2 ORDER BY raised_at',
      [playerId, ruleId],
    )
  ).rows;

it('raises one structuring alert for deposits just under the CDD threshold, explained, with its risk.alerts event', async () => {
  const playerId = await newGbPlayer();
  // GB's CDD threshold is EUR 2,000: three deposits within 20 % under it in a day.
  await evaluated(await creditedDeposit(playerId, 195_000));
  await evaluated(await creditedDeposit(playerId, 190_000));
  expect(await alertsOf(playerId, AmlStarterRule.STRUCTURING)).toHaveLength(0);
  const third = await evaluated(await creditedDeposit(playerId, 199_000));
  expect(third.fired.map((f) => f.ruleId)).toContain(AmlStarterRule.STRUCTURING);
  // A fourth the same day matches again but is the same pattern: suppressed for the day.
  const fourth = await evaluated(await creditedDeposit(playerId, 198_000));
  expect(fourth.fired.find((f) => f.ruleId === AmlStarterRule.STRUCTURING)).toMatchObject({ suppressed: true });
  const alerts = await alertsOf(playerId, AmlStarterRule.STRUCTURING);
  expect(alerts).toHaveLength(1);

  const list = await api(
    'GET',
    `/api/aml/alerts?playerId=${playerId}&ruleId=${AmlStarterRule.STRUCTURING}`,
    undefined,
    analyst.headers,
  );
  expect(list.status).toBe(200);
  expect(list.json.items).toHaveLength(1);
  const detail = await api('GET', `/api/aml/alerts/${alerts[0]!.alert_id}`, undefined, analyst.headers);
  expect(detail.status).toBe(200);
  expect(detail.json).toMatchObject({ ruleName: 'Structuring below the CDD threshold', severity: 'HIGH' });
  expect(detail.json.explanation.facts.window.depositAmounts).toEqual([195_000, 190_000, 199_000]);
  expect(detail.json.explanation.facts.cdd).toMatchObject({ thresholdMinor: 200_000, currency: 'EUR' });

  const outbox = await db.query(
    `SELECT 1 FROM outbox_events WHERE topic = 'risk.alerts' AND payload -> 'payload' ->> 'alertId' = $1`,
    [alerts[0]!.alert_id],
  );
  expect(outbox.rowCount).toBe(1);

  const risk = await api('GET', `/api/aml/players/${playerId}/risk-score`, undefined, analyst.headers);
  expect(risk.json.contributions).toEqual([
    expect.objectContaining({ ruleId: AmlStarterRule.STRUCTURING, alerts: 1, score: 60 }),
  ]);
  expect(risk.json.score).toBe(60);

  // The aml-worker's router files the alert into a case of the player, whose workflow holds the player's payouts
  // (HIGH is at the default hold severity).
  const filed = await until('the alert filed into a case', async () => {
    const { rows } = await db.query<{ case_id: string | null }>('SELECT case_id FROM aml_alerts WHERE alert_id = $1', [
      alerts[0]!.alert_id,
    ]);
    return rows[0]?.case_id ?? undefined;
  });
  const amlCase = await until('the case opened with its hold', async () => {
    const res = await api('GET', `/api/aml/cases/${filed}`, undefined, analyst.headers);
    return res.status === 200 && res.json.holdActive ? res.json : undefined;
  });
  expect(amlCase).toMatchObject({ caseId: filed, playerId, severity: 'HIGH', status: 'OPEN' });
  const filedDetail = await api('GET', `/api/aml/alerts/${alerts[0]!.alert_id}`, undefined, analyst.headers);
  expect(filedDetail.json.caseId).toBe(filed);
});

it('raises one alert when the same event is delivered twice', async () => {
  const playerId = await newGbPlayer();
  const eventId = await creditedDeposit(playerId, 650_000);
  await evaluated(eventId);
  const { rows } = await db.query<{ payload: unknown; message_key: string; topic: string }>(
    'SELECT payload, message_key, topic FROM outbox_events WHERE event_id = $1',
    [eventId],
  );
  const row = rows[0]!;
  // The same message again (as a relay that crashed before marking it sent would publish it), then a new event on
  // the same partition: once that one is evaluated, the duplicate before it has been handled.
  await producer.send({
    topic: row.topic,
    messages: [
      {
        key: row.message_key,
        value: JSON.stringify(row.payload),
        headers: { eventId, eventType: depositStatusChangedEvent.type },
      },
    ],
  });
  await evaluated(await creditedDeposit(playerId, 1_000));
  expect(await alertsOf(playerId, AmlStarterRule.LARGE_DEPOSIT)).toEqual([
    expect.objectContaining({ event_id: eventId }),
  ]);
  const log = await db.query('SELECT 1 FROM aml_evaluations WHERE event_id = $1', [eventId]);
  expect(log.rowCount).toBe(1);
});

it('makes a new version on an edit, live only when the MLRO says so; old alerts keep their version', async () => {
  const ruleId = `test-exact-amount-${Date.now().toString(36)}`;
  // A rule of this test's own that only this test's amounts can match, so the starter rules stay as they are.
  const definition = (exactMinor: number) => ({
    language: 'cel',
    on: [MonitoredEventKind.DEPOSIT_CREDITED],
    condition: 'event.amountMinor == params.exactMinor',
    params: { exactMinor },
    windowHours: 1,
    suppress: { per: 'EVENT' },
  });
  const propose = (exactMinor: number, extra: object = {}) =>
    api(
      'POST',
      `/api/aml/rules/${ruleId}/versions`,
      {
        definition: definition(exactMinor),
        description: 'Test amount',
        severity: 'LOW',
        score: 1,
        reason: 'test',
        ...extra,
      },
      analyst.headers,
    );
  expect((await propose(123_457)).json).toMatchObject({ code: 'AML_RULE_NAME_REQUIRED' });
  const v1 = await propose(123_457, { name: 'Test exact amount' });
  expect(v1.status).toBe(201);
  expect(v1.json).toMatchObject({ version: 1, live: false, createdBy: analyst.staffId });
  const broken = await api(
    'POST',
    `/api/aml/rules/${ruleId}/versions`,
    {
      definition: { ...definition(1), condition: 'event.amountMinor >' },
      description: 'x',
      severity: 'LOW',
      score: 1,
      reason: 'x',
    },
    analyst.headers,
  );
  expect(broken.status).toBe(422);
  expect(broken.json.code).toBe('AML_RULE_DEFINITION_INVALID');

  // Analysts propose; only the MLRO makes a version live.
  expect(
    (await api('POST', `/api/aml/rules/${ruleId}/versions/1/live`, { reason: 'go' }, analyst.headers)).status,
  ).toBe(403);
  expect(
    (await api('POST', `/api/aml/rules/${ruleId}/versions/1/live`, { reason: 'go' }, mlro.headers)).json,
  ).toMatchObject({
    liveVersion: 1,
    previousLiveVersion: null,
  });
  const playerId = await newGbPlayer();
  await evaluated(await creditedDeposit(playerId, 123_457));
  expect((await alertsOf(playerId, ruleId)).map((a) => a.rule_version)).toEqual([1]);

  const v2 = await propose(123_458);
  expect(v2.json).toMatchObject({ version: 2, live: false });
  await api('POST', `/api/aml/rules/${ruleId}/versions/2/live`, { reason: 'new amount' }, mlro.headers);
  await evaluated(await creditedDeposit(playerId, 123_457)); // v1's amount: no longer matched
  await evaluated(await creditedDeposit(playerId, 123_458));
  expect((await alertsOf(playerId, ruleId)).map((a) => a.rule_version)).toEqual([1, 2]);

  const rule = await api('GET', `/api/aml/rules/${ruleId}`, undefined, analyst.headers);
  expect(rule.json).toMatchObject({ liveVersion: 2, versionsCount: 2, alertsRaised: 2, precision: null });
  expect(rule.json.versions.map((v: { version: number; live: boolean }) => [v.version, v.live])).toEqual([
    [2, true],
    [1, false],
  ]);
  expect(rule.json.versions[1].definition.params).toEqual({ exactMinor: 123_457 });
  const audit = await db.query(
    `SELECT action FROM audit_log WHERE entity_type = 'AmlRule' AND entity_id = $1 ORDER BY audit_id`,
    [ruleId],
  );
  expect(audit.rows.map((r) => r.action)).toEqual([
    'aml.rule.version.create',
    'aml.rule.version.live',
    'aml.rule.version.create',
    'aml.rule.version.live',
  ]);
});

it('back-tests a version and an unsaved definition over seeded history', async () => {
  const playerId = await newGbPlayer();
  // A past period of this run's own, so earlier runs on a reused stack do not add to the counts.
  const day0 = Date.UTC(2001, 0, 1) + ((Date.now() % 5_000_000) * 86_400_000) / 1000;
  const start = new Date(Math.floor(day0 / 86_400_000) * 86_400_000);
  const at = (day: number, hour: number) => new Date(start.getTime() + day * 86_400_000 + hour * 3_600_000);
  const seeded = [
    [at(0, 9), 195_000],
    [at(0, 10), 190_000],
    [at(0, 11), 199_000],
    [at(0, 12), 196_000], // the same day's pattern: suppressed
    // The next day, more than a day after the first day's deposits (the window slides over 24 h).
    [at(1, 13), 181_000],
    [at(1, 14), 185_000],
    [at(1, 15), 199_999],
    // Two only, and more than a day after the day before's last: nothing.
    [at(2, 16), 199_000],
    [at(2, 17), 150_000],
    [at(2, 18), 199_500],
  ] as const;
  for (const [occurredAt, amountMinor] of seeded) {
    await db.query(
      `INSERT INTO aml_monitored_events (event_id, player_id, kind, occurred_at, payment_id, amount_minor, currency,
                                         instrument_id, country)
       VALUES ($1, $2, 'DEPOSIT_CREDITED', $3, $4, $5, 'EUR', 'pi_bt', 'GB')`,
      [randomUUID(), playerId, occurredAt, `dep_${randomUUID()}`, amountMinor],
    );
  }
  const rule = await api('GET', `/api/aml/rules/${AmlStarterRule.STRUCTURING}`, undefined, analyst.headers);
  const period = { from: at(0, 0).toISOString(), to: at(3, 0).toISOString() };
  const live = await api(
    'POST',
    `/api/aml/rules/${AmlStarterRule.STRUCTURING}/backtests`,
    { ...period, version: rule.json.liveVersion },
    analyst.headers,
  );
  expect(live.status).toBe(201);
  expect(live.json.result).toMatchObject({
    eventsEvaluated: 10,
    alerts: 2,
    players: [{ playerId, alerts: 2 }],
    perDay: [
      { day: at(0, 0).toISOString().slice(0, 10), alerts: 1 },
      { day: at(1, 0).toISOString().slice(0, 10), alerts: 1 },
    ],
  });
  const stricter = await api(
    'POST',
    `/api/aml/rules/${AmlStarterRule.STRUCTURING}/backtests`,
    { ...period, definition: { ...rule.json.versions[0].definition, params: { bandPercent: 20, minDeposits: 4 } } },
    analyst.headers,
  );
  expect(stricter.json).toMatchObject({ ruleVersion: null, result: { alerts: 1 } });
  const read = await api('GET', `/api/aml/backtests/${stricter.json.backtestId}`, undefined, analyst.headers);
  expect(read.json.result.alerts).toBe(1);
  // Nothing was written as an alert.
  expect(await alertsOf(playerId, AmlStarterRule.STRUCTURING)).toHaveLength(0);
});
