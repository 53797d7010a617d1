import type { Config } from '../../platform/config';
import type { PaymentSettings } from './player-payments-router';

/** How long a payout may stay pending at a PSP before it needs a human. */
const PAYOUT_CONFIRMATION_TIMEOUT_MS = 15 * 60 * 1000;

/** The approval policy and timeouts new payment sagas get, from the configuration. */
export function paymentSettingsOf(config: Config): PaymentSettings {
  return {
    policy: {
      autoApproveMaxMinor: config.WITHDRAWAL_AUTO_APPROVE_MAX_MINOR,
      fourEyesMinMinor: config.WITHDRAWAL_FOUR_EYES_MIN_MINOR,
      approvalSlaMs: config.WITHDRAWAL_APPROVAL_SLA_SECONDS * 1000,
    },
    depositConfirmationTimeoutMs: config.DEPOSIT_CONFIRMATION_TIMEOUT_SECONDS * 1000,
    payoutConfirmationTimeoutMs: PAYOUT_CONFIRMATION_TIMEOUT_MS,
  };
}
