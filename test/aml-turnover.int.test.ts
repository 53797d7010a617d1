import { randomUUID } from 'node:crypto';
import { AmlStarterRule } from '../contracts/aml';
import { depositStatusChangedEvent, withdrawalStatusChangedEvent } from '../domain/payments/events';
import { withTransaction, type Db } from '../platform/db';
import { appendOutboxEvent } from '../platform/events';
import { newFundedPlayer } from './support/funded-player';
import { startTestApp } from './support/test-app';
import { callWallet } from './support/wallet-client';
import { until } from './support/until';

// AML's turnover (what the rapid deposit-then-withdrawal rule reads as turnover since the last deposit) is written by
// the wallet's one bet path, in the bet's own transaction (sql/functions/wallet_apply_batch.sql): the aml-monitor
// reads no wallet event. Bets go through the seamless-wallet API of the real app; the payment events through the
// outbox, the relay and Kafka to the running stack's aml-monitor, as test/aml-monitoring.int.test.ts writes them.
let app: Awaited<ReturnType<typeof startTestApp>>;
let db: Db;
beforeAll(async () => {
  app = await startTestApp();
  db = app.db;
});
afterAll(() => app.close());

const id = (prefix: string) => `${prefix}-${randomUUID()}`;

/** An MT player (no stake caps) with EUR 1,000.00 in the wallet and a game session. */
async function newPlayer() {
  const { playerId, sessionToken } = await newFundedPlayer(db, {
    jurisdiction: 'MT',
    currency: 'EUR',
    dateOfBirth: '1985-01-01',
  });
  const bet = async (amountMinor: number) => {
    const call = {
      transactionId: id('bet'),
      playerId,
      currency: 'EUR',
      amountMinor,
      roundId: id('round'),
      gameId: 'starburst',
      sessionToken,
    };
    return { call, reply: await callWallet(app.url, 'bet', call) };
  };
  return { playerId, bet };
}

const turnoverOf = async (playerId: string) => {
  const { rows } = await db.query<{ staked: string | null; bets: string | null }>(
    'SELECT sum(bets_minor) AS staked, sum(bet_count) AS bets FROM aml_turnover_buckets WHERE player_id = $1',
    [playerId],
  );
  return { stakedMinor: Number(rows[0]!.staked ?? 0), bets: Number(rows[0]!.bets ?? 0) };
};

const paymentFields = (playerId: string, paymentId: string, amountMinor: number) => ({
  paymentId,
  playerId,
  brand: 'luckyspin',
  country: 'MT',
  amountMinor,
  currency: 'EUR' as const,
  method: 'CARD' as const,
  instrumentId: 'pi_test_card',
  psp: 'cardpay',
  failureReason: null,
});

/** The rules that fired on an event, once the monitor has evaluated it. */
const firedOn = (eventId: string) =>
  until(`the evaluation of ${eventId}`, async () => {
    const { rows } = await db.query<{ fired: { ruleId: string }[] }>(
      'SELECT fired FROM aml_evaluations WHERE event_id = $1',
      [eventId],
    );
    return rows[0]?.fired.map((f) => f.ruleId);
  });

describe('turnover written by the bet path', () => {
  it('counts accepted bets, takes a rolled-back bet back, and counts no refused bet', async () => {
    const player = await newPlayer();
    expect((await player.bet(300)).reply.status).toBe(200);
    const rolledBack = await player.bet(200);
    expect(rolledBack.reply.status).toBe(200);
    expect((await player.bet(10_000_000)).reply.json).toMatchObject({ code: 'INSUFFICIENT_FUNDS' });
    expect(await turnoverOf(player.playerId)).toEqual({ stakedMinor: 500, bets: 2 });

    const { amountMinor: _stake, sessionToken: _token, ...rollbackFields } = rolledBack.call;
    const rollback = await callWallet(app.url, 'rollback', {
      ...rollbackFields,
      transactionId: id('rb'),
      referenceTransactionId: rolledBack.call.transactionId,
    });
    expect(rollback.status).toBe(200);
    expect(await turnoverOf(player.playerId)).toEqual({ stakedMinor: 300, bets: 1 });
  });

  it('a withdrawal requested right after the bets is evaluated with every one of them', async () => {
    // Two players deposit EUR 1,000 and ask for EUR 900 back at once: one played EUR 600 of it (no alert), the
    // other EUR 100 (under the rule's 50 %: an alert). Before, the monitor read the bets from the wallet's topic
    // and could evaluate the withdrawal before them.
    const outcomes: Record<string, string[]> = {};
    for (const [name, staked] of [
      ['played', 60_000],
      ['passing-through', 10_000],
    ] as const) {
      const player = await newPlayer();
      const deposit = await withTransaction(db, (tx) =>
        appendOutboxEvent(tx, depositStatusChangedEvent, player.playerId, {
          ...paymentFields(player.playerId, id('dep'), 100_000),
          status: 'CREDITED',
          previousStatus: 'CREDITING',
        }),
      );
      // The deposit and the withdrawal are on two topics, which Kafka does not order between them.
      await firedOn(deposit.eventId);
      expect((await player.bet(staked)).reply.status).toBe(200);
      const withdrawal = await withTransaction(db, (tx) =>
        appendOutboxEvent(tx, withdrawalStatusChangedEvent, player.playerId, {
          ...paymentFields(player.playerId, id('wd'), 90_000),
          status: 'REQUESTED',
          previousStatus: null,
        }),
      );
      outcomes[name] = await firedOn(withdrawal.eventId);
    }
    expect(outcomes.played).not.toContain(AmlStarterRule.RAPID_DEPOSIT_WITHDRAWAL);
    expect(outcomes['passing-through']).toContain(AmlStarterRule.RAPID_DEPOSIT_WITHDRAWAL);
  });
});
