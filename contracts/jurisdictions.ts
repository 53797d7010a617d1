// What a jurisdiction's rules are, as every domain reads them (the values live in registry.ts). No imports, so the
// admin UI and workflow code may `import type` this file.

/** Where a rule comes from: the instrument and provision, where to read it, and what we are not sure of. */
export interface RegulationReference {
  /** The instrument and provision, e.g. "UKGC LCCP SR code 3.5.3". */
  source: string;
  /** A public page with the text or the regulator's explanation of it. */
  url?: string;
  /** What is uncertain about the value or how we apply it; a reviewer should confirm these first. */
  note?: string;
}

/** One rule of a jurisdiction: its value beside the regulation it comes from. */
export interface Rule<T> extends RegulationReference {
  value: T;
}

/** An amount in integer minor units of an ISO 4217 currency. */
export interface MoneyAmount {
  amountMinor: number;
  currency: string;
}

/** The product categories that stake caps and promotion rules name; SLOTS is the reel-based part of CASINO. */
export const GameProducts = ['SLOTS', 'CASINO', 'BETTING', 'POKER', 'BINGO', 'LOTTERY'] as const;
/** One of `GameProducts`. */
export type GameProduct = (typeof GameProducts)[number];

/** The most a player in an age band may stake on one game cycle (a spin) of a product. */
export interface StakeCap extends RegulationReference {
  product: GameProduct;
  /** The youngest age the cap applies to, inclusive. */
  fromAgeYears: number;
  /** The oldest age it applies to, inclusive; null when it has no upper bound. */
  toAgeYears: number | null;
  maxStake: MoneyAmount;
}

/** When a financial vulnerability check is due: net deposits reaching `netDeposits` within `rollingDays`. */
export interface VulnerabilityThreshold {
  netDeposits: MoneyAmount;
  rollingDays: number;
}

/** When source-of-funds evidence is due, and when the player is reminded (days after the request). */
export interface SourceOfFundsTimings {
  deadlineDays: number;
  reminderDays: number[];
}

/** The rules of one jurisdiction that the back office applies, each with the regulation it comes from. */
export interface JurisdictionPolicy {
  /** ISO 3166 code as players are registered with (`GB`), or `*` for the default. */
  code: string;
  /** The jurisdiction as staff name it. */
  name: string;
  /** The authority that licenses and supervises us there. */
  regulator: string;
  minimumAgeYears: Rule<number>;
  /** Whether name, address and date of birth must be verified before the first deposit or bet. */
  verifyBeforeDepositOrPlay: Rule<boolean>;
  /** Whether a player may cancel a withdrawal they asked for and gamble the money again. */
  reverseWithdrawalAllowed: Rule<boolean>;
  /** Whether an active bonus is forfeited when the player withdraws (operator policy where no regulation says). */
  forfeitBonusOnWithdrawal: Rule<boolean>;
  /**
   * Closed loop: whether withdrawals must be paid back to an instrument the player deposited with (one that can
   * receive funds). Where false, any of the player's own instruments that can receive funds may be paid.
   */
  closedLoopPayouts: Rule<boolean>;
  /** Deposits or stakes (single or linked) from which customer due diligence is required. */
  cddThreshold: Rule<MoneyAmount>;
  /**
   * Enhanced due diligence: how many days a player has to send source-of-funds evidence, and on which days after
   * the request they are reminded; past the deadline their money movements are restricted until an officer clears it.
   */
  sourceOfFundsEvidence: Rule<SourceOfFundsTimings>;
  /** How long a player waits before a higher deposit, loss or wager limit takes effect; decreases apply at once. */
  limitIncreaseCoolingOffHours: Rule<number>;
  /** Whether, after the cooling-off, the player must confirm a higher limit again before it applies. */
  limitIncreaseNeedsReconfirmation: Rule<boolean>;
  /** The shortest self-exclusion a player may choose. */
  minimumSelfExclusionMonths: Rule<number>;
  /** Caps on a single stake by product and age; empty where none applies. */
  stakeCaps: StakeCap[];
  /** The most times bonus money may have to be wagered before it can be withdrawn; null when uncapped. */
  bonusWageringCapMultiple: Rule<number | null>;
  /** Whether a promotion's qualifying play and its reward must be of one product category. */
  singleProductPromotionsOnly: Rule<boolean>;
  /** When a financial vulnerability check is due; null where the jurisdiction asks for none. */
  financialVulnerabilityCheck: Rule<VulnerabilityThreshold | null>;
  /** How long customer and transaction records are kept after the business relationship ends. */
  recordRetentionYears: Rule<number>;
  // rg-exclusions:
  /** The national self-exclusion scheme checked at registration, before deposits and before marketing; null: none. */
  nationalScheme: Rule<'GAMSTOP' | 'SPELPAUS' | 'OASIS' | null>;
  /** How long a self-excluded player waits, after asking to return (past the chosen length), before play reopens. */
  selfExclusionReturnCoolingOffHours: Rule<number>;
  /** Whether bonus money is forfeited (to bonus cost) when a self-exclusion starts. */
  forfeitBonusOnSelfExclusion: Rule<boolean>;
}

/** The code of the policy that applies wherever the registry has no entry of its own. */
export const DEFAULT_JURISDICTION = '*';
