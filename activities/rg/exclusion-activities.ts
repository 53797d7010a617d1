import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { defineSearchAttributeKey, WorkflowIdReusePolicy } from '@temporalio/common';
import {
  PAYMENTS_TASK_QUEUE,
  PaymentMethod,
  PaymentsWorkflowType,
  withdrawalWorkflowId,
  type ApprovalPolicy,
  type PaymentInstrumentKind,
  type WithdrawalInput,
} from '../../contracts/payments';
import {
  RgBalanceReturn,
  RgExclusionKind,
  RgRestrictionKind,
  RgRestrictionSource,
  type RgExclusionKind as Kind,
} from '../../contracts/rg';
import { SearchAttribute } from '../../contracts/search-attributes';
import { GameSessionEndReason, type Currency } from '../../contracts/wallet';
import { policyFor } from '../../domain/jurisdictions/registry';
import { createPayment } from '../../domain/payments/payments-repository';
import {
  endExclusion,
  recordBalanceReturn,
  recordBonusForfeited,
  recordMinimumReached,
  recordReturnRequest,
} from '../../domain/rg/exclusions/exclusions';
import { applyRestriction } from '../../domain/rg/restrictions';
import { endPlayerSessions } from '../../domain/wallet/game-sessions';
import { getWalletBalance } from '../../domain/wallet/ledger';
import { forfeitBonus } from '../../domain/wallet/money-movements';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { newBusinessId } from '../../platform/ids';

/** How an exclusion's payout saga is started: the approval policy and payout timeout of the payments domain. */
export interface ExclusionPayoutSettings {
  policy: ApprovalPolicy;
  payoutConfirmationTimeoutMs: number;
}

/** How long a payout may stay pending at a PSP before it needs a human (as for a player's own withdrawal). */
const PAYOUT_CONFIRMATION_TIMEOUT_MS = 15 * 60 * 1000;

/** The payout settings from the configuration, as the payments API starts a player's withdrawal with. */
export const exclusionPayoutSettingsOf = (config: Config): ExclusionPayoutSettings => ({
  policy: {
    autoApproveMaxMinor: config.WITHDRAWAL_AUTO_APPROVE_MAX_MINOR,
    fourEyesMinMinor: config.WITHDRAWAL_FOUR_EYES_MIN_MINOR,
    approvalSlaMs: config.WITHDRAWAL_APPROVAL_SLA_SECONDS * 1000,
  },
  payoutConfirmationTimeoutMs: PAYOUT_CONFIRMATION_TIMEOUT_MS,
});

/** What the exclusion activities need. */
export interface ExclusionActivityDeps {
  db: Db;
  temporal: Client;
  logger: Logger;
  payouts: ExclusionPayoutSettings;
}

// The search attributes a payout saga starts with, as the payments API starts a player's own (api/payments).
const { PlayerId, Brand, BusinessId, BusinessStatus, AmountMinor, Currency: CurrencyKey } = SearchAttribute;
const payoutSearchAttributes = {
  playerId: defineSearchAttributeKey(PlayerId.name, PlayerId.type),
  brand: defineSearchAttributeKey(Brand.name, Brand.type),
  businessId: defineSearchAttributeKey(BusinessId.name, BusinessId.type),
  businessStatus: defineSearchAttributeKey(BusinessStatus.name, BusinessStatus.type),
  amountMinor: defineSearchAttributeKey(AmountMinor.name, AmountMinor.type),
  currency: defineSearchAttributeKey(CurrencyKey.name, CurrencyKey.type),
};

const methodOfInstrument: Record<PaymentInstrumentKind, PaymentMethod> = {
  CARD: PaymentMethod.CARD,
  BANK_ACCOUNT: PaymentMethod.BANK_TRANSFER,
  EWALLET: PaymentMethod.EWALLET,
};

/**
 * The exclusion workflow's steps, each idempotent: a retry after a killed worker ends nothing, suppresses nothing,
 * forfeits nothing and pays nothing twice (sessions end by state, restrictions and ledger moves by unique keys,
 * the payout by its client key derived from the exclusion).
 */
export function createExclusionActivities({ db, temporal, logger, payouts }: ExclusionActivityDeps) {
  return {
    /** Ends every open game session of the accounts, so their next bet is refused at once. */
    async endExclusionSessions(input: { playerIds: string[]; kind: Kind }): Promise<number> {
      const reason =
        input.kind === RgExclusionKind.TIME_OUT
          ? GameSessionEndReason.RG_TIME_OUT
          : GameSessionEndReason.SELF_EXCLUSION;
      let ended = 0;
      for (const playerId of input.playerIds) ended += await endPlayerSessions(db, playerId, reason);
      return ended;
    },

    /** Puts the accounts on marketing suppression for the exclusion (a time-out's until its end). */
    async suppressExclusionMarketing(input: {
      exclusionId: string;
      playerIds: string[];
      kind: Kind;
      endsAt: string;
    }): Promise<void> {
      for (const playerId of input.playerIds) {
        await applyRestriction(db, {
          playerId,
          kind: RgRestrictionKind.MARKETING_SUPPRESSION,
          source: RgRestrictionSource.EXCLUSION,
          sourceRef: input.exclusionId,
          reason: input.kind === RgExclusionKind.TIME_OUT ? 'Time-out' : 'Self-exclusion',
          appliedBy: 'system',
          ...(input.kind === RgExclusionKind.TIME_OUT && { until: new Date(input.endsAt) }),
        });
      }
    },

    /**
     * Forfeits an account's bonus money to bonus cost where its jurisdiction's policy says so, in one balanced
     * ledger transaction keyed by the exclusion (a repeat moves nothing); answers the amount forfeited.
     */
    async forfeitExclusionBonus(input: { exclusionId: string; playerId: string }): Promise<number> {
      const { rows } = await db.query<{ jurisdiction: string; currency: Currency }>(
        'SELECT jurisdiction, currency FROM players WHERE player_id = $1',
        [input.playerId],
      );
      const player = rows[0]!;
      if (!policyFor(player.jurisdiction).forfeitBonusOnSelfExclusion.value) return 0;
      const moved = await forfeitBonus(db, {
        bonusId: `rg-exclusion-${input.exclusionId}-${input.playerId}`,
        playerId: input.playerId,
        currency: player.currency,
      });
      await recordBonusForfeited(db, { ...input, amountMinor: moved.amountMinor });
      return moved.amountMinor;
    },

    /**
     * Returns an account's cash balance through the withdrawal saga, to the instrument the player last deposited
     * with that can receive payouts; without one, records that the balance waits for the player to name one.
     * The payment's client key is derived from the exclusion, so a retry starts no second payout.
     */
    async returnExclusionBalance(input: { exclusionId: string; playerId: string }): Promise<RgBalanceReturn> {
      const balance = await getWalletBalance(db, input.playerId);
      const cashMinor = balance?.cashMinor ?? 0;
      const record = (outcome: RgBalanceReturn, payoutId?: string) =>
        recordBalanceReturn(db, { ...input, outcome, balanceMinor: cashMinor, ...(payoutId && { payoutId }) });
      if (!balance || cashMinor === 0) {
        await record(RgBalanceReturn.NO_BALANCE);
        return RgBalanceReturn.NO_BALANCE;
      }
      const { rows } = await db.query<{ instrumentId: string; kind: PaymentInstrumentKind; jurisdiction: string }>(
        `SELECT i.instrument_id AS "instrumentId", i.kind, p.jurisdiction
         FROM payment_instruments i JOIN players p USING (player_id)
         WHERE i.player_id = $1 AND i.can_receive_payouts AND i.first_deposit_at IS NOT NULL
         ORDER BY i.first_deposit_at DESC, i.instrument_id LIMIT 1`,
        [input.playerId],
      );
      const instrument = rows[0];
      if (!instrument) {
        await record(RgBalanceReturn.AWAITING_INSTRUMENT);
        return RgBalanceReturn.AWAITING_INSTRUMENT;
      }
      const paymentId = newBusinessId('wd');
      const { payment } = await createPayment(
        db,
        {
          paymentId,
          kind: 'WITHDRAWAL',
          playerId: input.playerId,
          amountMinor: cashMinor,
          currency: balance.currency,
          method: methodOfInstrument[instrument.kind],
          country: instrument.jurisdiction.slice(0, 2),
          clientKey: `rg-exclusion:${input.exclusionId}`,
          requestedBy: 'system:rg-exclusion',
          workflowId: withdrawalWorkflowId(paymentId),
          status: 'REQUESTED',
          instrumentId: instrument.instrumentId,
        },
        async ({ payment: p }) => {
          const args: WithdrawalInput = {
            paymentId: p.paymentId,
            playerId: p.playerId,
            amountMinor: p.amountMinor,
            currency: balance.currency,
            method: p.method,
            country: p.country,
            requestedBy: p.requestedBy,
            instrumentId: instrument.instrumentId,
            policy: payouts.policy,
            payoutConfirmationTimeoutMs: payouts.payoutConfirmationTimeoutMs,
          };
          try {
            await temporal.workflow.start(PaymentsWorkflowType.withdrawal, {
              taskQueue: PAYMENTS_TASK_QUEUE,
              workflowId: p.workflowId,
              workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
              staticSummary: `Withdrawal ${p.paymentId}: the balance of player ${p.playerId}, returned on self-exclusion ${input.exclusionId}`,
              typedSearchAttributes: [
                { key: payoutSearchAttributes.businessId, value: p.paymentId },
                { key: payoutSearchAttributes.playerId, value: p.playerId },
                { key: payoutSearchAttributes.brand, value: p.brand },
                { key: payoutSearchAttributes.amountMinor, value: p.amountMinor },
                { key: payoutSearchAttributes.currency, value: p.currency },
                { key: payoutSearchAttributes.businessStatus, value: p.status },
              ],
              args: [args],
            });
          } catch (err) {
            if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
          }
        },
      );
      logger.info({ exclusionId: input.exclusionId, paymentId: payment.paymentId }, 'self-exclusion payout requested');
      await record(RgBalanceReturn.PAYOUT_REQUESTED, payment.paymentId);
      return RgBalanceReturn.PAYOUT_REQUESTED;
    },

    async recordExclusionMinimumReached(input: { exclusionId: string }): Promise<void> {
      await recordMinimumReached(db, input.exclusionId);
    },

    async recordExclusionReturnRequest(input: { exclusionId: string }): Promise<{ returnsAt: string }> {
      return recordReturnRequest(db, input.exclusionId);
    },

    async endExclusion(input: { exclusionId: string }): Promise<{ endedAt: string }> {
      return endExclusion(db, input.exclusionId);
    },
  };
}

/** The exclusion activities as workflows proxy them. */
export type ExclusionActivities = ReturnType<typeof createExclusionActivities>;
