/** Business failure types of the wallet, used as Temporal ApplicationFailure types and API problem codes. */
export const WalletErrorType = {
  InsufficientFunds: 'INSUFFICIENT_FUNDS',
  UnknownPlayer: 'UNKNOWN_PLAYER',
  CurrencyMismatch: 'CURRENCY_MISMATCH',
  ReservationNotPending: 'RESERVATION_NOT_PENDING',
  UnknownReservation: 'UNKNOWN_RESERVATION',
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
} as const;
export type WalletErrorType = (typeof WalletErrorType)[keyof typeof WalletErrorType];

/** Thrown when a wallet operation breaks a business rule; `type` says which, `context` carries the facts. */
export class WalletRuleError extends Error {
  constructor(
    readonly type: WalletErrorType,
    message: string,
    readonly context: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'WalletRuleError';
  }
}
