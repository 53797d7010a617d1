import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { loadConfig } from '../../platform/config';
import { createPool } from '../../platform/db';
import { eventEnvelopeSchema, parseEvent, type EventDefinition } from '../../platform/events';
import { createLogger } from '../../platform/logger';
import { walletTransactionPostedEvent } from './events';
import { convertBonus, creditDeposit, forfeitBonus, grantBonus } from './money-movements';
import { registerPlayer } from './players';
import { SeamlessWallet } from './seamless-wallet';
import { postReservedWithdrawal, reserveWithdrawalFunds, voidReservedWithdrawal } from './withdrawal-reservations';
import { launchGame, TEST_PROVIDER_CATALOG } from '../../test/support/game-sessions';
import { syncGameProviderCatalog } from './game-provider-catalog';

// Every outbox row that SQL writes (through outbox_write, from ledger_post_postings and wallet_apply_batch) must
// be an envelope its consumers accept: the envelope schema, the event's own zod contract, and the row's columns
// (topic, type, key) agreeing with it. A representative set of money moves is applied to fresh players on the
// real Postgres DATABASE_URL names, then every row written for them is checked, none skipped.

const db = createPool(loadConfig().databaseUrl, 4);
const wallet = new SeamlessWallet(db, createLogger('outbox-envelopes-test', 'silent'));
beforeAll(() => syncGameProviderCatalog(db, TEST_PROVIDER_CATALOG));
afterAll(() => db.end());

/** The events SQL writes, by type: a row of any other type fails the test. */
const definitions: Record<string, EventDefinition<z.ZodType>> = {
  [walletTransactionPostedEvent.type]: walletTransactionPostedEvent,
};

const id = (prefix: string) => `${prefix}-${randomUUID()}`;

async function newPlayer(): Promise<string> {
  const player = await registerPlayer(db, {
    brand: 'envelopes',
    jurisdiction: 'MT',
    currency: 'EUR',
    dateOfBirth: '1990-01-01',
  });
  return player.playerId;
}

describe('outbox events written by SQL', () => {
  it('match the envelope and event schemas, every one of them', async () => {
    const [player, other] = [await newPlayer(), await newPlayer()];
    const session = { [player]: await launchGame(db, player), [other]: await launchGame(db, other) };
    await creditDeposit(db, {
      depositId: id('dep'),
      playerId: player,
      psp: 'test-psp',
      amountMinor: 10_000,
      currency: 'EUR',
    });
    await grantBonus(db, { bonusId: id('bon'), playerId: player, amountMinor: 2_000, currency: 'EUR' });
    await convertBonus(db, { bonusId: id('bon'), playerId: player, amountMinor: 500, currency: 'EUR' });
    await forfeitBonus(db, { bonusId: id('bon'), playerId: player, currency: 'EUR', amountMinor: 500 });
    const reserved = id('wd');
    await reserveWithdrawalFunds(db, { withdrawalId: reserved, playerId: player, amountMinor: 1_000, currency: 'EUR' });
    await postReservedWithdrawal(db, { withdrawalId: reserved, psp: 'test-psp' });
    const voided = id('wd');
    await reserveWithdrawalFunds(db, { withdrawalId: voided, playerId: player, amountMinor: 700, currency: 'EUR' });
    await voidReservedWithdrawal(db, { withdrawalId: voided, reason: 'test' });

    const call = (playerId: string, extra: Record<string, unknown> = {}) => ({
      transactionId: id('tx'),
      playerId,
      currency: 'EUR' as const,
      roundId: id('round'),
      gameId: 'starburst',
      amountMinor: 300,
      roundFinished: false,
      ...extra,
    });
    const bet = (stake: ReturnType<typeof call>) =>
      wallet.bet('test-games', { ...stake, sessionToken: session[stake.playerId]! });
    const stake = call(player, { amountMinor: 9_000 }); // cash and bonus
    const rolledBack = call(player);
    // Alone (batches of one) and together (a batch), as the batcher groups calls of the same tick.
    const answers = [
      await bet(stake),
      await wallet.win('test-games', { ...stake, transactionId: id('win'), amountMinor: 4_000, winKind: 'ROUND' }),
      ...(await Promise.all([
        bet(rolledBack),
        bet(call(other, { amountMinor: 0 })),
        wallet.win('test-games', { ...call(other), winKind: 'JACKPOT' }),
        wallet.win('test-games', { ...call(player), winKind: 'FREE_ROUND' }),
      ])),
      await wallet.rollback('test-games', {
        transactionId: id('rb'),
        referenceTransactionId: rolledBack.transactionId,
        playerId: player,
        currency: 'EUR',
        roundId: rolledBack.roundId,
        gameId: 'starburst',
      }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200, 200]);

    const { rows } = await db.query<{ topic: string; message_key: string; event_type: string; payload: string }>(
      `SELECT topic, message_key, event_type, payload::TEXT AS payload FROM outbox_events
       WHERE message_key = ANY($1) ORDER BY id`,
      [[player, other]],
    );
    const kinds = rows.map((row) => {
      const definition = definitions[row.event_type];
      expect(definition).toBeDefined();
      const envelope = eventEnvelopeSchema.parse(JSON.parse(row.payload));
      const event = parseEvent(definition!, Buffer.from(row.payload))!;
      expect(row.topic).toBe(definition!.topic);
      expect(envelope.type).toBe(row.event_type);
      expect(envelope.key).toBe(row.message_key);
      return (event.payload as { kind: string }).kind;
    });
    expect(kinds).toEqual([
      'DEPOSIT',
      'BONUS_GRANT',
      'BONUS_CONVERT',
      'BONUS_FORFEIT',
      'WITHDRAWAL_RESERVE',
      'WITHDRAWAL_POST',
      'WITHDRAWAL_RESERVE',
      'WITHDRAWAL_VOID',
      'BET',
      'WIN',
      ...batchOrder(),
      'ROLLBACK',
    ]);

    /** The batch's events come by player, then arrival (the zero bet moves no money and writes none). */
    function batchOrder() {
      return [player, other].sort()[0] === player ? ['BET', 'WIN', 'WIN'] : ['WIN', 'BET', 'WIN'];
    }
  });
});
