import type {
  RgExclusion,
  RgHarmScore,
  RgInterventionOutcome,
  RgLimitKind,
  RgLimitPeriod,
  RgRestriction,
} from './rg-api';

// The RG vocabulary in the words of RG officers and customer support.

export const LIMIT_KIND_LABEL: Record<RgLimitKind, string> = {
  DEPOSIT: 'Deposit limit',
  LOSS: 'Loss limit',
  WAGER: 'Wager limit',
  SESSION_TIME: 'Session time limit',
};
export const LIMIT_PERIOD_LABEL: Record<RgLimitPeriod, string> = {
  DAY: '24 hours',
  WEEK: '7 days',
  MONTH: 'Month',
  SESSION: 'Per session',
};
export const RESTRICTION_LABEL: Record<RgRestriction['kind'], string> = {
  DEPOSIT_BLOCK: 'Deposit block',
  BONUS_BLOCK: 'Bonus block',
  MARKETING_SUPPRESSION: 'Marketing suppression',
};
export const RESTRICTION_SOURCE_LABEL: Record<RgRestriction['source'], string> = {
  OFFICER: 'RG officer',
  INTERVENTION: 'Intervention',
  VULNERABILITY_CHECK: 'Vulnerability check',
  EXCLUSION: 'Exclusion',
};
export const EXCLUSION_KIND_LABEL: Record<RgExclusion['kind'], string> = {
  TIME_OUT: 'Time-out',
  SELF_EXCLUSION: 'Self-exclusion',
};
export const EXCLUSION_STATUS_LABEL: Record<RgExclusion['status'], string> = {
  IN_FORCE: 'In force',
  MINIMUM_REACHED: 'Minimum reached (in force until the player asks to return)',
  COOLING_OFF: 'Return asked, cooling-off',
  ENDED: 'Ended',
};
export const MARKER_LABEL: Record<RgHarmScore['contributions'][number]['marker'], string> = {
  SPEND_ABOVE_BASELINE: 'Spend above own baseline',
  DEPOSIT_FREQUENCY: 'Frequent deposits',
  LATE_NIGHT_PLAY: 'Late-night play',
  LONG_SESSION: 'Long sessions',
  CHASING_LOSSES: 'Chasing losses',
  FAILED_DEPOSITS: 'Failed deposits',
  REPEATED_LIMIT_INCREASES: 'Repeated limit increases',
  REVERSED_WITHDRAWALS: 'Reversed withdrawals',
  CUSTOMER_CONTACT_ABOUT_GAMBLING: 'Contact about gambling',
};
export const INTERVENTION_LEVEL_LABEL: Record<number, string> = {
  0: 'Watching',
  1: 'Level 1: safer-gambling message',
  2: 'Level 2: RG officer task',
  3: 'Level 3: restrictions',
};
export const LEVEL_COLOR: Record<number, string> = { 0: 'gray', 1: 'yellow', 2: 'orange', 3: 'red' };
export const OUTCOME_LABEL: Record<RgInterventionOutcome, string> = {
  NO_FURTHER_ACTION: 'No further action',
  RESTRICTIONS_KEPT: 'Restrictions kept',
  RESTRICTIONS_LIFTED: 'Restrictions lifted',
  REFERRED_TO_SUPPORT: 'Referred to support',
};
export const INTERACTION_KIND_LABEL: Record<string, string> = {
  CALL: 'Call',
  MESSAGE: 'Message',
  CUSTOMER_CONTACT_ABOUT_GAMBLING: 'Contact about gambling',
  VULNERABILITY_CHECK: 'Vulnerability check',
  NOTE: 'Note',
};
