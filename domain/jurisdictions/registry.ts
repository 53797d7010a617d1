import { z } from 'zod';
import { amountMinorSchema, currencySchema } from '../../contracts/wallet';
import {
  DEFAULT_JURISDICTION,
  GameProducts,
  type GameProduct,
  type JurisdictionPolicy,
  type StakeCap,
} from '../../contracts/jurisdictions';

// The one place per-jurisdiction rules live (docs/ARCHITECTURE.md, "Jurisdictions"): data, each value beside the
// regulation it comes from. Domains ask `policyFor(player.jurisdiction)`; nothing else hard-codes a country's rule.
// Where a value or a provision number is not certain, its `note` says so: a compliance reviewer confirms those
// before the rule gates money. Reverse withdrawals and bonus forfeiture hold the values of the former
// jurisdiction_payment_policies table (GB, MT, and '*' for every other code). The data is checked against the schema when this module loads, so a malformed
// entry stops every process at start instead of surfacing in a payment.

const reference = {
  source: z.string().min(1),
  url: z.url().optional(),
  note: z.string().min(1).optional(),
};
const rule = <T extends z.ZodType>(value: T) => z.object({ value, ...reference }).strict();
const money = z.object({ amountMinor: amountMinorSchema, currency: currencySchema }).strict();

const stakeCapSchema = z
  .object({
    product: z.enum(GameProducts),
    fromAgeYears: z.number().int().min(0),
    toAgeYears: z.number().int().min(0).nullable(),
    maxStake: money,
    ...reference,
  })
  .strict()
  .refine((cap) => cap.toAgeYears === null || cap.toAgeYears >= cap.fromAgeYears, {
    error: 'toAgeYears must not be below fromAgeYears',
  });

/** The shape every registry entry must have; the data below is parsed with it when the module loads. */
export const jurisdictionPolicySchema: z.ZodType<JurisdictionPolicy> = z
  .object({
    code: z.string().regex(/^(\*|[A-Z]{2}(-[A-Z0-9]{1,3})?)$/, 'must be an ISO 3166 code such as GB, or *'),
    name: z.string().min(1),
    regulator: z.string().min(1),
    minimumAgeYears: rule(z.number().int().min(16).max(25)),
    verifyBeforeDepositOrPlay: rule(z.boolean()),
    reverseWithdrawalAllowed: rule(z.boolean()),
    forfeitBonusOnWithdrawal: rule(z.boolean()),
    closedLoopPayouts: rule(z.boolean()),
    cddThreshold: rule(money),
    sourceOfFundsEvidence: rule(
      z
        .object({ deadlineDays: z.number().int().min(1), reminderDays: z.array(z.number().int().min(1)) })
        .strict()
        .refine((t) => t.reminderDays.every((day) => day < t.deadlineDays), {
          error: 'every reminder falls before the deadline',
        }),
    ),
    limitIncreaseCoolingOffHours: rule(z.number().int().min(0)),
    limitIncreaseNeedsReconfirmation: rule(z.boolean()),
    minimumSelfExclusionMonths: rule(z.number().int().min(1)),
    stakeCaps: z.array(stakeCapSchema),
    bonusWageringCapMultiple: rule(z.number().int().min(0).nullable()),
    singleProductPromotionsOnly: rule(z.boolean()),
    financialVulnerabilityCheck: rule(
      z
        .object({ netDeposits: money, rollingDays: z.number().int().min(1) })
        .strict()
        .nullable(),
    ),
    recordRetentionYears: rule(z.number().int().min(1)),
    // rg-exclusions:
    nationalScheme: rule(z.enum(['GAMSTOP', 'SPELPAUS', 'OASIS']).nullable()),
    selfExclusionReturnCoolingOffHours: rule(z.number().int().min(0)),
    forfeitBonusOnSelfExclusion: rule(z.boolean()),
  })
  .strict();

/** The whole registry: unique codes, and a default entry for every jurisdiction without one of its own. */
export const jurisdictionRegistrySchema = z
  .array(jurisdictionPolicySchema)
  .refine((policies) => new Set(policies.map((p) => p.code)).size === policies.length, {
    error: 'each jurisdiction code appears once',
  })
  .refine((policies) => policies.some((p) => p.code === DEFAULT_JURISDICTION), {
    error: `a default entry (${DEFAULT_JURISDICTION}) is required`,
  });

const OPERATOR_BONUS_TERMS = 'Operator policy (bonus terms); no regulation requires it';
const UKGC_REVERSE_WITHDRAWALS =
  'https://www.gamblingcommission.gov.uk/manual/online-games-design-and-reverse-withdrawals/ogdrw-prohibition-of-reverse-withdrawals-for-all-remote-operators';
const UKGC_SLOTS_STAKE_LIMIT =
  'https://www.gov.uk/government/consultations/a-maximum-stake-limit-for-online-slots-games-in-great-britain/outcome/government-response-to-consultation-on-proposals-for-the-introduction-of-a-maximum-stake-limit-for-online-slots-games-in-great-britain';
const UKGC_SR_3_4_4 =
  'https://www.gamblingcommission.gov.uk/licensees-and-businesses/lccp/condition/3-4-4-financial-vulnerability-check';
const SPELINSPEKTIONEN_72_HOURS =
  'https://www.spelinspektionen.se/lagar--forordningar/rattsliga-stallningstaganden/stallningstaganden-lista/rattsligt-stallningstagande--hojning-av-insattningsgrans/';
const GB_SLOTS_CAP = 'Gambling Act 2005 (Operating Licence Conditions) (Amendment) Regulations 2025: online slots';

const registryData: JurisdictionPolicy[] = [
  {
    code: 'GB',
    name: 'Great Britain',
    regulator: 'Gambling Commission (UKGC)',
    minimumAgeYears: {
      value: 18,
      source: 'Gambling Act 2005, ss. 45–46 (inviting a child or young person to gamble is an offence)',
      note: 'LCCP social responsibility code 3.2 holds operators to it; the number of the remote provision is to be confirmed.',
    },
    verifyBeforeDepositOrPlay: {
      value: true,
      source: 'UKGC LCCP licence condition 17 (customer identity verification), in force 7 May 2019',
    },
    reverseWithdrawalAllowed: {
      value: false,
      source: 'UKGC ban on reverse withdrawals for all remote operators, in force 31 October 2021',
      url: UKGC_REVERSE_WITHDRAWALS,
    },
    forfeitBonusOnWithdrawal: { value: true, source: OPERATOR_BONUS_TERMS },
    closedLoopPayouts: {
      value: true,
      source:
        'UKGC, Duty to prevent money laundering and terrorist financing (AML guidance for remote casinos): pay ' +
        'winnings back to the source of the funds (closed loop) where possible',
      note: 'The paragraph of the current edition is to be confirmed.',
    },
    cddThreshold: {
      value: { amountMinor: 200_000, currency: 'EUR' },
      source: 'Money Laundering Regulations 2017, reg. 27(5)–(6): casinos, €2,000 in one or in linked transactions',
      note: 'Set in euros by the regulation. Which transactions count as linked (the window) is for the MLRO to set.',
    },
    sourceOfFundsEvidence: {
      value: { deadlineDays: 30, reminderDays: [7, 21] },
      source:
        'Money Laundering Regulations 2017, reg. 33 (enhanced due diligence, source of funds for PEPs: reg. 35(5)) and reg. 31 (no transaction where due diligence cannot be applied)',
      note: 'The regulations set no number of days: the 30-day deadline and the reminders are operator policy for the MLRO to confirm.',
    },
    limitIncreaseCoolingOffHours: {
      value: 24,
      source: 'UKGC Remote gambling and software technical standards (RTS) 12: financial limits',
      note: 'Decreases apply at once. Whether the player must confirm the increase after the wait is to be confirmed.',
    },
    limitIncreaseNeedsReconfirmation: {
      value: true,
      source: 'UKGC RTS 12 (financial limits), implementation guidance: an increase takes effect after the cooling-off',
      note:
        'The guidance asks that the customer take positive action (confirm) after the 24 hours, as we read it; the ' +
        'requirement is to be confirmed by compliance.',
    },
    minimumSelfExclusionMonths: {
      value: 6,
      source: 'UKGC LCCP social responsibility code 3.5.3: self-exclusion',
    },
    stakeCaps: [
      {
        product: 'SLOTS',
        fromAgeYears: 18,
        toAgeYears: 24,
        maxStake: { amountMinor: 200, currency: 'GBP' },
        source: GB_SLOTS_CAP,
        url: UKGC_SLOTS_STAKE_LIMIT,
        note: 'Per game cycle (spin). In force 21 May 2025, after the general £5 limit.',
      },
      {
        product: 'SLOTS',
        fromAgeYears: 25,
        toAgeYears: null,
        maxStake: { amountMinor: 500, currency: 'GBP' },
        source: GB_SLOTS_CAP,
        url: UKGC_SLOTS_STAKE_LIMIT,
        note: 'Per game cycle (spin). In force 9 April 2025.',
      },
    ],
    bonusWageringCapMultiple: {
      value: 10,
      source: 'UKGC LCCP social responsibility code 5.1.1 (rewards and bonuses), as amended in 2025',
      note:
        'Announced 26 March 2025; sources give 19 December 2025 or 19 January 2026 as the in-force date, to be ' +
        'confirmed. Whether the multiple counts the bonus alone is to be confirmed.',
    },
    singleProductPromotionsOnly: {
      value: true,
      source: 'UKGC LCCP social responsibility code 5.1.1(3)(b), as amended in 2025: no mixed-product promotions',
      note: 'Same in-force date as the wagering cap. A bonus the player may spend on any product is allowed.',
    },
    financialVulnerabilityCheck: {
      value: { netDeposits: { amountMinor: 15_000, currency: 'GBP' }, rollingDays: 30 },
      source: 'UKGC LCCP social responsibility code 3.4.4: financial vulnerability check',
      url: UKGC_SR_3_4_4,
      note: 'In force 30 August 2024 at £500; £150 from 28 February 2025.',
    },
    recordRetentionYears: {
      value: 5,
      source: 'Money Laundering Regulations 2017, reg. 40: five years after the business relationship ends',
    },
    // rg-exclusions:
    nationalScheme: {
      value: 'GAMSTOP',
      source: 'UKGC LCCP social responsibility code 3.5.4: participation in the national online self-exclusion scheme',
      url: 'https://www.gamblingcommission.gov.uk/licensees-and-businesses/lccp/condition/3-5-4-remote-self-exclusion',
    },
    selfExclusionReturnCoolingOffHours: {
      value: 24,
      source:
        'UKGC LCCP social responsibility code 3.5.3: a one-day cooling-off before a self-excluded customer returns',
      note: 'The 24 hours and whether the return must be asked in person or by telephone are to be confirmed.',
    },
    forfeitBonusOnSelfExclusion: {
      value: true,
      source: OPERATOR_BONUS_TERMS,
      note: 'Operator policy: bonus money is not cash; a self-excluded player is paid their cash balance only.',
    },
  },
  {
    code: 'MT',
    name: 'Malta',
    regulator: 'Malta Gaming Authority (MGA)',
    minimumAgeYears: {
      value: 18,
      source: 'Gaming Act (Cap. 583) and MGA Player Protection Directive (Directive 2 of 2018): no play by minors',
      note: 'Article numbers to be confirmed.',
    },
    verifyBeforeDepositOrPlay: {
      value: false,
      source: 'FIAU Implementing Procedures Part II (remote gaming): full verification at the CDD threshold',
      note: 'Age is still checked at registration. Whether deposits before verification must be capped is to be confirmed.',
    },
    reverseWithdrawalAllowed: {
      value: true,
      source: 'No prohibition in the MGA Player Protection Directive that we know of',
    },
    forfeitBonusOnWithdrawal: { value: true, source: OPERATOR_BONUS_TERMS },
    closedLoopPayouts: {
      value: true,
      source: 'FIAU Implementing Procedures Part II (remote gaming): payouts to the payment method the funds came from',
      note: 'Section number to be confirmed.',
    },
    cddThreshold: {
      value: { amountMinor: 200_000, currency: 'EUR' },
      source:
        'Prevention of Money Laundering and Funding of Terrorism Regulations (S.L. 373.01) with FIAU Implementing ' +
        'Procedures Part II: €2,000 in deposits, single or linked',
      note: 'The Implementing Procedures count linked deposits over a rolling 180 days; to be confirmed.',
    },
    sourceOfFundsEvidence: {
      value: { deadlineDays: 30, reminderDays: [7, 21] },
      source:
        'Prevention of Money Laundering and Funding of Terrorism Regulations (S.L. 373.01), reg. 11 (enhanced due diligence); MGA/FIAU Implementing Procedures Part II (remote gaming)',
      note: 'The regulations set no number of days: the 30-day deadline and the reminders are operator policy for the MLRO to confirm.',
    },
    limitIncreaseCoolingOffHours: {
      value: 24,
      source: 'MGA Player Protection Directive (Directive 2 of 2018): responsible gaming limits',
      note: 'A 24-hour wait before an increase applies; the article is to be confirmed.',
    },
    limitIncreaseNeedsReconfirmation: {
      value: false,
      source: 'MGA Player Protection Directive (Directive 2 of 2018): no re-confirmation that we know of',
      note: 'To be confirmed.',
    },
    minimumSelfExclusionMonths: {
      value: 6,
      source: 'MGA Player Protection Directive (Directive 2 of 2018): self-exclusion',
      note: 'Shorter breaks are time-outs. The minimum and the article are to be confirmed.',
    },
    stakeCaps: [],
    bonusWageringCapMultiple: {
      value: null,
      source: 'No statutory cap; bonus terms must be clear (MGA Player Protection Directive)',
    },
    singleProductPromotionsOnly: { value: false, source: 'No such rule in MGA regulation that we know of' },
    financialVulnerabilityCheck: {
      value: null,
      source: 'No net-deposit trigger in MGA regulation that we know of',
    },
    recordRetentionYears: {
      value: 5,
      source: 'Prevention of Money Laundering and Funding of Terrorism Regulations (S.L. 373.01), reg. 13',
      note: 'The FIAU may ask for longer; to be confirmed.',
    },
    // rg-exclusions:
    nationalScheme: { value: null, source: 'No national self-exclusion scheme in Malta that we know of' },
    selfExclusionReturnCoolingOffHours: {
      value: 24,
      source: 'Operator default: the 24 hours of GB',
      note: 'The MGA Player Protection Directive wait after a self-exclusion is to be confirmed.',
    },
    forfeitBonusOnSelfExclusion: { value: true, source: OPERATOR_BONUS_TERMS },
  },
  {
    code: 'SE',
    name: 'Sweden',
    regulator: 'Spelinspektionen (Swedish Gambling Authority)',
    minimumAgeYears: {
      value: 18,
      source: 'Spellagen (2018:1138), 14 kap. (consumer protection): no gambling under 18',
      note: 'Paragraph to be confirmed.',
    },
    verifyBeforeDepositOrPlay: {
      value: true,
      source: 'Spellagen (2018:1138), 12 kap.: every player is registered and identified before playing online',
      note: 'In practice by BankID at sign-up. Paragraph to be confirmed.',
    },
    reverseWithdrawalAllowed: {
      value: true,
      source: "No prohibition found in Spellagen or Spelinspektionen's regulations",
      note: 'Allowed as for any jurisdiction without a rule of its own; to be confirmed with compliance.',
    },
    forfeitBonusOnWithdrawal: { value: true, source: OPERATOR_BONUS_TERMS },
    closedLoopPayouts: {
      value: true,
      source: 'Operator AML control under the risk-based approach of Lag (2017:630) om åtgärder mot penningtvätt',
      note: 'No express closed-loop provision found; kept closed as in GB and Malta until compliance confirms.',
    },
    cddThreshold: {
      value: { amountMinor: 200_000, currency: 'EUR' },
      source: 'Lag (2017:630) om åtgärder mot penningtvätt och finansiering av terrorism, 3 kap.: gambling, €2,000',
      note: 'Paid in SEK at the equivalent. Online accounts are identified at sign-up anyway. Paragraph to be confirmed.',
    },
    sourceOfFundsEvidence: {
      value: { deadlineDays: 30, reminderDays: [7, 21] },
      source:
        'Lag (2017:630) om åtgärder mot penningtvätt och finansiering av terrorism, 3 kap. 16–17 §§ (skärpta åtgärder) and 3 kap. 1 § (no business relationship without due diligence)',
      note: 'The regulations set no number of days: the 30-day deadline and the reminders are operator policy for the MLRO to confirm.',
    },
    limitIncreaseCoolingOffHours: {
      value: 72,
      source:
        'Spelförordningen (2018:1475), 11 kap. 3 §: a higher deposit limit applies after 72 hours at the earliest',
      url: SPELINSPEKTIONEN_72_HOURS,
      note:
        "Spelinspektionen's legal position of 13 December 2021: the increase also waits for the running week or " +
        'month of the limit to end.',
    },
    limitIncreaseNeedsReconfirmation: {
      value: false,
      source: 'Spelförordningen (2018:1475), 11 kap. 3 §: the increase applies after the wait; no re-confirmation',
    },
    minimumSelfExclusionMonths: {
      value: 1,
      source: 'Spellagen (2018:1138), 14 kap., and Spelpaus.se: national self-exclusion for 1, 3 or 6 months or longer',
      note: "The minimum for an operator's own self-exclusion is not verified; 1 month is Spelpaus's shortest period.",
    },
    stakeCaps: [],
    bonusWageringCapMultiple: {
      value: null,
      source: 'Spellagen (2018:1138), 14 kap.: a bonus only at the first gaming occasion; no wagering cap',
      note: 'Paragraph to be confirmed.',
    },
    singleProductPromotionsOnly: { value: false, source: 'No such rule in Spellagen that we know of' },
    financialVulnerabilityCheck: {
      value: null,
      source: 'No net-deposit trigger in Swedish regulation that we know of',
      note: 'Licensees must contact a player who sets or raises a deposit limit above SEK 10,000 a month.',
    },
    recordRetentionYears: {
      value: 5,
      source: 'Lag (2017:630), 5 kap.: five years',
      note: 'Paragraph to be confirmed.',
    },
    // rg-exclusions:
    nationalScheme: {
      value: 'SPELPAUS',
      source: 'Spellagen (2018:1138), 14 kap. 11 §: licensees check Spelpaus.se before play and deposits',
      url: 'https://www.spelpaus.se/',
      note: 'Paragraph to be confirmed.',
    },
    selfExclusionReturnCoolingOffHours: {
      value: 24,
      source: 'Operator default: the 24 hours of GB',
      note: "A Spelpaus exclusion ends by itself; the wait after an operator's own self-exclusion is to be confirmed.",
    },
    forfeitBonusOnSelfExclusion: { value: true, source: OPERATOR_BONUS_TERMS },
  },
  {
    code: 'DE',
    name: 'Germany',
    regulator: 'Gemeinsame Glücksspielbehörde der Länder (GGL)',
    minimumAgeYears: {
      value: 18,
      source: 'Glücksspielstaatsvertrag 2021 (GlüStV 2021), § 4 Abs. 3: no participation by minors',
    },
    verifyBeforeDepositOrPlay: {
      value: true,
      source: 'GlüStV 2021, § 6a: an identified and authenticated player account before play; GwG § 16',
    },
    reverseWithdrawalAllowed: {
      value: true,
      source: 'No express prohibition found in GlüStV 2021',
      note:
        'Allowed as for any jurisdiction without a rule of its own. § 6b Abs. 2 has a withdrawal deducted from ' +
        'the account as soon as it is requested, which argues against cancelling it: to be confirmed with compliance.',
    },
    forfeitBonusOnWithdrawal: { value: true, source: OPERATOR_BONUS_TERMS },
    closedLoopPayouts: {
      value: true,
      source:
        'Operator AML control under the Geldwäschegesetz (GwG) risk-based approach; GlüStV 2021, § 6a player account',
      note: 'No express closed-loop provision found; kept closed as in GB and Malta until compliance confirms.',
    },
    cddThreshold: {
      value: { amountMinor: 200_000, currency: 'EUR' },
      source: 'Geldwäschegesetz (GwG), § 10 Abs. 5: stakes or winnings of €2,000 or more',
      note: 'Online players are identified on opening the account (GwG § 16, GlüStV § 6a), before this threshold.',
    },
    sourceOfFundsEvidence: {
      value: { deadlineDays: 30, reminderDays: [7, 21] },
      source:
        'Geldwäschegesetz (GwG) § 15 (verstärkte Sorgfaltspflichten) and § 10(9) (no transaction where due diligence cannot be fulfilled)',
      note: 'The regulations set no number of days: the 30-day deadline and the reminders are operator policy for the MLRO to confirm.',
    },
    limitIncreaseCoolingOffHours: {
      value: 168,
      source: 'GlüStV 2021, § 6c: a higher limit takes effect after seven days; a lower one at once',
      note: 'GlüStV also caps deposits across all operators at €1,000 a month (§ 6c, LUGAS), not yet applied by the back office.',
    },
    limitIncreaseNeedsReconfirmation: {
      value: false,
      source: 'GlüStV 2021, § 6c: the increase applies after seven days; no re-confirmation that we know of',
    },
    minimumSelfExclusionMonths: {
      value: 3,
      source: 'GlüStV 2021, § 8a: a self-exclusion in the OASIS blocking system lasts at least three months',
      note: 'The 24-hour short block of § 6i ("panic button") is not a self-exclusion.',
    },
    stakeCaps: [
      {
        product: 'SLOTS',
        fromAgeYears: 18,
        toAgeYears: null,
        maxStake: { amountMinor: 100, currency: 'EUR' },
        source: 'GlüStV 2021, § 22a Abs. 7: virtual slot machines, at most €1 per game',
        note: 'With at least 5 seconds per game (§ 22a). Paragraph to be confirmed.',
      },
    ],
    bonusWageringCapMultiple: {
      value: null,
      source: 'No wagering cap in GlüStV 2021 that we know of',
      note: 'To be confirmed.',
    },
    singleProductPromotionsOnly: {
      value: false,
      source: 'No such rule in GlüStV 2021 that we know of',
      note: 'To be confirmed.',
    },
    financialVulnerabilityCheck: {
      value: null,
      source: 'No net-deposit trigger; the €1,000 monthly cross-operator deposit limit (GlüStV § 6c) applies instead',
    },
    recordRetentionYears: {
      value: 5,
      source: 'Geldwäschegesetz (GwG), § 8 Abs. 4: five years',
      note: 'Up to ten years where other law requires; to be confirmed.',
    },
    // rg-exclusions:
    nationalScheme: {
      value: 'OASIS',
      source: 'GlüStV 2021, § 8 and § 8a: the cross-state blocking system OASIS, checked before play',
      note: 'LUGAS (the cross-operator limit file) is not modelled.',
    },
    selfExclusionReturnCoolingOffHours: {
      value: 24,
      source: 'Operator default: the 24 hours of GB',
      note: 'GlüStV 2021 § 8c: an OASIS block ends only on a written application after its minimum; to be confirmed.',
    },
    forfeitBonusOnSelfExclusion: { value: true, source: OPERATOR_BONUS_TERMS },
  },
  {
    code: DEFAULT_JURISDICTION,
    name: 'Any other jurisdiction',
    regulator: 'None named',
    minimumAgeYears: {
      value: 18,
      source: 'Operator minimum: the lowest legal gambling age where we take players',
      note: 'A jurisdiction with a higher age (21 in some US states) needs an entry of its own before it opens.',
    },
    verifyBeforeDepositOrPlay: {
      value: false,
      source: 'Operator default: verification at the CDD threshold',
    },
    reverseWithdrawalAllowed: { value: true, source: 'Operator default' },
    forfeitBonusOnWithdrawal: { value: true, source: OPERATOR_BONUS_TERMS },
    closedLoopPayouts: {
      value: false,
      source:
        'Operator default: any instrument of the player’s own that can receive funds; the officer sees whether it ' +
        'was used to deposit',
    },
    cddThreshold: {
      value: { amountMinor: 200_000, currency: 'EUR' },
      source: 'Directive (EU) 2015/849 (4th AML Directive), art. 11(d): gambling, €2,000 in one or linked transactions',
    },
    sourceOfFundsEvidence: {
      value: { deadlineDays: 30, reminderDays: [7, 21] },
      source:
        'Operator default (FATF Recommendation 10 and 12: enhanced due diligence before continuing the relationship)',
    },
    limitIncreaseCoolingOffHours: { value: 24, source: 'Operator default: the 24 hours of GB and Malta' },
    limitIncreaseNeedsReconfirmation: { value: false, source: 'Operator default: no re-confirmation' },
    minimumSelfExclusionMonths: { value: 6, source: 'Operator default: the six months of GB and Malta' },
    stakeCaps: [],
    bonusWageringCapMultiple: { value: null, source: 'Operator default: none' },
    singleProductPromotionsOnly: { value: false, source: 'Operator default: none' },
    financialVulnerabilityCheck: { value: null, source: 'Operator default: none' },
    recordRetentionYears: {
      value: 5,
      source: 'Directive (EU) 2015/849, art. 40: five years after the business relationship ends',
    },
    // rg-exclusions:
    nationalScheme: { value: null, source: 'Operator default: none' },
    selfExclusionReturnCoolingOffHours: { value: 24, source: 'Operator default: the 24 hours of GB' },
    forfeitBonusOnSelfExclusion: { value: true, source: OPERATOR_BONUS_TERMS },
  },
];

/** Freezes a parsed value all the way down: every domain shares these objects, so none may change them. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const registry: readonly JurisdictionPolicy[] = deepFreeze(jurisdictionRegistrySchema.parse(registryData));
const byCode = new Map(registry.map((policy) => [policy.code, policy]));
const defaultPolicy = byCode.get(DEFAULT_JURISDICTION)!;

/**
 * The policy of a player's jurisdiction, by the exact code they registered with; the default for any code without
 * an entry (a subdivision such as `GB-SCT` too, as the payment policies table did).
 */
export function policyFor(jurisdiction: string): JurisdictionPolicy {
  return byCode.get(jurisdiction) ?? defaultPolicy;
}

/** Every policy in the registry, the named jurisdictions first and the default last. */
export function listJurisdictionPolicies(): readonly JurisdictionPolicy[] {
  return [...registry.filter((p) => p.code !== DEFAULT_JURISDICTION), defaultPolicy];
}

/** The strictest stake cap on `product` for a player of `ageYears`, or undefined when none applies. */
export function stakeCapFor(policy: JurisdictionPolicy, product: GameProduct, ageYears: number): StakeCap | undefined {
  return policy.stakeCaps
    .filter((cap) => cap.product === product && ageYears >= cap.fromAgeYears)
    .filter((cap) => cap.toAgeYears === null || ageYears <= cap.toAgeYears)
    .reduce<StakeCap | undefined>(
      (strictest, cap) => (!strictest || cap.maxStake.amountMinor < strictest.maxStake.amountMinor ? cap : strictest),
      undefined,
    );
}
