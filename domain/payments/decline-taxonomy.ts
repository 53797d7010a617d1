import { PspOutcomeClass } from '../../contracts/payments';

/**
 * Each PSP's decline codes and what they mean to us. A hard decline (insufficient funds, fraud, closed account)
 * is the customer's or the bank's final answer and is never retried elsewhere; a soft decline, a timeout or an
 * outage fails over to the next PSP. A code missing from the table counts as a soft decline, the safe side for
 * the player, and is logged so the table can be completed.
 */
export const declineTaxonomy: Readonly<Record<string, Readonly<Record<string, PspOutcomeClass>>>> = {
  cardpay: {
    '51': PspOutcomeClass.HARD_DECLINE, // insufficient funds
    '59': PspOutcomeClass.HARD_DECLINE, // suspected fraud
    '14': PspOutcomeClass.HARD_DECLINE, // invalid card number / closed account
    '05': PspOutcomeClass.SOFT_DECLINE, // do not honour
    '65': PspOutcomeClass.SOFT_DECLINE, // exceeds withdrawal frequency
    '91': PspOutcomeClass.TIMEOUT, // issuer or switch inoperative
  },
  instantbank: {
    AC04: PspOutcomeClass.HARD_DECLINE, // closed account number
    AM04: PspOutcomeClass.HARD_DECLINE, // insufficient funds
    FR01: PspOutcomeClass.HARD_DECLINE, // fraudulent origin
    AM05: PspOutcomeClass.SOFT_DECLINE, // duplication
    MS03: PspOutcomeClass.SOFT_DECLINE, // reason not specified
    AB05: PspOutcomeClass.TIMEOUT, // timeout at the clearing system
  },
  paywallet: {
    INSUFFICIENT_BALANCE: PspOutcomeClass.HARD_DECLINE,
    ACCOUNT_FROZEN: PspOutcomeClass.HARD_DECLINE,
    RISK_REJECTED: PspOutcomeClass.HARD_DECLINE,
    TRY_AGAIN_LATER: PspOutcomeClass.SOFT_DECLINE,
    LIMIT_EXCEEDED: PspOutcomeClass.SOFT_DECLINE,
    UPSTREAM_TIMEOUT: PspOutcomeClass.TIMEOUT,
  },
};

/** The PSPs this back office has adapters for. */
export const knownPsps = Object.keys(declineTaxonomy);

/** What a PSP's decline code means; `known` is false when the table has no row for it. */
export function classifyDecline(psp: string, code: string | undefined): { outcome: PspOutcomeClass; known: boolean } {
  const outcome = code === undefined ? undefined : declineTaxonomy[psp]?.[code];
  return outcome ? { outcome, known: true } : { outcome: PspOutcomeClass.SOFT_DECLINE, known: false };
}
