import { randomUUID } from 'node:crypto';
import { type z } from 'zod';
import { loadConfig } from '../../platform/config';
import { createPool, withTransaction } from '../../platform/db';
import { eventEnvelopeSchema } from '../../platform/events';
import { walletTransactionPostedEvent } from './events';
import { verifyLedger } from './ledger-verification';
import { creditDeposit } from './money-movements';
import { registerPlayer } from './players';

// The ledger's own guarantees, enforced by Postgres itself (real database from the running stack).
const db = createPool(loadConfig().databaseUrl, 4);
afterAll(() => db.end());

async function fundedPlayer(amountMinor = 10_000) {
  const player = await registerPlayer(db, {
    brand: 'ledgertest',
    jurisdiction: 'MT',
    currency: 'EUR',
    dateOfBirth: '1985-06-15',
  });
  const deposit = await creditDeposit(db, {
    depositId: `dep-${randomUUID()}`,
    playerId: player.playerId,
    psp: 'test-psp',
    amountMinor,
    currency: 'EUR',
  });
  return { playerId: player.playerId, transactionId: deposit.transactionId! };
}

const errorOf = (promise: Promise<unknown>) => promise.then(() => undefined).catch((err: Error) => err.message);

describe('ledger rules in the database', () => {
  it('refuses to update or delete a posting or a transaction', async () => {
    const { transactionId } = await fundedPlayer();
    expect(
      await errorOf(db.query('UPDATE ledger_postings SET amount_minor = 1 WHERE transaction_id = $1', [transactionId])),
    ).toMatch(/append-only/);
    expect(await errorOf(db.query('DELETE FROM ledger_postings WHERE transaction_id = $1', [transactionId]))).toMatch(
      /append-only/,
    );
    expect(
      await errorOf(db.query(`UPDATE ledger_transactions SET kind = 'X' WHERE transaction_id = $1`, [transactionId])),
    ).toMatch(/append-only/);
  });

  it('refuses a transaction whose postings do not sum to zero', async () => {
    const { playerId } = await fundedPlayer();
    const message = await errorOf(
      withTransaction(db, async (tx) => {
        const { rows } = await tx.query(
          `SELECT account_id FROM ledger_accounts WHERE player_id = $1 ORDER BY account_id`,
          [playerId],
        );
        await tx.query('SELECT ledger_post_postings($1)', [
          JSON.stringify({
            idempotencyKey: `unbalanced-${randomUUID()}`,
            kind: 'DEPOSIT',
            playerId,
            currency: 'EUR',
            postings: [
              { accountId: rows[0].account_id, amountMinor: 100 },
              { accountId: rows[1].account_id, amountMinor: -99 },
            ],
          }),
        ]);
      }),
    );
    expect(message).toMatch(/does not balance in EUR: postings sum to 1/);
  });

  it('refuses to take a player balance below zero', async () => {
    const { playerId } = await fundedPlayer(500);
    const message = await errorOf(
      withTransaction(db, async (tx) => {
        const { rows } = await tx.query(
          `SELECT account_id, kind FROM ledger_accounts WHERE player_id = $1 ORDER BY account_id`,
          [playerId],
        );
        const cash = rows.find((r) => r.kind === 'PLAYER_CASH').account_id;
        const bonus = rows.find((r) => r.kind === 'PLAYER_BONUS').account_id;
        await tx.query('SELECT ledger_post_postings($1)', [
          JSON.stringify({
            idempotencyKey: `overdraw-${randomUUID()}`,
            kind: 'BONUS_CONVERT',
            playerId,
            currency: 'EUR',
            postings: [
              { accountId: cash, amountMinor: -501 },
              { accountId: bonus, amountMinor: 501 },
            ],
          }),
        ]);
      }),
    );
    expect(message).toMatch(/ledger_accounts_balance_minor_check/);
  });

  it('writes one wallet.transactions outbox event per transaction, matching its contract', async () => {
    const { playerId, transactionId } = await fundedPlayer(1_234);
    const { rows } = await db.query(
      `SELECT topic, message_key, payload FROM outbox_events
       WHERE event_type = 'wallet.transaction.posted' AND (payload->'payload'->>'transactionId')::BIGINT = $1`,
      [transactionId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ topic: 'wallet.transactions', message_key: playerId });
    const envelope = eventEnvelopeSchema.parse(rows[0].payload);
    const payload: z.infer<typeof walletTransactionPostedEvent.payload> = walletTransactionPostedEvent.payload.parse(
      envelope.payload,
    );
    expect(payload).toMatchObject({ transactionId, kind: 'DEPOSIT', playerId, currency: 'EUR' });
    expect([...payload.amountsMinor].sort((a, b) => a - b)).toEqual([-1_234, 1_234]);
    expect(payload.accountIds).toHaveLength(2);
  });
});

describe('ledger verification', () => {
  it('finds every invariant holding on the live ledger', async () => {
    await fundedPlayer();
    const report = await verifyLedger(db);
    expect(report.results.filter((r) => r.violations > 0)).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('reports a player balance that disagrees with its postings', async () => {
    const { playerId } = await fundedPlayer(700);
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `UPDATE ledger_accounts SET balance_minor = balance_minor + 1 WHERE player_id = $1 AND kind = 'PLAYER_CASH'`,
        [playerId],
      );
      const report = await verifyLedger(client);
      const broken = report.results.find((r) => r.violations > 0);
      expect(report.ok).toBe(false);
      expect(broken?.invariant).toBe("every player account's balance equals the sum of its postings");
      expect(broken?.examples).toEqual([
        { code: `player:${playerId}:cash:EUR`, balance_minor: 701, postings_total: 700 },
      ]);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
