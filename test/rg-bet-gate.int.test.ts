import { randomUUID } from 'node:crypto';
import type { Currency } from '../contracts/wallet';
import { decreaseLimit } from '../domain/rg/limits/limits';
import type { Db } from '../platform/db';
import { newFundedPlayer } from './support/funded-player';
import { startTestApp } from './support/test-app';
import { callWallet } from './support/wallet-client';

// The responsible-gambling parts of the bet gate (sql/functions/wallet_gate_bets.sql) through the seamless-wallet
// API, on the real app and the real Postgres of the running stack: exclusions, stake caps by jurisdiction, product
// and age, the session-time limit, the wager limit.
let app: Awaited<ReturnType<typeof startTestApp>>;
let db: Db;
beforeAll(async () => {
  app = await startTestApp();
  db = app.db;
});
afterAll(() => app.close());

const id = (prefix: string) => `${prefix}-${randomUUID()}`;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A date of birth that makes the player `years` old today (and a hundred days). */
const bornYearsAgo = (years: number) => {
  const d = new Date(Date.now() - 100 * DAY_MS);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
};

async function newPlayer(options: { jurisdiction: string; currency: Currency; ageYears: number }) {
  const { playerId, sessionToken } = await newFundedPlayer(db, {
    jurisdiction: options.jurisdiction,
    currency: options.currency,
    dateOfBirth: bornYearsAgo(options.ageYears),
  });
  const bet = (amountMinor: number) =>
    callWallet(app.url, 'bet', {
      transactionId: id('bet'),
      playerId,
      currency: options.currency,
      amountMinor,
      roundId: id('round'),
      gameId: 'starburst',
      sessionToken,
    });
  return { playerId, bet };
}

describe('the bet gate: stake caps', () => {
  it('refuses a GB slots stake above £5, and above £2 for a 20-year-old; accepts £2 for a 30-year-old', async () => {
    const thirty = await newPlayer({ jurisdiction: 'GB', currency: 'GBP', ageYears: 30 });
    const twenty = await newPlayer({ jurisdiction: 'GB', currency: 'GBP', ageYears: 20 });
    expect((await thirty.bet(501)).json).toMatchObject({ code: 'STAKE_LIMIT_EXCEEDED' });
    expect((await thirty.bet(501)).status).toBe(403);
    expect((await thirty.bet(500)).status).toBe(200);
    expect((await thirty.bet(200)).status).toBe(200);
    expect((await twenty.bet(201)).json).toMatchObject({ code: 'STAKE_LIMIT_EXCEEDED' });
    expect((await twenty.bet(501)).json).toMatchObject({ code: 'STAKE_LIMIT_EXCEEDED' });
    expect((await twenty.bet(200)).status).toBe(200);
  });

  it('caps no stake where the jurisdiction has none (MT)', async () => {
    const player = await newPlayer({ jurisdiction: 'MT', currency: 'EUR', ageYears: 20 });
    expect((await player.bet(5_000)).status).toBe(200);
  });
});

describe('the bet gate: exclusions and limits', () => {
  const exclude = (playerId: string, kind: 'TIME_OUT' | 'SELF_EXCLUSION', endsAt: string) =>
    db.query(
      `INSERT INTO rg_exclusions (exclusion_id, player_id, kind, ends_at, requested_by, reason, workflow_id)
       VALUES ($1, $2, $3, $4, $2, 'test: a break from play', $1)`,
      [id('rgx'), playerId, kind, endsAt],
    );

  it("refuses an excluded player's bet: self-excluded, timed out; a time-out that ended refuses nothing", async () => {
    const selfExcluded = await newPlayer({ jurisdiction: 'MT', currency: 'EUR', ageYears: 40 });
    await exclude(selfExcluded.playerId, 'SELF_EXCLUSION', new Date(Date.now() + 200 * DAY_MS).toISOString());
    const refused = await selfExcluded.bet(100);
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ code: 'PLAYER_SELF_EXCLUDED' });

    const timedOut = await newPlayer({ jurisdiction: 'MT', currency: 'EUR', ageYears: 40 });
    await exclude(timedOut.playerId, 'TIME_OUT', new Date(Date.now() + DAY_MS).toISOString());
    expect((await timedOut.bet(100)).json).toMatchObject({ code: 'PLAYER_TIMED_OUT' });

    const back = await newPlayer({ jurisdiction: 'MT', currency: 'EUR', ageYears: 40 });
    await db.query(
      `INSERT INTO rg_exclusions (exclusion_id, player_id, kind, starts_at, ends_at, requested_by, reason, workflow_id)
       VALUES ($1, $2, 'TIME_OUT', now() - interval '2 days', now() - interval '1 day', $2, 'test: over', $1)`,
      [id('rgx'), back.playerId],
    );
    expect((await back.bet(100)).status).toBe(200);
  });

  it('refuses bets in a session older than the session-time limit', async () => {
    const player = await newPlayer({ jurisdiction: 'MT', currency: 'EUR', ageYears: 40 });
    await decreaseLimit(db, {
      playerId: player.playerId,
      kind: 'SESSION_TIME',
      period: 'SESSION',
      amount: 30,
      reason: 'test: half an hour a session',
      requestedBy: player.playerId,
    });
    expect((await player.bet(100)).status).toBe(200);
    await db.query(`UPDATE game_sessions SET opened_at = now() - interval '31 minutes' WHERE player_id = $1`, [
      player.playerId,
    ]);
    const refused = await player.bet(100);
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ code: 'SESSION_TIME_LIMIT_REACHED' });
  });

  it('refuses the stake that would pass the wager limit, and counts only what was accepted', async () => {
    const player = await newPlayer({ jurisdiction: 'MT', currency: 'EUR', ageYears: 40 });
    await decreaseLimit(db, {
      playerId: player.playerId,
      kind: 'WAGER',
      period: 'WEEK',
      amount: 1_000,
      reason: 'test: a weekly wager limit',
      requestedBy: player.playerId,
    });
    expect((await player.bet(600)).status).toBe(200);
    expect((await player.bet(500)).json).toMatchObject({ code: 'WAGER_LIMIT_EXCEEDED' });
    expect((await player.bet(400)).status).toBe(200);
    expect((await player.bet(1)).json).toMatchObject({ code: 'WAGER_LIMIT_EXCEEDED' });
    const { rows } = await db.query<{ staked: string }>(
      'SELECT sum(staked_minor) AS staked FROM rg_play_buckets WHERE player_id = $1',
      [player.playerId],
    );
    expect(Number(rows[0]!.staked)).toBe(1_000);
  });

  it('writes no play bucket for a player without a loss or wager limit', async () => {
    const player = await newPlayer({ jurisdiction: 'MT', currency: 'EUR', ageYears: 40 });
    expect((await player.bet(100)).status).toBe(200);
    const { rows } = await db.query('SELECT 1 FROM rg_play_buckets WHERE player_id = $1', [player.playerId]);
    expect(rows).toHaveLength(0);
  });
});
