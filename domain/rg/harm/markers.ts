import type { HarmMarker } from '../../../contracts/rg';

// The markers of harm as data, like AML's starter rules: each has a weight (its contribution to the harm score),
// the parameters of its condition, and the sentence an RG officer reads. The conditions are in `markersFrom`.

/** One marker's definition. */
export interface HarmMarkerRule {
  weight: number;
  /** What the officer reads; `{name}` placeholders are filled from the facts. */
  explanation: string;
  params: Readonly<Record<string, number>>;
}

/** The starter markers: weights chosen so that two or three markers in a month reach an officer (level 2). */
export const HARM_MARKER_RULES: Readonly<Record<HarmMarker, HarmMarkerRule>> = {
  SPEND_ABOVE_BASELINE: {
    weight: 20,
    explanation: 'Staked {stakes24h} in 24 hours, {ratio}× the player\u2019s own daily average of {baseline}',
    // A baseline needs a week of play; below minStakeMinor a multiple of a tiny average means nothing.
    params: { ratio: 3, baselineDays: 28, minBaselineDays: 7, minStakeMinor: 5_000 },
  },
  DEPOSIT_FREQUENCY: {
    weight: 15,
    explanation: '{deposits24h} deposits in 24 hours',
    params: { count: 5 },
  },
  LATE_NIGHT_PLAY: {
    weight: 10,
    explanation: '{lateNightBets} bets between midnight and 06:00 the player\u2019s local time in 24 hours',
    params: { count: 20, fromHour: 0, toHour: 6 },
  },
  LONG_SESSION: {
    weight: 10,
    explanation: 'Played in each of the last {hours} hours without a break of an hour',
    params: { hours: 4 },
  },
  CHASING_LOSSES: {
    weight: 20,
    explanation: 'Deposited {deposit} after losing {loss} in the previous {hours} hours',
    params: { hours: 3 },
  },
  FAILED_DEPOSITS: {
    weight: 15,
    explanation: '{failed} failed deposits in 24 hours',
    params: { count: 3 },
  },
  REPEATED_LIMIT_INCREASES: {
    weight: 20,
    explanation: '{increases} limit increases asked for in 30 days',
    params: { count: 2 },
  },
  REVERSED_WITHDRAWALS: {
    weight: 15,
    explanation: '{cancelled} withdrawals cancelled in 30 days (money taken back to play)',
    params: { count: 2 },
  },
  CUSTOMER_CONTACT_ABOUT_GAMBLING: {
    weight: 30,
    explanation: 'The player contacted us about their gambling{strongText}',
    // A contact flagged as a strong indicator (e.g. "I cannot stop") weighs this much, and acts at once.
    params: { strongWeight: 100 },
  },
};

/**
 * The player's local time for late-night play: the time zone of the jurisdiction they play under (a player plays
 * where they are licensed to; the registration address's zone would be finer and is personal data we keep sealed).
 */
const JURISDICTION_TIME_ZONES: Readonly<Record<string, string>> = {
  GB: 'Europe/London',
  MT: 'Europe/Malta',
  SE: 'Europe/Stockholm',
  DE: 'Europe/Berlin',
};
/** The time zone late-night play is read in for a player of `jurisdiction` (UTC for one we have none for). */
export const timeZoneOf = (jurisdiction: string): string => JURISDICTION_TIME_ZONES[jurisdiction] ?? 'UTC';

/** What the monitor knows of a player at an event, from the hourly buckets. */
export interface HarmFacts {
  stakes24hMinor: number;
  /** Average stakes per active day over the baseline days before the last 24 hours, and how many days had play. */
  baselineDailyStakesMinor: number;
  baselineActiveDays: number;
  lateNightBets24h: number;
  /** Consecutive hours with bets, ending with the current one. */
  consecutivePlayHours: number;
  deposits24h: number;
  failedDeposits24h: number;
  cancelledWithdrawals30d: number;
  limitIncreases30d: number;
  /** Stakes minus wins over CHASING_LOSSES' hours before the deposit (positive: a loss). */
  recentLossMinor: number;
}

/** What happened in the batch for the player, which decides which markers are looked at. */
export interface HarmTriggers {
  bet: boolean;
  depositCredited?: { amountMinor: number };
  depositFailed: boolean;
  withdrawalCancelled: boolean;
  limitIncreased: boolean;
  contact?: { strong: boolean };
}

/** A marker that holds, with its weight and the officer's sentence. */
export interface ObservedMarker {
  marker: HarmMarker;
  weight: number;
  strong: boolean;
  explanation: string;
  facts: Record<string, number | string | boolean>;
}

const minor = (n: number) => (n / 100).toFixed(2);
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** The markers that hold at this point, pure: facts and triggers in, markers with their explanations out. */
export function markersFrom(facts: HarmFacts, triggers: HarmTriggers): ObservedMarker[] {
  const out: ObservedMarker[] = [];
  const add = (marker: HarmMarker, values: Record<string, string | number>, strong = false, weight?: number) => {
    const rule = HARM_MARKER_RULES[marker];
    out.push({
      marker,
      weight: weight ?? rule.weight,
      strong,
      explanation: fill(rule.explanation, values),
      facts: { ...values, strong },
    });
  };
  const R = HARM_MARKER_RULES;
  if (triggers.bet) {
    const p = R.SPEND_ABOVE_BASELINE.params;
    if (
      facts.baselineActiveDays >= p.minBaselineDays! &&
      facts.stakes24hMinor >= p.minStakeMinor! &&
      facts.stakes24hMinor >= p.ratio! * facts.baselineDailyStakesMinor
    ) {
      add('SPEND_ABOVE_BASELINE', {
        stakes24h: minor(facts.stakes24hMinor),
        ratio: (facts.stakes24hMinor / Math.max(facts.baselineDailyStakesMinor, 1)).toFixed(1),
        baseline: minor(facts.baselineDailyStakesMinor),
      });
    }
    if (facts.lateNightBets24h >= R.LATE_NIGHT_PLAY.params.count!) {
      add('LATE_NIGHT_PLAY', { lateNightBets: facts.lateNightBets24h });
    }
    if (facts.consecutivePlayHours >= R.LONG_SESSION.params.hours!) {
      add('LONG_SESSION', { hours: facts.consecutivePlayHours });
    }
  }
  if (triggers.depositCredited) {
    if (facts.deposits24h >= R.DEPOSIT_FREQUENCY.params.count!) {
      add('DEPOSIT_FREQUENCY', { deposits24h: facts.deposits24h });
    }
    if (facts.recentLossMinor > 0 && facts.recentLossMinor >= triggers.depositCredited.amountMinor) {
      add('CHASING_LOSSES', {
        deposit: minor(triggers.depositCredited.amountMinor),
        loss: minor(facts.recentLossMinor),
        hours: R.CHASING_LOSSES.params.hours!,
      });
    }
  }
  if (triggers.depositFailed && facts.failedDeposits24h >= R.FAILED_DEPOSITS.params.count!) {
    add('FAILED_DEPOSITS', { failed: facts.failedDeposits24h });
  }
  if (triggers.limitIncreased && facts.limitIncreases30d >= R.REPEATED_LIMIT_INCREASES.params.count!) {
    add('REPEATED_LIMIT_INCREASES', { increases: facts.limitIncreases30d });
  }
  if (triggers.withdrawalCancelled && facts.cancelledWithdrawals30d >= R.REVERSED_WITHDRAWALS.params.count!) {
    add('REVERSED_WITHDRAWALS', { cancelled: facts.cancelledWithdrawals30d });
  }
  if (triggers.contact) {
    const strong = triggers.contact.strong;
    add(
      'CUSTOMER_CONTACT_ABOUT_GAMBLING',
      { strongText: strong ? ', saying they cannot control it (strong indicator)' : '' },
      strong,
      strong ? R.CUSTOMER_CONTACT_ABOUT_GAMBLING.params.strongWeight : undefined,
    );
  }
  return out;
}
