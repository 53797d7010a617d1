import { randomUUID } from 'node:crypto';
import { depositStatusChangedEvent } from '../domain/payments/events';
import { registerPlayer } from '../domain/wallet/players';
import { loadConfig } from '../platform/config';
import { createPool, withTransaction, type Db } from '../platform/db';
import { appendOutboxEvent } from '../platform/events';
import { api } from './support/payments-client';
import { newSubject } from './support/player-tokens';
import { loginAs, type StaffLogin } from './support/staff-login';
import { until } from './support/until';

// Markers of harm and interventions on the real stack (issue 16 item 5): an agent logs a customer's contact about
// gambling through the back-office API; its rg.events event reaches rg-monitor through the outbox, the relay and
// Kafka; the contact is a strong indicator, so the player's first intervention starts on the rg worker and goes to
// level 3 at once (restrictions); an RG officer then works it from the queue: claim, interaction, resolve.

const config = loadConfig();
let db: Db;
let officer: StaffLogin;
let agent: StaffLogin;

beforeAll(async () => {
  db = createPool(config.databaseUrl, 3);
  officer = await loginAs(db, 'rg-harm-officer', ['rg_officer']);
  agent = await loginAs(db, 'rg-harm-agent', ['cs_agent']);
});
afterAll(() => db.end());

const newGbPlayer = async () =>
  (
    await registerPlayer(
      db,
      { brand: 'luckyspin', jurisdiction: 'GB', currency: 'GBP', dateOfBirth: '1990-01-01' },
      { subject: newSubject() },
    )
  ).playerId;

it('acts at once on a strong indicator, and an RG officer works the intervention from the queue', async () => {
  const playerId = await newGbPlayer();
  const logged = await api(
    'POST',
    `/api/players/${playerId}/rg/interactions`,
    { kind: 'CUSTOMER_CONTACT_ABOUT_GAMBLING', note: 'Says they cannot stop playing at night', strongIndicator: true },
    agent.headers,
  );
  expect(logged.status).toBe(201);

  const base = `/api/rg/interventions/${playerId}/1`;
  const atThree = await until('the intervention at level 3', async () => {
    const reply = await api('GET', base, undefined, officer.headers);
    return reply.status === 200 && reply.json.level === 3 ? reply.json : undefined;
  });
  expect(atThree).toMatchObject({ workflowId: `rg:intervention:${playerId}:1`, status: 'OPEN', score: 100 });
  expect(atThree.timeline.map((s: { type: string }) => s.type)).toEqual(['OPENED', 'LEVEL_REACHED']);
  expect(atThree.timeline[1].reason).toBe('harm score 100 reached level 3');

  const harm = await api('GET', `/api/players/${playerId}/rg/harm`, undefined, officer.headers);
  expect(harm.json).toMatchObject({ score: 100, level: 3 });
  expect(harm.json.contributions).toEqual([
    expect.objectContaining({ marker: 'CUSTOMER_CONTACT_ABOUT_GAMBLING', weight: 100, strong: true }),
  ]);
  const restrictions = await api('GET', `/api/players/${playerId}/rg/restrictions`, undefined, officer.headers);
  expect(restrictions.json.inForce).toEqual(['BONUS_BLOCK', 'DEPOSIT_BLOCK', 'MARKETING_SUPPRESSION']);

  const queue = await api(
    'GET',
    '/api/rg/interventions?assignee=unassigned&sort=score&order=desc&limit=200',
    undefined,
    officer.headers,
  );
  expect(queue.status).toBe(200);
  expect(queue.json.items.map((i: { playerId: string }) => i.playerId)).toContain(playerId);

  // The officer's rules: claim first, speak to the player before resolving; an agent may not work it.
  expect((await api('POST', `${base}/claim`, undefined, agent.headers)).status).toBe(403);
  const early = await api('POST', `${base}/resolve`, { outcome: 'RESTRICTIONS_KEPT', reason: 'x' }, officer.headers);
  expect(early).toMatchObject({ status: 409, json: { code: 'RG_INTERVENTION_NOT_YOURS' } });
  expect((await api('POST', `${base}/claim`, undefined, officer.headers)).json.assignee).toBe(officer.staffId);
  const mine = await api('GET', '/api/rg/interventions?assignee=mine', undefined, officer.headers);
  expect(mine.json.items.map((i: { playerId: string }) => i.playerId)).toContain(playerId);
  const noCall = await api('POST', `${base}/resolve`, { outcome: 'RESTRICTIONS_KEPT', reason: 'x' }, officer.headers);
  expect(noCall).toMatchObject({ status: 422, json: { code: 'RG_INTERVENTION_NEEDS_INTERACTION' } });
  const call = await api(
    'POST',
    `${base}/interactions`,
    { kind: 'CALL', note: 'Agreed to keep deposits blocked' },
    officer.headers,
  );
  expect(call.json.interactionsLogged).toBe(1);
  const resolved = await api(
    'POST',
    `${base}/resolve`,
    { outcome: 'RESTRICTIONS_KEPT', reason: 'The player asked for the block to stay' },
    officer.headers,
  );
  expect(resolved.json).toMatchObject({ status: 'RESOLVED', outcome: 'RESTRICTIONS_KEPT' });
  const detail = await until('the resolution recorded', async () => {
    const reply = await api('GET', base, undefined, officer.headers);
    return reply.json.status === 'RESOLVED' ? reply.json : undefined;
  });
  expect(detail.timeline.map((s: { type: string }) => s.type)).toEqual([
    'OPENED',
    'LEVEL_REACHED',
    'CLAIMED',
    'INTERACTION_LOGGED',
    'RESOLVED',
  ]);
  const interactions = await api('GET', `/api/players/${playerId}/rg/interactions`, undefined, officer.headers);
  expect(interactions.json.items.map((i: { kind: string }) => i.kind)).toEqual([
    'CALL',
    'CUSTOMER_CONTACT_ABOUT_GAMBLING',
  ]);
  const audit = await db.query<{ action: string }>(
    `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY audit_id`,
    [`rg:intervention:${playerId}:1`],
  );
  expect(audit.rows.map((r) => r.action)).toEqual([
    'rg.intervention.resolve.refused',
    'rg.intervention.claim',
    'rg.intervention.resolve.refused',
    'rg.intervention.interaction',
    'rg.intervention.resolve',
  ]);
}, 120_000);

it('lets an RG officer put a restriction on and lift it, with reasons, once', async () => {
  const playerId = await newGbPlayer();
  const path = `/api/players/${playerId}/rg/restrictions`;
  const applied = await api('POST', path, { kind: 'BONUS_BLOCK', reason: 'Asked for no bonuses' }, officer.headers);
  expect(applied).toMatchObject({ status: 201, json: { created: true } });
  const again = await api('POST', path, { kind: 'BONUS_BLOCK', reason: 'Asked again' }, officer.headers);
  expect(again).toMatchObject({ status: 200, json: { created: false, restrictionId: applied.json.restrictionId } });
  const lift = `${path}/${applied.json.restrictionId}/lift`;
  expect((await api('POST', lift, { reason: ' ' }, officer.headers)).status).toBe(400);
  expect((await api('POST', lift, { reason: 'Player asked, cooled off' }, officer.headers)).json.lifted).toBe(true);
  expect(await api('POST', lift, { reason: 'twice' }, officer.headers)).toMatchObject({
    status: 409,
    json: { code: 'RG_RESTRICTION_NOT_IN_FORCE' },
  });
  const list = await api('GET', path, undefined, officer.headers);
  expect(list.json.inForce).toEqual([]);
  expect(list.json.items[0]).toMatchObject({
    kind: 'BONUS_BLOCK',
    liftedBy: officer.staffId,
    liftReason: 'Player asked, cooled off',
  });
  expect((await api('POST', path, { kind: 'BONUS_BLOCK', reason: 'x' }, agent.headers)).status).toBe(403);
  expect(
    (await api('GET', `/api/players/pl_00000000000000000000000000/rg/harm`, undefined, officer.headers)).status,
  ).toBe(404);
});

/** A deposit's status change as the payments code announces it (recordPaymentStep), through the outbox. */
const depositEvent = (playerId: string, status: 'CREDITED' | 'DECLINED', amountMinor = 2_000) =>
  withTransaction(db, (tx) =>
    appendOutboxEvent(tx, depositStatusChangedEvent, playerId, {
      paymentId: `dep_${randomUUID()}`,
      playerId,
      brand: 'luckyspin',
      country: 'GB',
      amountMinor,
      currency: 'GBP',
      method: 'CARD',
      instrumentId: null,
      psp: 'cardpay',
      failureReason: status === 'DECLINED' ? 'INSUFFICIENT_FUNDS' : null,
      status,
      previousStatus: status === 'CREDITED' ? 'CREDITING' : 'AUTHORISING',
    }),
  );

it('derives markers from the payment stream into aggregates, and starts a level-1 intervention with a message', async () => {
  const playerId = await newGbPlayer();
  for (let i = 0; i < 5; i++) await depositEvent(playerId, 'CREDITED');
  for (let i = 0; i < 3; i++) await depositEvent(playerId, 'DECLINED');
  const harm = await until('both markers', async () => {
    const reply = await api('GET', `/api/players/${playerId}/rg/harm`, undefined, officer.headers);
    return reply.json.contributions?.length === 2 ? reply.json : undefined;
  });
  expect(harm.score).toBe(30);
  expect(harm.contributions.map((c: { marker: string }) => c.marker).sort()).toEqual([
    'DEPOSIT_FREQUENCY',
    'FAILED_DEPOSITS',
  ]);
  expect(harm.contributions.find((c: { marker: string }) => c.marker === 'FAILED_DEPOSITS').explanation).toBe(
    '3 failed deposits in 24 hours',
  );
  // Aggregates, never a row per event: eight events of one hour are one bucket (or two across an hour's turn).
  const buckets = await db.query<{ deposits: number; failed: number; n: string }>(
    `SELECT sum(deposit_count) AS deposits, sum(failed_deposits) AS failed, count(*) AS n FROM rg_harm_buckets
     WHERE player_id = $1`,
    [playerId],
  );
  expect(buckets.rows[0]).toMatchObject({ deposits: 5, failed: 3 });
  expect(Number(buckets.rows[0]!.n)).toBeLessThanOrEqual(2);

  const intervention = await until('the intervention at level 1', async () => {
    const reply = await api('GET', `/api/rg/interventions/${playerId}/1`, undefined, officer.headers);
    return reply.json.level === 1 ? reply.json : undefined;
  });
  expect(intervention).toMatchObject({ status: 'OPEN', score: 30 });
  expect(Date.parse(intervention.slaDueAt) - Date.now()).toBeGreaterThan(6 * 24 * 3_600_000); // the 7-day watch
  const messages = await db.query('SELECT template, source_ref FROM rg_safer_gambling_messages WHERE player_id = $1', [
    playerId,
  ]);
  expect(messages.rows).toEqual([{ template: 'SAFER_GAMBLING_CHECK_IN', source_ref: `rg:intervention:${playerId}:1` }]);

  // A customer's contact the next moment is a marker that continues it: the same intervention becomes an officer task.
  await api(
    'POST',
    `/api/players/${playerId}/rg/interactions`,
    { kind: 'CUSTOMER_CONTACT_ABOUT_GAMBLING', note: 'Asked how to stop the deposit reminders' },
    agent.headers,
  );
  const atTwo = await until('the intervention at level 2', async () => {
    const reply = await api('GET', `/api/rg/interventions/${playerId}/1`, undefined, officer.headers);
    return reply.json.level === 2 ? reply.json : undefined;
  });
  expect(atTwo.score).toBe(60);
  expect(atTwo.timeline.at(-1)).toMatchObject({ type: 'LEVEL_REACHED', level: 2 });
  expect((await api('GET', `/api/rg/interventions/${playerId}/2`, undefined, officer.headers)).status).toBe(404);
}, 120_000);
