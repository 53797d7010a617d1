import { harmLevelOf } from '../../../contracts/rg';
import { markersFrom, type HarmFacts, type HarmTriggers } from './markers';

const quiet: HarmFacts = {
  stakes24hMinor: 0,
  baselineDailyStakesMinor: 0,
  baselineActiveDays: 0,
  lateNightBets24h: 0,
  consecutivePlayHours: 0,
  deposits24h: 0,
  failedDeposits24h: 0,
  cancelledWithdrawals30d: 0,
  limitIncreases30d: 0,
  recentLossMinor: 0,
};
const none: HarmTriggers = { bet: false, depositFailed: false, withdrawalCancelled: false, limitIncreased: false };
const names = (facts: Partial<HarmFacts>, triggers: Partial<HarmTriggers>) =>
  markersFrom({ ...quiet, ...facts }, { ...none, ...triggers }).map((m) => m.marker);

describe('markers of harm', () => {
  it('finds spend against the player\u2019s own baseline only with a week of history and a real amount', () => {
    const spend = { stakes24hMinor: 30_000, baselineDailyStakesMinor: 10_000, baselineActiveDays: 7 };
    expect(names(spend, { bet: true })).toEqual(['SPEND_ABOVE_BASELINE']);
    expect(names({ ...spend, baselineActiveDays: 6 }, { bet: true })).toEqual([]);
    expect(names({ ...spend, stakes24hMinor: 29_999 }, { bet: true })).toEqual([]);
    expect(
      names({ stakes24hMinor: 4_000, baselineDailyStakesMinor: 100, baselineActiveDays: 20 }, { bet: true }),
    ).toEqual([]);
    const [marker] = markersFrom({ ...quiet, ...spend }, { ...none, bet: true });
    expect(marker!.explanation).toBe('Staked 300.00 in 24 hours, 3.0× the player\u2019s own daily average of 100.00');
  });

  it('finds chasing losses when a deposit follows a loss at least its size', () => {
    expect(names({ recentLossMinor: 5_000 }, { depositCredited: { amountMinor: 5_000 } })).toEqual(['CHASING_LOSSES']);
    expect(names({ recentLossMinor: 4_999 }, { depositCredited: { amountMinor: 5_000 } })).toEqual([]);
    expect(names({ recentLossMinor: -1_000 }, { depositCredited: { amountMinor: 500 } })).toEqual([]);
  });

  it('counts deposits, failures, limit increases, cancelled withdrawals, late nights and long sessions at their thresholds', () => {
    expect(names({ deposits24h: 5 }, { depositCredited: { amountMinor: 100 } })).toEqual(['DEPOSIT_FREQUENCY']);
    expect(names({ failedDeposits24h: 3 }, { depositFailed: true })).toEqual(['FAILED_DEPOSITS']);
    expect(names({ limitIncreases30d: 2 }, { limitIncreased: true })).toEqual(['REPEATED_LIMIT_INCREASES']);
    expect(names({ cancelledWithdrawals30d: 2 }, { withdrawalCancelled: true })).toEqual(['REVERSED_WITHDRAWALS']);
    expect(names({ lateNightBets24h: 20, consecutivePlayHours: 4 }, { bet: true })).toEqual([
      'LATE_NIGHT_PLAY',
      'LONG_SESSION',
    ]);
    // A marker is looked at when its kind of event happens: bets do not re-raise a deposit marker.
    expect(names({ deposits24h: 9, failedDeposits24h: 9 }, { bet: true })).toEqual([]);
  });

  it('weighs a contact about gambling, and a strong one enough to act at once', () => {
    const [ordinary] = markersFrom(quiet, { ...none, contact: { strong: false } });
    const [strong] = markersFrom(quiet, { ...none, contact: { strong: true } });
    expect(ordinary).toMatchObject({ weight: 30, strong: false });
    expect(strong).toMatchObject({ weight: 100, strong: true });
    expect(harmLevelOf(ordinary!.weight)).toEqual({ level: 1, strong: false });
    expect(harmLevelOf(strong!.weight)).toEqual({ level: 3, strong: false });
    expect(harmLevelOf(150)).toEqual({ level: 3, strong: true });
  });
});
