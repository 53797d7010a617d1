import { randomUUID } from 'node:crypto';
import { GameSessionEndReason } from '../../contracts/wallet';
import { endPlayerSessions, launchTokenHash } from '../../domain/wallet/game-sessions';
import { creditDeposit } from '../../domain/wallet/money-movements';
import { PlayerStatus, registerPlayer, setPlayerStatus } from '../../domain/wallet/players';
import type { Db } from '../../platform/db';
import { TEST_NARROW_PROVIDER, TEST_SESSION_SETTINGS } from '../../test/support/game-sessions';
import { fetchApi } from '../../test/support/openapi-conformance';
import { newSubject, playerAuthorization } from '../../test/support/player-tokens';
import { startTestApp, TEST_NARROW_PROVIDER_SECRET } from '../../test/support/test-app';
import { callWallet, type WalletReply } from '../../test/support/wallet-client';

// Game sessions end to end on the real Postgres: opened through the player API's route with the player's bearer
// token, checked by the wallet's bet gate over HTTP, in the real app (startTestApp) with the test provider catalog.

let app: Awaited<ReturnType<typeof startTestApp>>;
let db: Db;
let sessionsUrl: string;

beforeAll(async () => {
  app = await startTestApp();
  db = app.db;
  sessionsUrl = `${app.url}/player/v1/game-sessions`;
});
afterAll(async () => {
  await app.close();
});

const id = (prefix: string) => `${prefix}-${randomUUID()}`;

async function newPlayer(brand = 'luckyspin'): Promise<string> {
  const { playerId } = await registerPlayer(
    db,
    {
      brand,
      jurisdiction: 'MT',
      currency: 'EUR',
      dateOfBirth: '1990-01-01',
    },
    { subject: newSubject() },
  );
  await creditDeposit(db, { depositId: id('dep'), playerId, psp: 'test-psp', amountMinor: 10_000, currency: 'EUR' });
  return playerId;
}

/** The player API's game-session routes, as `playerId` (or as nobody). */
async function sessionsApi(method: 'POST' | 'DELETE', playerId: string | undefined, path = '', body?: unknown) {
  const response = await fetchApi(`${sessionsUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(playerId ? await playerAuthorization(playerId, db) : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function launch(playerId: string, gameId = 'starburst') {
  const opened = await sessionsApi('POST', playerId, '', { providerId: 'test-games', gameId, currency: 'EUR' });
  expect(opened.status).toBe(201);
  return { sessionId: opened.json.sessionId as string, token: opened.json.launchToken as string };
}

const betBody = (playerId: string, sessionToken: string | undefined, extra: Record<string, unknown> = {}) => ({
  transactionId: id('bet'),
  playerId,
  currency: 'EUR',
  amountMinor: 100,
  roundId: id('round'),
  gameId: 'starburst',
  ...(sessionToken === undefined ? {} : { sessionToken }),
  ...extra,
});

/** What a bet may write for a player: money (ledger transactions and postings, balances), rounds and events. */
async function footprint(playerId: string) {
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM ledger_transactions WHERE player_id = $1)::INT AS ledger,
            (SELECT count(*) FROM ledger_postings p JOIN ledger_accounts a USING (account_id)
              WHERE a.player_id = $1)::INT AS postings,
            (SELECT sum(balance_minor) FROM ledger_accounts WHERE player_id = $1)::BIGINT AS balance,
            (SELECT count(*) FROM game_rounds WHERE player_id = $1)::INT AS rounds,
            (SELECT count(*) FROM outbox_events WHERE message_key = $1)::INT AS events,
            (SELECT count(*) FROM wallet_provider_transactions WHERE player_id = $1 AND status = 'OK')::INT AS accepted`,
    [playerId],
  );
  return rows[0];
}

/** Sends `send` and checks that it was refused with `status` and `code` and that it wrote nothing. */
async function expectRefusedWritingNothing(
  playerId: string,
  send: () => Promise<WalletReply>,
  status: number,
  code: string,
) {
  const before = await footprint(playerId);
  const reply = await send();
  expect({ status: reply.status, code: reply.json.code }).toEqual({ status, code });
  expect(reply.contentType).toMatch(/^application\/problem\+json/);
  expect(await footprint(playerId)).toEqual(before);
  return reply;
}

describe('opening a game session', () => {
  it('answers a launch token of 256 random bits, stored only as its SHA-256', async () => {
    const playerId = await newPlayer();
    const opened = await sessionsApi('POST', playerId, '', {
      providerId: 'test-games',
      gameId: 'starburst',
      currency: 'EUR',
    });
    expect(opened.status).toBe(201);
    expect(opened.json).toMatchObject({
      playerId,
      providerId: 'test-games',
      gameId: 'starburst',
      status: 'ACTIVE',
      idleTimeoutSeconds: TEST_SESSION_SETTINGS.idleTimeoutSeconds,
      endedAt: null,
    });
    const token = opened.json.launchToken as string;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const { rows } = await db.query(
      'SELECT token_hash, row_to_json(s)::TEXT AS everything FROM game_sessions s WHERE session_id = $1',
      [opened.json.sessionId],
    );
    expect(rows[0].token_hash).toEqual(launchTokenHash(token));
    expect(rows[0].everything).not.toContain(token);
    const again = await sessionsApi('POST', playerId, '', {
      providerId: 'test-games',
      gameId: 'starburst',
      currency: 'EUR',
    });
    expect(again.json.launchToken).not.toBe(token);
  });

  it("refuses a provider outside the player's brand, a game it does not offer, another currency, and nobody", async () => {
    const playerId = await newPlayer();
    // `as` null: no signed-in player.
    const open = (body: Record<string, unknown>, as: string | null = playerId) =>
      sessionsApi('POST', as ?? undefined, '', {
        providerId: 'test-games',
        gameId: 'starburst',
        currency: 'EUR',
        ...body,
      });
    expect(await open({ providerId: TEST_NARROW_PROVIDER })).toMatchObject({
      status: 403,
      json: { code: 'PROVIDER_NOT_IN_BRAND' },
    });
    expect(await open({ providerId: 'no-such-provider' })).toMatchObject({
      status: 403,
      json: { code: 'PROVIDER_NOT_IN_BRAND' },
    });
    expect(await open({ gameId: 'not-in-the-catalog' })).toMatchObject({
      status: 403,
      json: { code: 'GAME_NOT_OFFERED' },
    });
    expect(await open({ currency: 'GBP' })).toMatchObject({ status: 422, json: { code: 'CURRENCY_MISMATCH' } });
    expect(await open({}, null)).toMatchObject({ status: 401, json: { code: 'INVALID_TOKEN' } });
    const { rows } = await db.query('SELECT 1 FROM game_sessions WHERE player_id = $1', [playerId]);
    expect(rows).toHaveLength(0);
    // The narrow provider does serve its own brand.
    const other = await newPlayer('othercasino');
    expect((await open({ providerId: TEST_NARROW_PROVIDER }, other)).status).toBe(201);
  });
});

describe('the bet gate checks the session token', () => {
  it('accepts a bet in a live session, and keeps an idle session alive', async () => {
    const playerId = await newPlayer();
    const { sessionId, token } = await launch(playerId);
    await db.query(`UPDATE game_sessions SET last_active_at = now() - interval '10 minutes' WHERE session_id = $1`, [
      sessionId,
    ]);
    const bet = await callWallet(app.url, 'bet', betBody(playerId, token));
    expect(bet.status).toBe(200);
    const { rows } = await db.query<{ idle: string }>(
      `SELECT extract(epoch FROM now() - last_active_at) AS idle FROM game_sessions WHERE session_id = $1`,
      [sessionId],
    );
    expect(Number(rows[0]!.idle)).toBeLessThan(60);
  });

  it('refuses a bet without a token, with an unknown one, another player’s, or another game’s, writing nothing', async () => {
    const [playerId, other] = [await newPlayer(), await newPlayer()];
    const own = await launch(playerId);
    const othersToken = (await launch(other)).token;
    const bookOfDead = (await launch(playerId, 'book-of-dead')).token;
    const bet = (token: string | undefined) => () => callWallet(app.url, 'bet', betBody(playerId, token));
    await expectRefusedWritingNothing(playerId, bet(undefined), 400, 'VALIDATION_FAILED');
    await expectRefusedWritingNothing(playerId, bet('forged-token-of-no-session'), 403, 'GAME_SESSION_TOKEN_INVALID');
    await expectRefusedWritingNothing(playerId, bet(othersToken), 403, 'GAME_SESSION_TOKEN_INVALID');
    await expectRefusedWritingNothing(playerId, bet(bookOfDead), 403, 'GAME_SESSION_TOKEN_INVALID');
    expect((await bet(own.token)()).status).toBe(200);
  });

  it("refuses a bet of a provider outside the player's brand, or for a game it does not offer, writing nothing", async () => {
    const playerId = await newPlayer();
    const { token } = await launch(playerId);
    await expectRefusedWritingNothing(
      playerId,
      () =>
        callWallet(app.url, 'bet', betBody(playerId, token), {
          provider: TEST_NARROW_PROVIDER,
          secret: TEST_NARROW_PROVIDER_SECRET,
        }),
      403,
      'PROVIDER_NOT_IN_BRAND',
    );
    await expectRefusedWritingNothing(
      playerId,
      () => callWallet(app.url, 'bet', betBody(playerId, token, { gameId: 'not-in-the-catalog' })),
      403,
      'GAME_NOT_OFFERED',
    );
  });

  it('refuses a bet in an expired session (absolute or idle), writing nothing', async () => {
    const playerId = await newPlayer();
    const absolute = await launch(playerId);
    const idle = await launch(playerId);
    // Time passes: the sessions' clocks are moved back rather than the test waiting half an hour.
    await db.query(`UPDATE game_sessions SET expires_at = now() - interval '1 second' WHERE session_id = $1`, [
      absolute.sessionId,
    ]);
    await db.query(
      `UPDATE game_sessions SET last_active_at = now() - idle_timeout - interval '1 second' WHERE session_id = $1`,
      [idle.sessionId],
    );
    for (const { token } of [absolute, idle]) {
      const send = () => callWallet(app.url, 'bet', betBody(playerId, token));
      await expectRefusedWritingNothing(playerId, send, 403, 'GAME_SESSION_EXPIRED');
    }
  });

  it('ends sessions on logout, on closing one game, and for responsible gambling; wins and rollbacks still settle', async () => {
    const playerId = await newPlayer();
    const closed = await launch(playerId);
    const loggedOut = await launch(playerId);
    const { token } = await launch(playerId);

    // A bet to be won and one to be rolled back, each in a session that then ends.
    const won = betBody(playerId, loggedOut.token);
    const cancelled = betBody(playerId, loggedOut.token);
    expect((await callWallet(app.url, 'bet', won)).status).toBe(200);
    expect((await callWallet(app.url, 'bet', cancelled)).status).toBe(200);

    const ended = await sessionsApi('DELETE', playerId, `/${closed.sessionId}`);
    expect(ended).toMatchObject({ status: 200, json: { status: 'ENDED', endReason: 'CLOSED_BY_PLAYER' } });
    expect(await sessionsApi('DELETE', playerId, '')).toMatchObject({ status: 200, json: { ended: 2 } });
    for (const session of [closed, loggedOut, { token }]) {
      const send = () => callWallet(app.url, 'bet', betBody(playerId, session.token));
      await expectRefusedWritingNothing(playerId, send, 403, 'GAME_SESSION_ENDED');
    }

    const win = await callWallet(app.url, 'win', {
      ...won,
      transactionId: id('win'),
      amountMinor: 250,
      roundFinished: true,
    });
    expect(win.status).toBe(200);
    const rollback = await callWallet(app.url, 'rollback', {
      transactionId: id('rb'),
      referenceTransactionId: cancelled.transactionId,
      playerId,
      currency: 'EUR',
      roundId: cancelled.roundId,
      gameId: 'starburst',
    });
    expect(rollback.status).toBe(200);
    expect(rollback.json.balance.cashMinor).toBe(10_000 - 100 + 250);

    // Responsible gambling ends every open session at once, with its reason.
    const fresh = await launch(playerId);
    expect(await endPlayerSessions(db, playerId, GameSessionEndReason.SELF_EXCLUSION)).toBe(1);
    const send = () => callWallet(app.url, 'bet', betBody(playerId, fresh.token));
    await expectRefusedWritingNothing(playerId, send, 403, 'GAME_SESSION_ENDED');
    const { rows } = await db.query('SELECT end_reason FROM game_sessions WHERE session_id = $1', [fresh.sessionId]);
    expect(rows[0].end_reason).toBe('SELF_EXCLUSION');
  });

  it('ends the sessions of a player who leaves ACTIVE: self-excluded, then reactivated, the old token stays ended', async () => {
    const playerId = await newPlayer();
    const { sessionId, token } = await launch(playerId);
    await setPlayerStatus(db, playerId, PlayerStatus.SELF_EXCLUDED);
    const send = () => callWallet(app.url, 'bet', betBody(playerId, token));
    await expectRefusedWritingNothing(playerId, send, 403, 'PLAYER_SELF_EXCLUDED');
    expect(
      await sessionsApi('POST', playerId, '', { providerId: 'test-games', gameId: 'starburst', currency: 'EUR' }),
    ).toMatchObject({ status: 403, json: { code: 'PLAYER_SELF_EXCLUDED' } });
    await setPlayerStatus(db, playerId, PlayerStatus.ACTIVE);
    await expectRefusedWritingNothing(playerId, send, 403, 'GAME_SESSION_ENDED');
    const { rows } = await db.query('SELECT end_reason FROM game_sessions WHERE session_id = $1', [sessionId]);
    expect(rows[0].end_reason).toBe('SELF_EXCLUSION');
    expect((await callWallet(app.url, 'bet', betBody(playerId, (await launch(playerId)).token))).status).toBe(200);
  });

  it("answers another player's session as unknown", async () => {
    const [playerId, other] = [await newPlayer(), await newPlayer()];
    const { sessionId, token } = await launch(playerId);
    expect(await sessionsApi('DELETE', other, `/${sessionId}`)).toMatchObject({
      status: 404,
      json: { code: 'NOT_FOUND' },
    });
    expect((await callWallet(app.url, 'bet', betBody(playerId, token))).status).toBe(200);
  });
});
