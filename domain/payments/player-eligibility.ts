import type { Queryable } from '../../platform/db';
import { policyFor } from '../jurisdictions/registry';
import type { PaymentGates } from './payment-gates';
import { PaymentRuleError, PaymentRuleType } from './errors';
import type { WithdrawalRiskFacts } from './withdrawal-risk';

interface PlayerFacts {
  status: string;
  currency: string;
  jurisdiction: string;
  accountAgeDays: number;
}

async function playerFacts(db: Queryable, playerId: string, currency: string): Promise<PlayerFacts> {
  const { rows } = await db.query<PlayerFacts>(
    `SELECT status, currency, jurisdiction, (current_date - created_at::DATE) AS "accountAgeDays"
     FROM players WHERE player_id = $1`,
    [playerId],
  );
  const player = rows[0];
  if (!player) throw new PaymentRuleError(PaymentRuleType.UnknownPlayer, `no player ${playerId}`, { playerId });
  if (player.currency !== currency) {
    throw new PaymentRuleError(PaymentRuleType.CurrencyMismatch, `player ${playerId} has a ${player.currency} wallet`, {
      walletCurrency: player.currency,
      currency,
    });
  }
  return player;
}

/** Why this player may not deposit this amount now (status, then KYC, then the deposit-limit gate), or undefined. */
export async function depositRefusal(
  db: Queryable,
  gates: PaymentGates,
  input: { playerId: string; amountMinor: number; currency: string },
): Promise<string | undefined> {
  const player = await playerFacts(db, input.playerId, input.currency);
  if (player.status !== 'ACTIVE') return `player is ${player.status}`;
  return (
    (await gates.kycRefusal(db, input.playerId, 'DEPOSIT')) ??
    gates.depositLimitRefusal(db, input.playerId, input.amountMinor, input.currency)
  );
}

/** What the withdrawal saga needs to decide: may they withdraw, the jurisdiction's rules, the risk facts. */
export interface WithdrawalContext {
  refusal?: string;
  cancellable: boolean;
  forfeitBonusOnWithdrawal: boolean;
  bonusBalanceMinor: number;
  riskFacts: WithdrawalRiskFacts;
}

/**
 * A blocked player (fraud or AML lock) may not withdraw; self-excluded and closed players may, because their
 * own money must be returned to them. KYC is asked through the gates; an AML hold does not refuse a withdrawal, it
 * makes its payout wait (the saga's AML gate).
 */
export async function withdrawalContext(
  db: Queryable,
  gates: PaymentGates,
  input: { withdrawalId: string; playerId: string; amountMinor: number; currency: string },
): Promise<WithdrawalContext> {
  const player = await playerFacts(db, input.playerId, input.currency);
  const refusal =
    (player.status === 'BLOCKED' ? 'player is BLOCKED' : undefined) ??
    (await gates.kycRefusal(db, input.playerId, 'WITHDRAWAL'));
  const policy = policyFor(player.jurisdiction);
  const { rows: money } = await db.query<{ bonus: number; deposited: number; withdrawn: number; paid: number }>(
    `SELECT
       COALESCE((SELECT balance_minor FROM ledger_accounts
                 WHERE player_id = $1 AND kind = 'PLAYER_BONUS' AND currency = $2), 0) AS bonus,
       COALESCE((SELECT sum(amount_minor) FROM payments
                 WHERE player_id = $1 AND kind = 'DEPOSIT' AND status = 'CREDITED'), 0)::BIGINT AS deposited,
       COALESCE((SELECT sum(amount_minor) FROM payments
                 WHERE player_id = $1 AND kind = 'WITHDRAWAL' AND payment_id <> $3
                   AND status NOT IN ('REJECTED', 'CANCELLED', 'REFUSED', 'FAILED')), 0)::BIGINT AS withdrawn,
       (SELECT count(*) FROM payments WHERE player_id = $1 AND kind = 'WITHDRAWAL' AND status = 'PAID')::INT AS paid`,
    [input.playerId, input.currency, input.withdrawalId],
  );
  const facts = money[0]!;
  return {
    refusal,
    cancellable: policy.reverseWithdrawalAllowed.value,
    forfeitBonusOnWithdrawal: policy.forfeitBonusOnWithdrawal.value,
    bonusBalanceMinor: facts.bonus,
    riskFacts: {
      amountMinor: input.amountMinor,
      netDepositsMinor: facts.deposited - facts.withdrawn,
      previousPaidWithdrawals: facts.paid,
      accountAgeDays: player.accountAgeDays,
    },
  };
}

/** Whether a captured deposit may still be credited: a player who self-excluded or closed meanwhile is refunded. */
export async function depositCreditRefusal(db: Queryable, playerId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ status: string }>('SELECT status FROM players WHERE player_id = $1', [playerId]);
  const status = rows[0]?.status;
  return status === 'SELF_EXCLUDED' || status === 'CLOSED' ? `player is ${status}` : undefined;
}
