/** Business failure types of payments, used as Temporal ApplicationFailure types and API problem codes. */
export const PaymentRuleType = {
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
  UnknownPlayer: 'UNKNOWN_PLAYER',
  CurrencyMismatch: 'CURRENCY_MISMATCH',
  PlayerMayNotDeposit: 'PLAYER_MAY_NOT_DEPOSIT',
  PlayerMayNotWithdraw: 'PLAYER_MAY_NOT_WITHDRAW',
  NoRoute: 'NO_ROUTE',
  PspRequestRejected: 'PSP_REQUEST_REJECTED',
  UnknownInstrument: 'UNKNOWN_INSTRUMENT',
  InstrumentMethodMismatch: 'INSTRUMENT_METHOD_MISMATCH',
  InstrumentCannotReceivePayouts: 'INSTRUMENT_CANNOT_RECEIVE_PAYOUTS',
  InstrumentNotUsedForDeposit: 'INSTRUMENT_NOT_USED_FOR_DEPOSIT',
  NoPayoutInstrument: 'NO_PAYOUT_INSTRUMENT',
  KycNotVerified: 'KYC_NOT_VERIFIED',
  KycRejected: 'KYC_REJECTED',
  KycRestricted: 'KYC_RESTRICTED',
} as const;
export type PaymentRuleType = (typeof PaymentRuleType)[keyof typeof PaymentRuleType];

/** Thrown when a payment breaks a business rule; `type` says which, `context` carries the facts. */
export class PaymentRuleError extends Error {
  constructor(
    readonly type: PaymentRuleType,
    message: string,
    readonly context: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'PaymentRuleError';
  }
}
