import { ApplicationFailure } from '@temporalio/activity';
import { MockActivityEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { WalletErrorType } from '../../domain/wallet/errors';
import type { MovementResult } from '../../domain/wallet/money-movements';
import { registerPlayer } from '../../domain/wallet/players';
import { loadConfig } from '../../platform/config';
import { createPool } from '../../platform/db';
import { createWalletActivities } from '.';

// The wallet activities on the real Postgres: idempotent by the key the workflow passes, and a broken business
// rule surfaces as a non-retryable ApplicationFailure with its type.
const db = createPool(loadConfig().databaseUrl, 4);
afterAll(() => db.end());
const activities = createWalletActivities({ db });
const env = new MockActivityEnvironment();

it('credits a deposit once however often the activity runs', async () => {
  const { playerId } = await registerPlayer(db, {
    brand: 'acttest',
    jurisdiction: 'SE',
    currency: 'SEK',
    dateOfBirth: '1970-01-01',
  });
  const input = {
    depositId: `dp_${randomUUID()}`,
    playerId,
    psp: 'cardco',
    amountMinor: 50_000,
    currency: 'SEK' as const,
  };
  const first: MovementResult = await env.run(activities.creditDeposit, input);
  const retried = await env.run(activities.creditDeposit, input);
  expect(first.replayed).toBe(false);
  expect(retried).toEqual({ ...first, replayed: true });
});

it('fails an unaffordable reservation with a non-retryable INSUFFICIENT_FUNDS', async () => {
  const { playerId } = await registerPlayer(db, {
    brand: 'acttest',
    jurisdiction: 'SE',
    currency: 'SEK',
    dateOfBirth: '1970-01-01',
  });
  const failure = await env
    .run(activities.reserveWithdrawalFunds, {
      withdrawalId: `wd_${randomUUID()}`,
      playerId,
      amountMinor: 1,
      currency: 'SEK' as const,
    })
    .catch((err: unknown) => err);
  expect(failure).toBeInstanceOf(ApplicationFailure);
  expect((failure as ApplicationFailure).type).toBe(WalletErrorType.InsufficientFunds);
  expect((failure as ApplicationFailure).nonRetryable).toBe(true);
});
