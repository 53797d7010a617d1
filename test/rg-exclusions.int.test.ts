import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { RgExclusionStatus } from '../contracts/rg';
import { marketingAllowed } from '../domain/rg/marketing';
import { creditDeposit, grantBonus } from '../domain/wallet/money-movements';
import { PersonalDataVault } from '../domain/wallet/player-personal-data';
import { findPlayer, playerRegistrationSchema, registerPlayer } from '../domain/wallet/players';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { loadPersonalDataKeys } from '../platform/personal-data-keys';
import { connectTemporalClient } from '../platform/temporal';
import { getRgExclusionStatusQuery } from '../workflows/rg/exclusion-messages';
import { launchGame } from './support/game-sessions';
import { giveKycStanding } from './support/kyc-standing';
import { addDepositInstrument } from './support/payment-instruments';
import { api, balancesOf, newPlayer } from './support/payments-client';
import { newSubject, playerAuthorization } from './support/player-tokens';
import { loginAs, type StaffLogin } from './support/staff-login';
import { startTestApp } from './support/test-app';
import { callWallet } from './support/wallet-client';
import { until } from './support/until';

// Time-outs and self-exclusions on the real stack (issue 16 item 2): the API writes the exclusion (in force at
// once) and starts `rg:exclusion:<id>` on the RG worker, which ends the game sessions, suppresses marketing, and
// for a self-exclusion forfeits the bonus and pays the cash balance out through the withdrawal saga, on every
// account of the same person. Customer support starts one on the player's behalf, audited with the reason. The
// reality check tells the player-facing app what the session has cost. The workflow's timers (a time-out ending, a
// self-exclusion that waits for the return request) are tested on the time-skipping server (workflows/rg/).

const config = loadConfig();
const vault = new PersonalDataVault(loadPersonalDataKeys(config));
let db: Db;
let temporal: Client;
let agent: StaffLogin;
// The in-process API: it syncs the test game providers' catalog (game launches) and takes their wallet calls.
let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  app = await startTestApp();
  db = createPool(config.databaseUrl, 3);
  temporal = await connectTemporalClient(config);
  agent = await loginAs(db, 'rg-exclusions-agent', ['cs_agent']);
});
afterAll(async () => {
  await app.close();
  await temporal.connection.close();
  await db.end();
});

const asPlayer = async (playerId: string, method: string, path: string, body?: unknown) =>
  api(method, `/player/v1${path}`, body, await playerAuthorization(playerId));

const openSessions = async (playerId: string) =>
  (await db.query('SELECT count(*)::INT AS n FROM game_sessions WHERE player_id = $1 AND ended_at IS NULL', [playerId]))
    .rows[0].n as number;

/** The workflow's steps once it has done `count` of them. */
const stepsOf = (workflowId: string, count: number) =>
  until(`${count} steps of ${workflowId}`, async () => {
    const status = await temporal.workflow.getHandle(workflowId).query(getRgExclusionStatusQuery);
    return status.steps.length >= count ? status : undefined;
  });

test('a time-out is in force at once: sessions end, marketing stops, a second one is refused', async () => {
  const playerId = await newPlayer(db, { jurisdiction: 'MT' });
  await launchGame(db, playerId);
  expect(await openSessions(playerId)).toBe(1);

  const reply = await asPlayer(playerId, 'POST', '/rg/time-outs', { hours: 48 });
  expect(reply.status).toBe(201);
  const exclusion = reply.json.exclusion;
  expect(exclusion).toMatchObject({ playerId, kind: 'TIME_OUT', status: RgExclusionStatus.IN_FORCE });
  expect(Date.parse(exclusion.endsAt) - Date.parse(exclusion.startsAt)).toBe(48 * 3600 * 1000);
  expect(reply.json.coveredPlayerIds).toEqual([]);

  await stepsOf(exclusion.workflowId, 2);
  expect(await openSessions(playerId)).toBe(0);
  expect(await marketingAllowed(db, playerId)).toMatchObject({ allowed: false });
  // A time-out leaves the account ACTIVE: the bet gate refuses it from rg_exclusions (PLAYER_TIMED_OUT).
  expect((await findPlayer(db, playerId))!.status).toBe('ACTIVE');

  const again = await asPlayer(playerId, 'POST', '/rg/time-outs', { hours: 24 });
  expect(again.status).toBe(409);
  expect(again.json.code).toBe('RG_ALREADY_EXCLUDED');
  const early = await asPlayer(playerId, 'POST', `/rg/self-exclusions/${exclusion.exclusionId}/return-request`);
  expect(early.status).toBe(409);
  expect(early.json.code).toBe('RG_NOT_A_SELF_EXCLUSION');
  const listed = await asPlayer(playerId, 'GET', '/rg/exclusions');
  expect(listed.json.items.map((e: { exclusionId: string }) => e.exclusionId)).toEqual([exclusion.exclusionId]);
});

test("a self-exclusion covers the person's other brand, forfeits the bonus and pays the balance out", async () => {
  const tag = randomUUID().slice(0, 8);
  const personal = { givenName: `Sam${tag}`, familyName: 'Excluder', email: `sam.${tag}@example.com` };
  const register = async (brand: string) => {
    const registration = playerRegistrationSchema.parse({
      brand,
      jurisdiction: 'MT',
      currency: 'EUR',
      dateOfBirth: '1985-06-01',
      ...personal,
    });
    const { playerId } = await registerPlayer(db, registration, { subject: newSubject(), vault });
    await giveKycStanding(db, playerId);
    return playerId;
  };
  const playerId = await register('luckyspin');
  const otherBrand = await register('othercasino');
  const unrelated = await newPlayer(db, { jurisdiction: 'MT' });
  // Cash with a deposit instrument to pay it back to, and bonus money.
  await creditDeposit(db, {
    depositId: `rgx-${randomUUID()}`,
    playerId,
    psp: 'test-funding',
    amountMinor: 7_000,
    currency: 'EUR',
  });
  await addDepositInstrument(db, playerId);
  await grantBonus(db, { bonusId: `rgx-${randomUUID()}`, playerId, amountMinor: 1_500, currency: 'EUR' });

  const tooShort = await asPlayer(playerId, 'POST', '/rg/self-exclusions', { months: 3 });
  expect(tooShort.status).toBe(422);
  expect(tooShort.json.code).toBe('RG_SELF_EXCLUSION_TOO_SHORT');

  const reply = await asPlayer(playerId, 'POST', '/rg/self-exclusions', { months: 12, reason: 'I need a break' });
  expect(reply.status).toBe(201);
  expect(reply.json.coveredPlayerIds).toEqual([otherBrand]);
  expect((await findPlayer(db, playerId))!.status).toBe('SELF_EXCLUDED');
  expect((await findPlayer(db, otherBrand))!.status).toBe('SELF_EXCLUDED');
  expect((await findPlayer(db, unrelated))!.status).toBe('ACTIVE');

  const { exclusionId, workflowId } = reply.json.exclusion;
  // One rg.exclusion.started per account, keyed by its player, written with the rows.
  const { rows: events } = await db.query(
    `SELECT message_key AS key FROM outbox_events
     WHERE event_type = 'rg.exclusion.started' AND payload::TEXT LIKE '%' || $1 || '%' ORDER BY message_key`,
    [exclusionId],
  );
  expect(events.map((e) => e.key)).toEqual([playerId, otherBrand].sort());
  const status = await stepsOf(workflowId, 6);
  expect(status.coveredPlayerIds).toEqual([otherBrand]);

  const mine = (await asPlayer(playerId, 'GET', '/rg/exclusions')).json.items[0];
  expect(mine).toMatchObject({
    exclusionId,
    status: RgExclusionStatus.IN_FORCE,
    bonusForfeitedMinor: 1_500,
    balanceReturn: 'PAYOUT_REQUESTED',
    balanceMinor: 7_000,
  });
  expect((await balancesOf(db, playerId)).bonus).toBe(0);
  const { rows: payouts } = await db.query(
    `SELECT kind, amount_minor::INT AS "amountMinor", requested_by AS "requestedBy" FROM payments WHERE payment_id = $1`,
    [mine.payoutId],
  );
  expect(payouts).toEqual([{ kind: 'WITHDRAWAL', amountMinor: 7_000, requestedBy: 'system:rg-exclusion' }]);
  const other = (await asPlayer(otherBrand, 'GET', '/rg/exclusions')).json.items[0];
  expect(other).toMatchObject({ coveredBy: exclusionId, balanceReturn: 'NO_BALANCE', status: 'IN_FORCE' });

  // Not before its length: the player cannot ask to come back.
  const early = await asPlayer(playerId, 'POST', `/rg/self-exclusions/${exclusionId}/return-request`);
  expect(early.status).toBe(409);
  expect(early.json.code).toBe('RG_EXCLUSION_MINIMUM_NOT_REACHED');
  // Another player cannot see it.
  const probe = await asPlayer(unrelated, 'POST', `/rg/self-exclusions/${exclusionId}/return-request`);
  expect(probe.status).toBe(404);
});

test("customer support starts a time-out on the player's behalf, with the reason on the audit log", async () => {
  const playerId = await newPlayer(db, { jurisdiction: 'GB' });
  const path = `/api/players/${playerId}/rg/exclusions`;
  const noReason = await api('POST', path, { kind: 'TIME_OUT', hours: 24 }, agent.headers);
  expect(noReason.status).toBe(400);

  const reply = await api('POST', path, { kind: 'TIME_OUT', hours: 72, reason: 'Asked on the phone' }, agent.headers);
  expect(reply.status).toBe(201);
  expect(reply.json.exclusion).toMatchObject({ requestedBy: agent.staffId, reason: 'Asked on the phone' });
  const { rows } = await db.query(
    `SELECT actor, reason FROM audit_log WHERE action = 'rg.time-out.start' AND entity_id = $1`,
    [reply.json.exclusion.exclusionId],
  );
  expect(rows).toEqual([{ actor: agent.staffId, reason: 'Asked on the phone' }]);

  const read = await api('GET', path, undefined, agent.headers);
  expect(read.status).toBe(200);
  expect(read.json.exclusions).toEqual([expect.objectContaining({ exclusionId: reply.json.exclusion.exclusionId })]);
  expect(read.json.schemeChecks).toEqual([]);
});

test('the reality check says when the next reminder is due and what the session has cost', async () => {
  const playerId = await newPlayer(db, { jurisdiction: 'MT', fundsMinor: 5_000 });
  expect((await asPlayer(playerId, 'GET', '/rg/reality-check')).json).toEqual({
    intervalMinutes: null,
    session: null,
  });
  const sessionToken = await launchGame(db, playerId);
  const set = await asPlayer(playerId, 'PUT', '/rg/reality-check', { intervalMinutes: 30 });
  expect(set.status).toBe(200);

  const roundId = `round-${randomUUID()}`;
  const play = { playerId, currency: 'EUR', roundId, gameId: 'starburst', sessionToken };
  expect(
    (await callWallet(app.url, 'bet', { ...play, transactionId: `bet-${randomUUID()}`, amountMinor: 400 })).status,
  ).toBe(200);
  expect(
    (
      await callWallet(app.url, 'win', {
        ...play,
        transactionId: `win-${randomUUID()}`,
        amountMinor: 150,
        roundFinished: true,
      })
    ).status,
  ).toBe(200);

  const check = (await asPlayer(playerId, 'GET', '/rg/reality-check')).json;
  expect(check).toMatchObject({
    intervalMinutes: 30,
    session: { gameId: 'starburst', currency: 'EUR', stakedMinor: 400, wonMinor: 150, netMinor: -250 },
  });
  expect(Date.parse(check.session.nextReminderAt) - Date.parse(check.session.openedAt)).toBe(30 * 60 * 1000);
});
