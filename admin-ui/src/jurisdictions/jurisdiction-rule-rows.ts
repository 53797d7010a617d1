import type { GameProduct, JurisdictionPolicy, MoneyAmount, RegulationReference } from './jurisdictions-api';

/** What a rule requires, as the rules table shows it: words, or an amount with the words that follow it. */
export type Requirement = { text: string } | { before?: string; amount: MoneyAmount; after?: string };

/** One line of a jurisdiction's rules table: the rule, what it requires, and the regulation it comes from. */
export interface RuleRow {
  key: string;
  rule: string;
  requirement: Requirement;
  reference: RegulationReference;
}

const PRODUCT_NAMES: Record<GameProduct, string> = {
  SLOTS: 'slots',
  CASINO: 'casino games',
  BETTING: 'betting',
  POKER: 'poker',
  BINGO: 'bingo',
  LOTTERY: 'lotteries',
};

const NATIONAL_SCHEME_NAMES = {
  GAMSTOP: 'GAMSTOP, at registration, before deposits and marketing',
  SPELPAUS: 'Spelpaus, at registration, before deposits and marketing',
  OASIS: 'OASIS, at registration, before deposits and marketing',
  NONE: 'None',
} as const;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
/** Whole days read better than hours from two days up (168 hours → "7 days"). */
const hoursText = (hours: number) =>
  hours >= 48 && hours % 24 === 0 ? plural(hours / 24, 'day') : plural(hours, 'hour');
const ages = (from: number, to: number | null) => (to === null ? `aged ${from} and over` : `aged ${from} to ${to}`);
const referenceOf = ({ source, url, note }: RegulationReference): RegulationReference => ({ source, url, note });

/** The rules of one jurisdiction in the order a compliance officer reads them: player, money, safer gambling, records. */
export function ruleRowsOf(policy: JurisdictionPolicy): RuleRow[] {
  const vulnerability = policy.financialVulnerabilityCheck;
  const wagering = policy.bonusWageringCapMultiple;
  const rows: RuleRow[] = [
    {
      key: 'minimum-age',
      rule: 'Minimum age',
      requirement: { text: plural(policy.minimumAgeYears.value, 'year') },
      reference: referenceOf(policy.minimumAgeYears),
    },
    {
      key: 'verify-before-play',
      rule: 'Identity verified before deposit or play',
      requirement: { text: policy.verifyBeforeDepositOrPlay.value ? 'Required' : 'Not required' },
      reference: referenceOf(policy.verifyBeforeDepositOrPlay),
    },
    {
      key: 'cdd-threshold',
      rule: 'Customer due diligence from',
      requirement: { amount: policy.cddThreshold.value, after: 'in one or linked transactions' },
      reference: referenceOf(policy.cddThreshold),
    },
    {
      key: 'source-of-funds',
      rule: 'Source-of-funds evidence (enhanced due diligence)',
      requirement: {
        text:
          `Due within ${plural(policy.sourceOfFundsEvidence.value.deadlineDays, 'day')}` +
          (policy.sourceOfFundsEvidence.value.reminderDays.length
            ? `, reminders on days ${policy.sourceOfFundsEvidence.value.reminderDays.join(' and ')}`
            : '') +
          '; then no deposit, withdrawal or bet until cleared',
      },
      reference: referenceOf(policy.sourceOfFundsEvidence),
    },
    {
      key: 'reverse-withdrawals',
      rule: 'Reverse withdrawals',
      requirement: { text: policy.reverseWithdrawalAllowed.value ? 'Allowed' : 'Prohibited' },
      reference: referenceOf(policy.reverseWithdrawalAllowed),
    },
    {
      key: 'bonus-forfeit',
      rule: 'Bonus forfeited on withdrawal',
      requirement: { text: policy.forfeitBonusOnWithdrawal.value ? 'Yes' : 'No' },
      reference: referenceOf(policy.forfeitBonusOnWithdrawal),
    },
    {
      key: 'closed-loop',
      rule: 'Withdrawals paid back to a deposit method',
      requirement: {
        text: policy.closedLoopPayouts.value
          ? 'Required (closed loop)'
          : 'Not required: any method of the player’s own',
      },
      reference: referenceOf(policy.closedLoopPayouts),
    },
    {
      key: 'cooling-off',
      rule: 'Cooling-off before a limit increase applies',
      requirement: { text: hoursText(policy.limitIncreaseCoolingOffHours.value) },
      reference: referenceOf(policy.limitIncreaseCoolingOffHours),
    },
    {
      key: 'limit-reconfirmation',
      rule: 'Player confirms a limit increase after the cooling-off',
      requirement: { text: policy.limitIncreaseNeedsReconfirmation.value ? 'Required' : 'Not required' },
      reference: referenceOf(policy.limitIncreaseNeedsReconfirmation),
    },
    {
      key: 'self-exclusion',
      rule: 'Shortest self-exclusion',
      requirement: { text: plural(policy.minimumSelfExclusionMonths.value, 'month') },
      reference: referenceOf(policy.minimumSelfExclusionMonths),
    },
    // rg-exclusions:
    {
      key: 'self-exclusion-return',
      rule: 'Wait before a self-excluded player returns',
      requirement: { text: `${hoursText(policy.selfExclusionReturnCoolingOffHours.value)} after asking` },
      reference: referenceOf(policy.selfExclusionReturnCoolingOffHours),
    },
    {
      key: 'self-exclusion-bonus',
      rule: 'Bonus forfeited on self-exclusion',
      requirement: { text: policy.forfeitBonusOnSelfExclusion.value ? 'Yes' : 'No' },
      reference: referenceOf(policy.forfeitBonusOnSelfExclusion),
    },
    {
      key: 'national-scheme',
      rule: 'National self-exclusion scheme checked',
      requirement: { text: NATIONAL_SCHEME_NAMES[policy.nationalScheme.value ?? 'NONE'] },
      reference: referenceOf(policy.nationalScheme),
    },
    ...policy.stakeCaps.map((cap): RuleRow => ({
      key: `stake-cap-${cap.product}-${cap.fromAgeYears}`,
      rule: `Stake cap on ${PRODUCT_NAMES[cap.product]}, ${ages(cap.fromAgeYears, cap.toAgeYears)}`,
      requirement: { amount: cap.maxStake, after: 'per spin or game' },
      reference: referenceOf(cap),
    })),
    {
      key: 'wagering-cap',
      rule: 'Bonus wagering requirement',
      requirement: { text: wagering.value === null ? 'No cap' : `At most ${wagering.value} times` },
      reference: referenceOf(wagering),
    },
    {
      key: 'single-product',
      rule: 'Promotions limited to one product',
      requirement: { text: policy.singleProductPromotionsOnly.value ? 'Required' : 'Not required' },
      reference: referenceOf(policy.singleProductPromotionsOnly),
    },
    {
      key: 'vulnerability-check',
      rule: 'Financial vulnerability check',
      requirement:
        vulnerability.value === null
          ? { text: 'Not required' }
          : {
              before: 'From',
              amount: vulnerability.value.netDeposits,
              after: `net deposits within ${plural(vulnerability.value.rollingDays, 'day')} (rolling)`,
            },
      reference: referenceOf(vulnerability),
    },
    {
      key: 'record-retention',
      rule: 'Records kept for',
      requirement: { text: plural(policy.recordRetentionYears.value, 'year') },
      reference: referenceOf(policy.recordRetentionYears),
    },
  ];
  if (policy.stakeCaps.length === 0) {
    const wageringIndex = rows.findIndex((row) => row.key === 'wagering-cap');
    rows.splice(wageringIndex, 0, {
      key: 'stake-caps',
      rule: 'Stake caps',
      requirement: { text: 'None' },
      reference: { source: 'No stake cap in this jurisdiction' },
    });
  }
  return rows;
}
