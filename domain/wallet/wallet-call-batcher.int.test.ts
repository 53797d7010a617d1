import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig } from '../../platform/config';
import { createPool } from '../../platform/db';
import { creditDeposit } from './money-movements';
import { registerPlayer } from './players';
import { WalletCallBatcher, walletBatchFallbacks, type WalletCall } from './wallet-call-batcher';
import { launchGame, TEST_PROVIDER, TEST_PROVIDER_CATALOG } from '../../test/support/game-sessions';
import { syncGameProviderCatalog } from './game-provider-catalog';

// The batcher against the real Postgres DATABASE_URL names: a batch that fails as a whole is applied again call
// by call, each caller still gets its own outcome, and the fallback is logged and counted.

const db = createPool(loadConfig().databaseUrl, 4);
beforeAll(() => syncGameProviderCatalog(db, TEST_PROVIDER_CATALOG));
afterAll(() => db.end());

describe('WalletCallBatcher', () => {
  it('applies a failed batch one call at a time, logging and counting the fallback', async () => {
    const { playerId } = await registerPlayer(db, {
      brand: 'batcher',
      jurisdiction: 'MT',
      currency: 'EUR',
      dateOfBirth: '1990-01-01',
    });
    await creditDeposit(db, {
      depositId: `dep-${randomUUID()}`,
      playerId,
      psp: 'test-psp',
      amountMinor: 1_000,
      currency: 'EUR',
    });
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: 'warn' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(JSON.parse(chunk.toString('utf8')));
          done();
        },
      }),
    );
    const batcher = new WalletCallBatcher(db, logger);
    const base = {
      providerId: TEST_PROVIDER,
      playerId,
      currency: 'EUR',
      roundId: `r-${randomUUID()}`,
      gameId: 'starburst',
    };
    const stake: Extract<WalletCall, { kind: 'BET' }> & { sessionToken: string } = {
      ...base,
      kind: 'BET',
      transactionId: `bet-${randomUUID()}`,
      requestHash: 'h1',
      amountMinor: 100,
      roundFinished: false,
      sessionToken: await launchGame(db, playerId),
    };
    // A rollback that names itself makes the whole batch raise (the API's validation never sends one).
    const selfRollback: WalletCall = {
      ...base,
      kind: 'ROLLBACK',
      transactionId: `rb-${randomUUID()}`,
      requestHash: 'h2',
      referenceTransactionId: '',
    };
    selfRollback.referenceTransactionId = selfRollback.transactionId;
    const before = (await walletBatchFallbacks.get()).values.find((v) => v.labels.reason === '40001')?.value ?? 0;

    const [bet, rollback] = await Promise.allSettled([batcher.apply(stake), batcher.apply(selfRollback)]);

    expect(bet).toMatchObject({ status: 'fulfilled', value: { status: 'OK', cash_now_minor: 900 } });
    expect(rollback).toMatchObject({ status: 'rejected', reason: { code: '40001' } });
    const after = (await walletBatchFallbacks.get()).values.find((v) => v.labels.reason === '40001')?.value ?? 0;
    expect(after - before).toBe(1);
    expect(lines).toEqual([
      expect.objectContaining({ level: 40, reason: '40001', calls: 2, msg: expect.stringMatching(/one by one/) }),
    ]);
  });
});
