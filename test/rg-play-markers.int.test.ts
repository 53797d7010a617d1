import { randomUUID } from 'node:crypto';
import type { Db } from '../platform/db';
import { newFundedPlayer } from './support/funded-player';
import { startTestApp } from './support/test-app';
import { until } from './support/until';
import { callWallet } from './support/wallet-client';

// The markers of play (issue 16 item 5) read every player's play per hour from rg_play_hours, which the wallet's one
// bet path writes in the bet's own transaction (sql/functions/wallet_apply_batch.sql); rg-monitor reads only that a
// player bet. The bet goes through the seamless-wallet API of the real app; its event through the outbox, the relay
// and Kafka to the running stack's rg-monitor.
let app: Awaited<ReturnType<typeof startTestApp>>;
let db: Db;
beforeAll(async () => {
  app = await startTestApp();
  db = app.db;
});
afterAll(() => app.close());

const HOUR_MS = 3_600_000;
/** The hour (0-23) of `at` in Stockholm, by the platform's own clock rules (the oracle the SQL must agree with). */
const stockholmHour = (at: Date) =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: 'numeric', hourCycle: 'h23' }).format(at),
  ) % 24;
const lateNight = (at: Date) => stockholmHour(at) < 6;

/** A Swedish player with EUR 1,000.00 and a game session. */
const newSwedishPlayer = () => newFundedPlayer(db, { jurisdiction: 'SE', currency: 'EUR', dateOfBirth: '1985-01-01' });

const betOf = (playerId: string, sessionToken: string, amountMinor: number) => ({
  transactionId: `bet-${randomUUID()}`,
  playerId,
  currency: 'EUR',
  amountMinor,
  roundId: `round-${randomUUID()}`,
  gameId: 'starburst',
  sessionToken,
});

it('writes each bet into the player\u2019s play hour, a rollback taking it back', async () => {
  const { playerId, sessionToken } = await newSwedishPlayer();
  const kept = betOf(playerId, sessionToken, 300);
  const rolledBack = betOf(playerId, sessionToken, 200);
  for (const bet of [kept, rolledBack]) expect((await callWallet(app.url, 'bet', bet)).status).toBe(200);
  const win = { ...kept, transactionId: `win-${randomUUID()}`, amountMinor: 450, roundFinished: true };
  const { sessionToken: _token, ...winFields } = win;
  expect((await callWallet(app.url, 'win', winFields)).status).toBe(200);
  const { amountMinor: _stake, sessionToken: _t, ...rollbackFields } = rolledBack;
  const rollback = {
    ...rollbackFields,
    transactionId: `rb-${randomUUID()}`,
    referenceTransactionId: rolledBack.transactionId,
  };
  expect((await callWallet(app.url, 'rollback', rollback)).status).toBe(200);
  const { rows } = await db.query<{ stakes: string; wins: string; bets: number }>(
    `SELECT sum(stakes_minor) AS stakes, sum(wins_minor) AS wins, sum(bet_count)::int AS bets
       FROM rg_play_hours WHERE player_id = $1`,
    [playerId],
  );
  expect(rows[0]).toEqual({ stakes: '300', wins: '450', bets: 1 });
});

it('counts late-night bets by the hour in the player\u2019s jurisdiction (Stockholm), and marks them', async () => {
  const { playerId, sessionToken } = await newSwedishPlayer();
  // The 23 hours before this one: five bets in each hour that is between midnight and 06:00 in Stockholm, two in
  // every other. Read in UTC instead, 23:00-00:00 UTC would count as 06:00-07:00 (and be left out), and so on.
  const thisHour = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
  const hours = Array.from({ length: 23 }, (_, k) => new Date(thisHour - (k + 1) * HOUR_MS));
  const counts = hours.map((h) => (lateNight(h) ? 5 : 2));
  await db.query(
    `INSERT INTO rg_play_hours (player_id, hour, stakes_minor, wins_minor, bet_count)
     SELECT $1, h, 100 * n, 100 * n, n FROM unnest($2::timestamptz[], $3::int[]) AS x(h, n)`,
    [playerId, hours, counts],
  );
  const betAt = new Date();
  expect((await callWallet(app.url, 'bet', betOf(playerId, sessionToken, 100))).status).toBe(200);
  const expected = hours.reduce((sum, h, i) => sum + (lateNight(h) ? counts[i]! : 0), 0) + (lateNight(betAt) ? 1 : 0);

  const marker = await until('the late-night marker', async () => {
    const { rows } = await db.query<{ explanation: { facts: { lateNightBets: number } } }>(
      `SELECT explanation FROM rg_harm_markers WHERE player_id = $1 AND marker = 'LATE_NIGHT_PLAY'`,
      [playerId],
    );
    return rows[0];
  });
  expect(marker.explanation.facts.lateNightBets).toBe(expected);
});
