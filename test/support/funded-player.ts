import { randomUUID } from 'node:crypto';
import type { Currency } from '../../contracts/wallet';
import { creditDeposit } from '../../domain/wallet/money-movements';
import { registerPlayer } from '../../domain/wallet/players';
import type { Db } from '../../platform/db';
import { launchGame } from './game-sessions';
import { giveKycStanding } from './kyc-standing';
import { newSubject } from './player-tokens';

/**
 * A player ready to bet: registered in `jurisdiction`, in KYC standing, with 1,000.00 of `currency` credited, and a
 * game session of the test provider, whose token their bets carry.
 */
export async function newFundedPlayer(
  db: Db,
  options: { jurisdiction: string; currency: Currency; dateOfBirth: string },
): Promise<{ playerId: string; sessionToken: string }> {
  const { playerId } = await registerPlayer(db, { brand: 'luckyspin', ...options }, { subject: newSubject() });
  await giveKycStanding(db, playerId);
  await creditDeposit(db, {
    depositId: `dep-${randomUUID()}`,
    playerId,
    psp: 'test',
    amountMinor: 100_000,
    currency: options.currency,
  });
  return { playerId, sessionToken: await launchGame(db, playerId, { currency: options.currency }) };
}
