import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { creditDeposit, grantBonus } from '../../domain/wallet/money-movements';
import { setPlayerStatus } from '../../domain/wallet/players';
import type { Db } from '../../platform/db';
import { sloMetrics } from '../../platform/slo-metrics';
import { fetchApi } from '../../test/support/openapi-conformance';
import { bearer, newSubject, subjectTokenFor } from '../../test/support/player-tokens';
import { startTestApp } from '../../test/support/test-app';
import { callWallet } from '../../test/support/wallet-client';
import { launchGame } from '../../test/support/game-sessions';

// The seamless wallet over HTTP, on the real app and the real Postgres of the running stack.
let app: Awaited<ReturnType<typeof startTestApp>>;
let db: Db;
beforeAll(async () => {
  app = await startTestApp();
  db = app.db;
});
afterAll(() => app.close());

const id = (prefix: string) => `${prefix}-${randomUUID()}`;
/** Each player's game session (newPlayer launches one), whose token their bets carry. */
const sessionTokens = new Map<string, string>();

async function newPlayer(funding: { cashMinor?: number; bonusMinor?: number } = {}): Promise<string> {
  const response = await fetchApi(`${app.url}/player/v1/players`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(await subjectTokenFor(newSubject())) },
    body: JSON.stringify({ brand: 'luckyspin', jurisdiction: 'MT', currency: 'EUR', dateOfBirth: '1990-04-01' }),
  });
  expect(response.status).toBe(201);
  const { playerId } = (await response.json()) as { playerId: string };
  sessionTokens.set(playerId, await launchGame(db, playerId));
  if (funding.cashMinor) {
    await creditDeposit(db, {
      depositId: id('dep'),
      playerId,
      psp: 'test-psp',
      amountMinor: funding.cashMinor,
      currency: 'EUR',
    });
  }
  if (funding.bonusMinor) {
    await grantBonus(db, { bonusId: id('bon'), playerId, amountMinor: funding.bonusMinor, currency: 'EUR' });
  }
  return playerId;
}

async function balances(playerId: string) {
  const { rows } = await db.query<{ kind: string; balance_minor: number }>(
    'SELECT kind, balance_minor FROM ledger_accounts WHERE player_id = $1',
    [playerId],
  );
  const of = (kind: string) => rows.find((r) => r.kind === kind)!.balance_minor;
  return { cash: of('PLAYER_CASH'), bonus: of('PLAYER_BONUS') };
}

/** Everything the wallet has written about a player: provider transactions and ledger transactions. */
async function footprint(playerId: string) {
  const { rows } = await db.query<{ provider: number; ledger: number }>(
    `SELECT (SELECT count(*) FROM wallet_provider_transactions WHERE player_id = $1)::INT AS provider,
            (SELECT count(*) FROM ledger_transactions WHERE player_id = $1)::INT AS ledger`,
    [playerId],
  );
  return rows[0]!;
}

const bet = (playerId: string, amountMinor: number, extra: Record<string, unknown> = {}) => ({
  transactionId: id('bet'),
  playerId,
  currency: 'EUR',
  amountMinor,
  roundId: id('round'),
  gameId: 'starburst',
  sessionToken: sessionTokens.get(playerId) ?? 'no-session-for-this-player',
  ...extra,
});

/** A rollback of `stake`, under a transaction id of its own. */
const rollbackOf = (stake: ReturnType<typeof bet>) => ({
  transactionId: id('rb'),
  referenceTransactionId: stake.transactionId,
  playerId: stake.playerId,
  currency: stake.currency,
  roundId: stake.roundId,
  gameId: stake.gameId,
});

describe('seamless wallet: concurrency on one player', () => {
  it('accepts exactly the 100 of 200 concurrent bets the balance covers, ending at zero, never negative', async () => {
    const playerId = await newPlayer({ cashMinor: 100 * 250 });
    const replies = await Promise.all(
      Array.from({ length: 200 }, () => callWallet(app.url, 'bet', bet(playerId, 250))),
    );
    const accepted = replies.filter((r) => r.status === 200);
    const refused = replies.filter((r) => r.status !== 200);
    expect(accepted).toHaveLength(100);
    expect(refused).toHaveLength(100);
    expect(new Set(refused.map((r) => r.json.code))).toEqual(new Set(['INSUFFICIENT_FUNDS']));
    expect(await balances(playerId)).toEqual({ cash: 0, bonus: 0 });
    // Replaying the cash account's postings in order: the running balance never dips below zero.
    const { rows } = await db.query<{ lowest: number }>(
      `SELECT min(running)::BIGINT AS lowest FROM (
         SELECT sum(p.amount_minor) OVER (ORDER BY p.posting_id) AS running
         FROM ledger_postings p JOIN ledger_accounts a USING (account_id)
         WHERE a.player_id = $1 AND a.kind = 'PLAYER_CASH') r`,
      [playerId],
    );
    expect(rows[0]!.lowest).toBe(0);
  });

  it('moves money once for the same transaction id sent 50 times at once, answering identically', async () => {
    const playerId = await newPlayer({ cashMinor: 10_000 });
    const request = bet(playerId, 700);
    const replies = await Promise.all(Array.from({ length: 50 }, () => callWallet(app.url, 'bet', request)));
    expect(new Set(replies.map((r) => r.status))).toEqual(new Set([200]));
    expect(new Set(replies.map((r) => r.text)).size).toBe(1);
    expect(await balances(playerId)).toEqual({ cash: 9_300, bonus: 0 });
    expect((await footprint(playerId)).ledger).toBe(2); // the deposit and one bet
  });
});

describe('seamless wallet: idempotency', () => {
  it('answers a repeat byte for byte, even after the balance has moved', async () => {
    const playerId = await newPlayer({ cashMinor: 5_000 });
    const request = bet(playerId, 1_000);
    const first = await callWallet(app.url, 'bet', request);
    await callWallet(app.url, 'bet', bet(playerId, 500));
    const again = await callWallet(app.url, 'bet', request);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(first.json.balance).toEqual({ cashMinor: 4_000, bonusMinor: 0, playableMinor: 4_000 });
  });

  it('refuses the same transaction id with a different body with 409, moving nothing', async () => {
    const playerId = await newPlayer({ cashMinor: 5_000 });
    const request = bet(playerId, 1_000);
    await callWallet(app.url, 'bet', request);
    const changed = await callWallet(app.url, 'bet', { ...request, amountMinor: 2_000 });
    expect(changed.status).toBe(409);
    expect(changed.contentType).toMatch(/^application\/problem\+json/);
    expect(changed.json.code).toBe('DUPLICATE_TRANSACTION_ID');
    expect(await balances(playerId)).toEqual({ cash: 4_000, bonus: 0 });
  });

  it('gives one transaction id to one call only, even when two players race for it', async () => {
    const [first, second] = await Promise.all([newPlayer({ cashMinor: 1_000 }), newPlayer({ cashMinor: 1_000 })]);
    const transactionId = id('race');
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        callWallet(app.url, 'bet', bet(i % 2 ? first : second, 100, { transactionId })),
      ),
    );
    const accepted = replies.filter((r) => r.status === 200);
    expect(new Set(accepted.map((r) => r.text)).size).toBe(1); // the winner's answer, repeated
    expect(replies.filter((r) => r.status === 409).length).toBe(10 - accepted.length);
    const moved = (await balances(first)).cash + (await balances(second)).cash;
    expect(moved).toBe(2_000 - 100);
  });

  it('keeps a failed bet failed: after a top-up the same id is still refused, with the balance as it is now', async () => {
    const playerId = await newPlayer({ cashMinor: 100 });
    const request = bet(playerId, 500);
    const refused = await callWallet(app.url, 'bet', request);
    expect(refused.status).toBe(422);
    expect(refused.json).toMatchObject({
      code: 'INSUFFICIENT_FUNDS',
      balance: { cashMinor: 100, bonusMinor: 0, playableMinor: 100 },
    });
    await creditDeposit(db, { depositId: id('dep'), playerId, psp: 'test-psp', amountMinor: 1_000, currency: 'EUR' });
    const retried = await callWallet(app.url, 'bet', request);
    expect(retried.status).toBe(422);
    expect(retried.json).toMatchObject({
      code: 'INSUFFICIENT_FUNDS',
      balance: { cashMinor: 1_100, bonusMinor: 0, playableMinor: 1_100 },
    });
    expect(await balances(playerId)).toEqual({ cash: 1_100, bonus: 0 });
  });

  it('answers a reused transaction id with the current balance too', async () => {
    const playerId = await newPlayer({ cashMinor: 5_000 });
    const request = bet(playerId, 1_000);
    await callWallet(app.url, 'bet', request);
    await callWallet(app.url, 'bet', bet(playerId, 500));
    const changed = await callWallet(app.url, 'bet', { ...request, amountMinor: 2_000 });
    expect(changed.status).toBe(409);
    expect(changed.json).toMatchObject({ code: 'DUPLICATE_TRANSACTION_ID', balance: { cashMinor: 3_500 } });
  });
});

describe('seamless wallet: rollbacks', () => {
  it('reverses a bet exactly, cash and bonus parts alike, and only once', async () => {
    const playerId = await newPlayer({ cashMinor: 300, bonusMinor: 1_000 });
    const stake = bet(playerId, 500);
    await callWallet(app.url, 'bet', stake);
    expect(await balances(playerId)).toEqual({ cash: 0, bonus: 800 });
    const rollback = rollbackOf(stake);
    const first = await callWallet(app.url, 'rollback', rollback);
    const repeat = await callWallet(app.url, 'rollback', rollback);
    const another = await callWallet(app.url, 'rollback', { ...rollback, transactionId: id('rb') });
    expect(first.status).toBe(200);
    expect(first.json.split).toEqual({ cashMinor: 300, bonusMinor: 200 });
    expect(repeat.text).toBe(first.text);
    expect(another.status).toBe(200);
    expect(another.json.split).toEqual({ cashMinor: 0, bonusMinor: 0 });
    expect(await balances(playerId)).toEqual({ cash: 300, bonus: 1_000 });
  });

  it('answers a rollback of a bet never seen with UNKNOWN_TRANSACTION and refuses that bet when it comes late', async () => {
    const playerId = await newPlayer({ cashMinor: 1_000 });
    const late = bet(playerId, 400);
    const rollback = await callWallet(app.url, 'rollback', rollbackOf(late));
    expect(rollback.status).toBe(404);
    expect(rollback.json.code).toBe('UNKNOWN_TRANSACTION');
    const arrived = await callWallet(app.url, 'bet', late);
    expect(arrived.status).toBe(409);
    expect(arrived.json.code).toBe('TRANSACTION_ROLLED_BACK');
    expect(await balances(playerId)).toEqual({ cash: 1_000, bonus: 0 });
  });

  it('refuses to roll back a bet whose round already has a win', async () => {
    const playerId = await newPlayer({ cashMinor: 1_000 });
    const stake = bet(playerId, 400);
    await callWallet(app.url, 'bet', stake);
    await callWallet(app.url, 'win', { ...stake, transactionId: id('win'), amountMinor: 900, roundFinished: true });
    const rollback = await callWallet(app.url, 'rollback', rollbackOf(stake));
    expect(rollback.status).toBe(409);
    expect(rollback.json.code).toBe('ROUND_ALREADY_SETTLED');
    expect(await balances(playerId)).toEqual({ cash: 1_500, bonus: 0 });
  });
});

describe('seamless wallet: bonus money', () => {
  it('spends cash before bonus and pays a win back in the proportion of the stake', async () => {
    const playerId = await newPlayer({ cashMinor: 300, bonusMinor: 1_000 });
    const stake = bet(playerId, 500);
    const placed = await callWallet(app.url, 'bet', stake);
    expect(placed.json.split).toEqual({ cashMinor: 300, bonusMinor: 200 });
    const won = await callWallet(app.url, 'win', { ...stake, transactionId: id('win'), amountMinor: 1_001 });
    // 300:200 of 1001 is 600.6 cash and 400.4 bonus; the rounding goes to the player's withdrawable cash.
    expect(won.json.split).toEqual({ cashMinor: 601, bonusMinor: 400 });
    expect(await balances(playerId)).toEqual({ cash: 601, bonus: 1_200 });
    const { rows } = await db.query(
      `SELECT cash_minor, bonus_minor FROM wallet_provider_transactions WHERE provider_tx_id = $1`,
      [stake.transactionId],
    );
    expect(rows[0]).toEqual({ cash_minor: 300, bonus_minor: 200 }); // recorded for wagering
  });

  it.each(['FREE_ROUND', 'JACKPOT', 'PROMO'] as const)(
    'credits a %s win, which needs no stake, to cash from the provider prize account',
    async (winKind) => {
      const playerId = await newPlayer({ bonusMinor: 1_000 });
      const won = await callWallet(app.url, 'win', { ...bet(playerId, 250, { transactionId: id('win') }), winKind });
      expect(won.status).toBe(200);
      expect(won.json.split).toEqual({ cashMinor: 250, bonusMinor: 0 });
      const { rows } = await db.query(
        `SELECT a.code, a.kind FROM ledger_postings p JOIN ledger_accounts a USING (account_id)
         WHERE p.transaction_id = $1 AND a.player_id IS NULL`,
        [won.json.walletTransactionId],
      );
      const code = `game:test-games:${winKind.toLowerCase().replace('_', '-')}:EUR`;
      expect(rows).toEqual([{ code, kind: 'GAME_PRIZE_COST' }]);
    },
  );
});

describe('seamless wallet: player status', () => {
  it.each(['BLOCKED', 'SELF_EXCLUDED', 'CLOSED'] as const)(
    "refuses a %s player's bet before any money moves, but still pays their win",
    async (status) => {
      const playerId = await newPlayer({ cashMinor: 1_000 });
      const stake = bet(playerId, 100);
      expect((await callWallet(app.url, 'bet', stake)).status).toBe(200);
      await setPlayerStatus(db, playerId, status);
      const refused = await callWallet(app.url, 'bet', bet(playerId, 100));
      expect(refused.status).toBe(403);
      expect(refused.json).toMatchObject({ code: `PLAYER_${status}`, balance: { cashMinor: 900 } });
      expect(await balances(playerId)).toEqual({ cash: 900, bonus: 0 });
      const won = await callWallet(app.url, 'win', { ...stake, transactionId: id('win'), amountMinor: 300 });
      expect(won.status).toBe(200);
      expect(await balances(playerId)).toEqual({ cash: 1_200, bonus: 0 });
    },
  );
});

describe('seamless wallet: rounds (the money holes an aggregator could use)', () => {
  it('pays no ROUND win without a bet of the same player in that round', async () => {
    const [player, other] = await Promise.all([newPlayer({ cashMinor: 1_000 }), newPlayer({ cashMinor: 1_000 })]);
    const stake = bet(other, 100);
    await callWallet(app.url, 'bet', stake);
    const noBet = await callWallet(app.url, 'win', bet(player, 5_000, { transactionId: id('win') }));
    expect(noBet.status).toBe(404);
    expect(noBet.json).toMatchObject({ code: 'ROUND_NOT_FOUND', balance: { cashMinor: 1_000 } });
    // Another player's round id is not this player's round.
    const othersRound = await callWallet(app.url, 'win', { ...stake, playerId: player, transactionId: id('win') });
    expect(othersRound.status).toBe(404);
    expect(othersRound.json.code).toBe('ROUND_NOT_FOUND');
    expect(await balances(player)).toEqual({ cash: 1_000, bonus: 0 });
  });

  it('pays no win against a round whose bets were all rolled back', async () => {
    const playerId = await newPlayer({ cashMinor: 1_000 });
    const stake = bet(playerId, 400);
    await callWallet(app.url, 'bet', stake);
    expect((await callWallet(app.url, 'rollback', rollbackOf(stake))).status).toBe(200);
    const won = await callWallet(app.url, 'win', { ...stake, transactionId: id('win'), amountMinor: 4_000 });
    expect(won.status).toBe(409);
    expect(won.json).toMatchObject({ code: 'ROUND_ROLLED_BACK', balance: { cashMinor: 1_000 } });
    expect(await balances(playerId)).toEqual({ cash: 1_000, bonus: 0 });
  });

  it('refuses a rollback that names another round than its bet', async () => {
    const playerId = await newPlayer({ cashMinor: 1_000 });
    const stake = bet(playerId, 400);
    await callWallet(app.url, 'bet', stake);
    const rollback = await callWallet(app.url, 'rollback', { ...rollbackOf(stake), roundId: id('round') });
    expect(rollback.status).toBe(422);
    expect(rollback.json).toMatchObject({ code: 'ROUND_MISMATCH', balance: { cashMinor: 600 } });
    expect(await balances(playerId)).toEqual({ cash: 600, bonus: 0 });
  });

  it('closes a round on roundFinished: a later bet or win on it is refused', async () => {
    const playerId = await newPlayer({ cashMinor: 1_000 });
    const stake = bet(playerId, 100);
    await callWallet(app.url, 'bet', stake);
    const closing = { ...stake, transactionId: id('win'), amountMinor: 0, roundFinished: true };
    expect((await callWallet(app.url, 'win', closing)).status).toBe(200);
    const late = await callWallet(app.url, 'bet', { ...stake, transactionId: id('bet') });
    expect(late.status).toBe(409);
    expect(late.json).toMatchObject({ code: 'ROUND_FINISHED', balance: { cashMinor: 900 } });
    const lateWin = await callWallet(app.url, 'win', { ...stake, transactionId: id('win'), amountMinor: 500 });
    expect(lateWin.json.code).toBe('ROUND_FINISHED');
    expect(await balances(playerId)).toEqual({ cash: 900, bonus: 0 });
  });

  it('answers a refused bet of a late tombstone with the current balance', async () => {
    const playerId = await newPlayer({ cashMinor: 1_000 });
    const late = bet(playerId, 400);
    await callWallet(app.url, 'rollback', rollbackOf(late));
    await callWallet(app.url, 'bet', bet(playerId, 250));
    const arrived = await callWallet(app.url, 'bet', late);
    expect(arrived.status).toBe(409);
    expect(arrived.json).toMatchObject({ code: 'TRANSACTION_ROLLED_BACK', balance: { cashMinor: 750 } });
  });
});

describe('seamless wallet: signatures', () => {
  const cases: [string, Parameters<typeof callWallet>[3], string][] = [
    ['a wrong secret', { secret: 'not-the-secret-0123456789' }, 'BAD_SIGNATURE'],
    ['an unknown provider', { provider: 'nobody' }, 'UNKNOWN_PROVIDER'],
    ['a stale timestamp', { timestamp: Math.floor(Date.now() / 1000) - 3600 }, 'STALE_TIMESTAMP'],
    ['a timestamp from the future', { timestamp: Math.floor(Date.now() / 1000) + 3600 }, 'STALE_TIMESTAMP'],
    ['a malformed timestamp', { headers: { 'x-timestamp': 'yesterday' } }, 'MALFORMED_TIMESTAMP'],
    ['no signature', { headers: { 'x-signature': '' } }, 'MISSING_HEADERS'],
  ];

  it.each(cases)('refuses %s with 401 and writes nothing', async (_name, options, code) => {
    const playerId = await newPlayer({ cashMinor: 1_000 });
    const reply = await callWallet(app.url, 'bet', bet(playerId, 100), options);
    expect(reply.status).toBe(401);
    expect(reply.contentType).toMatch(/^application\/problem\+json/);
    expect(reply.json.code).toBe(code);
    expect(await footprint(playerId)).toEqual({ provider: 0, ledger: 1 });
  });

  it('refuses a body changed after signing', async () => {
    const playerId = await newPlayer({ cashMinor: 1_000 });
    const signed = bet(playerId, 100);
    const timestamp = Math.floor(Date.now() / 1000);
    const { signWalletRequest } = await import('../../domain/wallet/provider-signature');
    const signature = signWalletRequest('test-secret-0123456789abcdef', timestamp, JSON.stringify(signed));
    const reply = await callWallet(
      app.url,
      'bet',
      { ...signed, amountMinor: 900 },
      {
        timestamp,
        headers: { 'x-signature': signature },
      },
    );
    expect(reply.status).toBe(401);
    expect(reply.json.code).toBe('BAD_SIGNATURE');
    expect(await balances(playerId)).toEqual({ cash: 1_000, bonus: 0 });
  });
});

describe('seamless wallet: bad input', () => {
  const invalid: [string, (playerId: string) => Record<string, unknown>][] = [
    ['a negative amount', (p) => bet(p, -100)],
    ['a fractional amount', (p) => bet(p, 10.5)],
    ['an oversized amount', (p) => bet(p, 2 ** 53)],
    ['a non-numeric amount', (p) => ({ ...bet(p, 0), amountMinor: 'ten' })],
    ['an amount as a string of digits', (p) => ({ ...bet(p, 0), amountMinor: '100' })],
    ['an unknown currency', (p) => bet(p, 100, { currency: 'XYZ' })],
    ['a missing round id', (p) => ({ ...bet(p, 100), roundId: undefined })],
    ['an unexpected field', (p) => bet(p, 100, { bonusCode: 'FREE' })],
    ['a win kind on a bet', (p) => bet(p, 100, { winKind: 'JACKPOT' })],
  ];

  it.each(invalid)('answers %s with 400 problem+json and writes nothing', async (_name, build) => {
    const playerId = await newPlayer({ cashMinor: 1_000 });
    const reply = await callWallet(app.url, 'bet', build(playerId));
    expect(reply.status).toBe(400);
    expect(reply.contentType).toMatch(/^application\/problem\+json/);
    expect(reply.json.detail).toMatch(/^body/);
    expect(await footprint(playerId)).toEqual({ provider: 0, ledger: 1 });
  });

  it('answers malformed JSON with 400', async () => {
    const playerId = await newPlayer({ cashMinor: 1_000 });
    const reply = await callWallet(app.url, 'bet', undefined, { rawBody: `{"playerId": "${playerId}", ` });
    expect(reply.status).toBe(400);
    expect(reply.json.title).toBe('Malformed request');
    expect(await footprint(playerId)).toEqual({ provider: 0, ledger: 1 });
  });

  it("answers a currency that is not the wallet's with 422, and an unknown player with 404", async () => {
    const playerId = await newPlayer({ cashMinor: 1_000 });
    const mismatch = await callWallet(app.url, 'bet', bet(playerId, 100, { currency: 'GBP' }));
    expect(mismatch.status).toBe(422);
    expect(mismatch.json).toMatchObject({ code: 'CURRENCY_MISMATCH', walletCurrency: 'EUR' });
    const unknown = await callWallet(app.url, 'bet', bet('pl_nobody', 100));
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('UNKNOWN_PLAYER');
    expect(await footprint(playerId)).toEqual({ provider: 0, ledger: 1 });
  });

  it('reports the balance of a known player', async () => {
    const playerId = await newPlayer({ cashMinor: 1_234, bonusMinor: 100 });
    const reply = await callWallet(app.url, 'balance', { playerId, currency: 'EUR' });
    expect(reply.status).toBe(200);
    expect(reply.json.balance).toEqual({ cashMinor: 1_234, bonusMinor: 100, playableMinor: 1_334 });
  });
});

describe('seamless wallet: the bet-acceptance SLO histogram', () => {
  // The app runs in this process, so its observations land in this process's histogram; this file's tests run
  // one after another, so the differences are exact.
  async function observed() {
    const { values } = await sloMetrics.betAcceptance.get();
    const of = (suffix: string, result: string) =>
      values.find((v) => v.metricName === `igaming_bet_acceptance_seconds_${suffix}` && v.labels.result === result)
        ?.value ?? 0;
    const results = ['accepted', 'refused', 'abandoned', 'unauthenticated'] as const;
    return Object.fromEntries(results.map((r) => [r, { count: of('count', r), sum: of('sum', r) }]));
  }
  const counts = (o: Awaited<ReturnType<typeof observed>>, before: Awaited<ReturnType<typeof observed>>) =>
    Object.fromEntries(Object.entries(o).map(([result, { count }]) => [result, count - before[result]!.count]));

  it('labels each bet by its answer, and an unsigned call unauthenticated (not refused)', async () => {
    const playerId = await newPlayer({ cashMinor: 1_000 });
    const before = await observed();
    expect((await callWallet(app.url, 'bet', bet(playerId, 100))).status).toBe(200);
    expect((await callWallet(app.url, 'bet', bet(playerId, 100_000))).status).toBe(422);
    const unsigned = await callWallet(app.url, 'bet', bet(playerId, 100), { secret: 'not-the-secret-0123456789' });
    expect(unsigned.status).toBe(401);
    expect((await callWallet(app.url, 'balance', { playerId, currency: 'EUR' })).status).toBe(200); // not a bet
    // 'close' follows the answer by a tick.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(counts(await observed(), before)).toEqual({ accepted: 1, refused: 1, abandoned: 0, unauthenticated: 1 });
  });

  it('records a bet whose provider hung up before the answer as abandoned, timed to the hang-up', async () => {
    const before = await observed();
    // Headers and half a body, then nothing: the wallet waits for the rest until the provider gives up.
    const call = http.request(`${app.url}/wallet/v1/bet`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '200' },
    });
    call.on('error', () => undefined);
    call.write('{"transactionId": "abandoned-');
    await new Promise((resolve) => setTimeout(resolve, 500));
    call.destroy();
    const deadline = Date.now() + 10_000;
    let after = await observed();
    while (after.abandoned!.count === before.abandoned!.count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = await observed();
    }
    expect(counts(after, before)).toEqual({ accepted: 0, refused: 0, abandoned: 1, unauthenticated: 0 });
    expect(after.abandoned!.sum - before.abandoned!.sum).toBeGreaterThanOrEqual(0.4);
  });
});
