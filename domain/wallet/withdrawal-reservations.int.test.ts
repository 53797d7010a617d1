import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../platform/config';
import { createPool } from '../../platform/db';
import { WalletErrorType, WalletRuleError } from './errors';
import { getWalletBalance } from './ledger';
import { convertBonus, creditDeposit, forfeitBonus, grantBonus } from './money-movements';
import { registerPlayer } from './players';
import { postReservedWithdrawal, reserveWithdrawalFunds, voidReservedWithdrawal } from './withdrawal-reservations';

// Two-phase withdrawals and the bonus movements, on the real Postgres.
const db = createPool(loadConfig().databaseUrl, 8);
afterAll(() => db.end());

async function player(cashMinor: number, bonusMinor = 0) {
  const { playerId } = await registerPlayer(db, {
    brand: 'wdtest',
    jurisdiction: 'GB',
    currency: 'GBP',
    dateOfBirth: '1979-12-31',
  });
  await creditDeposit(db, {
    depositId: randomUUID(),
    playerId,
    psp: 'test-psp',
    amountMinor: cashMinor,
    currency: 'GBP',
  });
  if (bonusMinor) await grantBonus(db, { bonusId: randomUUID(), playerId, amountMinor: bonusMinor, currency: 'GBP' });
  return playerId;
}

const wallet = async (playerId: string) => {
  const balance = (await getWalletBalance(db, playerId))!;
  return { cash: balance.cashMinor, bonus: balance.bonusMinor, pending: balance.withdrawalPendingMinor };
};

async function ruleBroken(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WalletRuleError);
  return (err as WalletRuleError).type;
}

describe('two-phase withdrawals', () => {
  it('reserves, then posts once: the money leaves through the PSP', async () => {
    const playerId = await player(10_000);
    const withdrawalId = `wd_${randomUUID()}`;
    await reserveWithdrawalFunds(db, { withdrawalId, playerId, amountMinor: 4_000, currency: 'GBP' });
    expect(await wallet(playerId)).toEqual({ cash: 6_000, bonus: 0, pending: 4_000 });
    const posted = await postReservedWithdrawal(db, { withdrawalId, psp: 'fastpay' });
    const again = await postReservedWithdrawal(db, { withdrawalId, psp: 'fastpay' });
    expect(posted.status).toBe('POSTED');
    expect(again.settleTransactionId).toBe(posted.settleTransactionId);
    expect(await wallet(playerId)).toEqual({ cash: 6_000, bonus: 0, pending: 0 });
    expect(await ruleBroken(voidReservedWithdrawal(db, { withdrawalId, reason: 'too late' }))).toBe(
      WalletErrorType.ReservationNotPending,
    );
  });

  it('reserves, then voids once: the money returns to cash and can no longer be posted', async () => {
    const playerId = await player(10_000);
    const withdrawalId = `wd_${randomUUID()}`;
    await reserveWithdrawalFunds(db, { withdrawalId, playerId, amountMinor: 2_500, currency: 'GBP' });
    await voidReservedWithdrawal(db, { withdrawalId, reason: 'rejected by compliance' });
    await voidReservedWithdrawal(db, { withdrawalId, reason: 'rejected by compliance' });
    expect(await wallet(playerId)).toEqual({ cash: 10_000, bonus: 0, pending: 0 });
    expect(await ruleBroken(postReservedWithdrawal(db, { withdrawalId, psp: 'fastpay' }))).toBe(
      WalletErrorType.ReservationNotPending,
    );
  });

  it('reserves a repeated request once, and refuses the same id for another amount', async () => {
    const playerId = await player(10_000);
    const withdrawalId = `wd_${randomUUID()}`;
    const request = { withdrawalId, playerId, amountMinor: 1_000, currency: 'GBP' as const };
    const [a, b] = await Promise.all([reserveWithdrawalFunds(db, request), reserveWithdrawalFunds(db, request)]);
    expect(a.reserveTransactionId).toBe(b.reserveTransactionId);
    expect(await wallet(playerId)).toEqual({ cash: 9_000, bonus: 0, pending: 1_000 });
    expect(await ruleBroken(reserveWithdrawalFunds(db, { ...request, amountMinor: 2_000 }))).toBe(
      WalletErrorType.IdempotencyKeyReused,
    );
  });

  it('withdraws only cash, never bonus money', async () => {
    const playerId = await player(1_000, 5_000);
    const type = await ruleBroken(
      reserveWithdrawalFunds(db, { withdrawalId: `wd_${randomUUID()}`, playerId, amountMinor: 1_001, currency: 'GBP' }),
    );
    expect(type).toBe(WalletErrorType.InsufficientFunds);
    expect(await wallet(playerId)).toEqual({ cash: 1_000, bonus: 5_000, pending: 0 });
  });

  it('refuses a withdrawal in another currency than the wallet', async () => {
    const playerId = await player(1_000);
    const type = await ruleBroken(
      reserveWithdrawalFunds(db, { withdrawalId: `wd_${randomUUID()}`, playerId, amountMinor: 100, currency: 'EUR' }),
    );
    expect(type).toBe(WalletErrorType.CurrencyMismatch);
  });
});

describe('bonus money', () => {
  it('grants, converts and forfeits, each once per bonus', async () => {
    const playerId = await player(0 + 1, 0);
    const bonusId = randomUUID();
    await grantBonus(db, { bonusId, playerId, amountMinor: 3_000, currency: 'GBP' });
    const replay = await grantBonus(db, { bonusId, playerId, amountMinor: 3_000, currency: 'GBP' });
    expect(replay.replayed).toBe(true);
    await convertBonus(db, { bonusId, playerId, amountMinor: 1_000, currency: 'GBP' });
    const forfeited = await forfeitBonus(db, { bonusId, playerId, currency: 'GBP' });
    expect(forfeited.amountMinor).toBe(2_000);
    expect(await wallet(playerId)).toEqual({ cash: 1_001, bonus: 0, pending: 0 });
    expect((await forfeitBonus(db, { bonusId, playerId, currency: 'GBP' })).replayed).toBe(true);
  });

  it('refuses to convert more bonus money than the player holds, and a reused key for another amount', async () => {
    const playerId = await player(1, 500);
    const bonusId = randomUUID();
    expect(await ruleBroken(convertBonus(db, { bonusId, playerId, amountMinor: 501, currency: 'GBP' }))).toBe(
      WalletErrorType.InsufficientFunds,
    );
    const depositId = randomUUID();
    await creditDeposit(db, { depositId, playerId, psp: 'test-psp', amountMinor: 100, currency: 'GBP' });
    expect(
      await ruleBroken(creditDeposit(db, { depositId, playerId, psp: 'test-psp', amountMinor: 200, currency: 'GBP' })),
    ).toBe(WalletErrorType.IdempotencyKeyReused);
  });
});
