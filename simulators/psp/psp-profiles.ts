/** What a payment does: money in from the player (a charge) or out to the player (a payout). */
export const PaymentKind = { DEPOSIT: 'DEPOSIT', PAYOUT: 'PAYOUT' } as const;
export type PaymentKind = (typeof PaymentKind)[keyof typeof PaymentKind];

/** Every status a simulated PSP reports; all but `PENDING` are final. */
export const PaymentStatus = {
  PENDING: 'PENDING',
  CAPTURED: 'CAPTURED',
  PAID: 'PAID',
  DECLINED: 'DECLINED',
} as const;
export type PaymentStatus = (typeof PaymentStatus)[keyof typeof PaymentStatus];
export type FinalStatus = Exclude<PaymentStatus, 'PENDING'>;
export type SuccessStatus = 'CAPTURED' | 'PAID';

/** Decline codes by what the merchant should do about them: never retry, retry later, or check the outcome. */
export type DeclineClass = 'hard' | 'soft' | 'timeout';

/**
 * How a PSP tells the merchant the final status: only by webhook after a `PENDING` answer, in the answer itself,
 * or in the answer and again by webhook.
 */
export type Confirmation = 'WEBHOOK' | 'ANSWER' | 'ANSWER_AND_WEBHOOK';

/** The fixed behaviour of one simulated PSP; the tunable part lives in its settings. */
export interface PspProfile {
  id: string;
  description: string;
  kinds: readonly PaymentKind[];
  confirmation: Confirmation;
  declineCodes: Readonly<Record<DeclineClass, readonly string[]>>;
  /** Share of answers that come back `PENDING` (final status by webhook later) unless the settings say otherwise. */
  defaultPendingRate: number;
  /** Prefix of its payment references, so a reference shows which PSP it belongs to. */
  referencePrefix: string;
}

/** The three PSPs the simulator plays, by id (the first segment of every path). */
export const pspProfiles: ReadonlyMap<string, PspProfile> = new Map(
  (
    [
      {
        id: 'cardpay',
        description: 'card acquirer: charges and OCT payouts, final status by webhook only',
        kinds: ['DEPOSIT', 'PAYOUT'],
        confirmation: 'WEBHOOK',
        // ISO 8583 response codes.
        declineCodes: { hard: ['51', '59', '14'], soft: ['05', '65'], timeout: ['91'] },
        defaultPendingRate: 1,
        referencePrefix: 'cp_',
      },
      {
        id: 'instantbank',
        description: 'instant bank rail (payouts and pay-by-bank deposits), mostly synchronous',
        kinds: ['DEPOSIT', 'PAYOUT'],
        confirmation: 'ANSWER',
        // ISO 20022 status reason codes.
        declineCodes: { hard: ['AC04', 'AM04', 'FR01'], soft: ['AM05', 'MS03'], timeout: ['AB05'] },
        defaultPendingRate: 0.1,
        referencePrefix: 'ib_',
      },
      {
        id: 'paywallet',
        description: 'e-wallet: synchronous answers, and a webhook for every final status',
        kinds: ['DEPOSIT', 'PAYOUT'],
        confirmation: 'ANSWER_AND_WEBHOOK',
        declineCodes: {
          hard: ['INSUFFICIENT_BALANCE', 'ACCOUNT_FROZEN', 'RISK_REJECTED'],
          soft: ['TRY_AGAIN_LATER', 'LIMIT_EXCEEDED'],
          timeout: ['UPSTREAM_TIMEOUT'],
        },
        defaultPendingRate: 0,
        referencePrefix: 'pw_',
      },
    ] satisfies PspProfile[]
  ).map((profile) => [profile.id, profile]),
);

/** The final status of a successful payment of `kind`: a deposit is captured, a payout is paid. */
export function successStatusFor(kind: PaymentKind): SuccessStatus {
  return kind === 'DEPOSIT' ? 'CAPTURED' : 'PAID';
}
