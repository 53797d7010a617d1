// The responsible-gambling domain's contract: limits with cooling-off, time-outs and self-exclusion, national
// exclusion schemes, financial vulnerability checks, markers of harm and interventions, as anyone (the API, the
// payment and bet gates, the workers, the admin UI) may know them without importing the Temporal SDK. The Signals,
// Queries and Updates of its workflows are in workflows/rg/messages.ts, for workflow code and Temporal clients.

/** Task queue of the RG worker: limit changes, exclusions, interventions and vulnerability checks. */
export const RG_TASK_QUEUE = 'rg';

/** Kafka topic of the domain's events (limits changed, exclusions, restrictions, interventions). */
export const RG_EVENTS_TOPIC = 'rg.events';

/** The registered names of the RG workflows (the exported function names in workflows/rg/). */
export const RgWorkflowType = {
  limitChange: 'rgLimitChangeWorkflow',
  exclusion: 'rgExclusionWorkflow',
  intervention: 'rgInterventionWorkflow',
  vulnerabilityCheck: 'rgVulnerabilityCheckWorkflow',
} as const;

/** Workflow id of a limit increase waiting out its cooling-off (and the player's re-confirmation). */
export const rgLimitChangeWorkflowId = (changeId: string) => `rg:limit-change:${changeId}`;
/** Workflow id of one time-out or self-exclusion, from its start to its end (or the player's return). */
export const rgExclusionWorkflowId = (exclusionId: string) => `rg:exclusion:${exclusionId}`;
/** Workflow id of a player's n-th intervention (n counts from 1, per player). */
export const rgInterventionWorkflowId = (playerId: string, n: number) => `rg:intervention:${playerId}:${n}`;
/** Workflow id of one financial vulnerability check. */
export const rgVulnerabilityCheckWorkflowId = (checkId: string) => `rg:vulnerability-check:${checkId}`;

/** What a limit limits. SESSION_TIME is minutes of one game session; the others are money. */
export const RgLimitKind = { DEPOSIT: 'DEPOSIT', LOSS: 'LOSS', WAGER: 'WAGER', SESSION_TIME: 'SESSION_TIME' } as const;
/** One limit kind. */
export type RgLimitKind = (typeof RgLimitKind)[keyof typeof RgLimitKind];

/**
 * The rolling window of a money limit: the last 24 hours, 7 days or 30 days ("a month", rolling). SESSION is the
 * period of a session-time limit. Where limits of a kind have several periods, the lowest headroom applies.
 */
export const RgLimitPeriod = { DAY: 'DAY', WEEK: 'WEEK', MONTH: 'MONTH', SESSION: 'SESSION' } as const;
/** One limit period. */
export type RgLimitPeriod = (typeof RgLimitPeriod)[keyof typeof RgLimitPeriod];
/** The length of each rolling window, in hours. */
export const RG_PERIOD_HOURS: Readonly<Record<Exclude<RgLimitPeriod, 'SESSION'>, number>> = {
  DAY: 24,
  WEEK: 7 * 24,
  MONTH: 30 * 24,
};

/** A time-out (24 hours to 6 weeks, ends by itself) or a self-exclusion (ends only when the player asks, after). */
export const RgExclusionKind = { TIME_OUT: 'TIME_OUT', SELF_EXCLUSION: 'SELF_EXCLUSION' } as const;
/** One exclusion kind. */
export type RgExclusionKind = (typeof RgExclusionKind)[keyof typeof RgExclusionKind];

/** The restrictions an RG officer, an intervention or a vulnerability check puts on a player. */
export const RgRestrictionKind = {
  DEPOSIT_BLOCK: 'DEPOSIT_BLOCK',
  BONUS_BLOCK: 'BONUS_BLOCK',
  MARKETING_SUPPRESSION: 'MARKETING_SUPPRESSION',
} as const;
/** One restriction kind. */
export type RgRestrictionKind = (typeof RgRestrictionKind)[keyof typeof RgRestrictionKind];

/** Who put a restriction on: an officer, an intervention (level 3, or a strong indicator), a vulnerability check. */
export const RgRestrictionSource = {
  OFFICER: 'OFFICER',
  INTERVENTION: 'INTERVENTION',
  VULNERABILITY_CHECK: 'VULNERABILITY_CHECK',
  EXCLUSION: 'EXCLUSION',
} as const;
/** One restriction source. */
export type RgRestrictionSource = (typeof RgRestrictionSource)[keyof typeof RgRestrictionSource];

/**
 * The refusal codes of responsible gambling, as game providers (bets) and the deposit saga see them. The wallet's
 * bet refusals share the seamless-wallet error vocabulary (STAKE_LIMIT_EXCEEDED and the limit codes are in it).
 */
export const RgRefusal = {
  DEPOSIT_LIMIT_EXCEEDED: 'DEPOSIT_LIMIT_EXCEEDED',
  LOSS_LIMIT_EXCEEDED: 'LOSS_LIMIT_EXCEEDED',
  WAGER_LIMIT_EXCEEDED: 'WAGER_LIMIT_EXCEEDED',
  STAKE_LIMIT_EXCEEDED: 'STAKE_LIMIT_EXCEEDED',
  SESSION_TIME_LIMIT_REACHED: 'SESSION_TIME_LIMIT_REACHED',
  PLAYER_TIMED_OUT: 'PLAYER_TIMED_OUT',
  PLAYER_SELF_EXCLUDED: 'PLAYER_SELF_EXCLUDED',
  DEPOSITS_BLOCKED: 'RG_DEPOSITS_BLOCKED',
  NATIONALLY_EXCLUDED: 'NATIONALLY_EXCLUDED',
  NATIONAL_SCHEME_UNAVAILABLE: 'NATIONAL_SCHEME_UNAVAILABLE',
} as const;
/** One RG refusal code. */
export type RgRefusal = (typeof RgRefusal)[keyof typeof RgRefusal];

/** The national self-exclusion schemes the back office checks, per jurisdiction (see the jurisdiction registry). */
export const NationalScheme = { GAMSTOP: 'GAMSTOP', SPELPAUS: 'SPELPAUS', OASIS: 'OASIS' } as const;
/** One scheme. */
export type NationalScheme = (typeof NationalScheme)[keyof typeof NationalScheme];

/** Why a scheme is asked: registration and deposits fail closed when it cannot answer; marketing is not sent. */
export const SchemeCheckPurpose = { REGISTRATION: 'REGISTRATION', DEPOSIT: 'DEPOSIT', MARKETING: 'MARKETING' } as const;
/** One purpose. */
export type SchemeCheckPurpose = (typeof SchemeCheckPurpose)[keyof typeof SchemeCheckPurpose];

/** The graduated levels of an intervention: a safer-gambling message, an officer's task with an SLA, restrictions. */
export const InterventionLevel = { MESSAGE: 1, OFFICER_TASK: 2, RESTRICTIONS: 3 } as const;
/** One level. */
export type InterventionLevel = (typeof InterventionLevel)[keyof typeof InterventionLevel];

// rg-harm: interactions, markers of harm, interventions and financial vulnerability checks.

/** What an interaction with the player was: an officer's call or message, a customer's contact, a check's outcome. */
export const RgInteractionKind = {
  CALL: 'CALL',
  MESSAGE: 'MESSAGE',
  CUSTOMER_CONTACT_ABOUT_GAMBLING: 'CUSTOMER_CONTACT_ABOUT_GAMBLING',
  VULNERABILITY_CHECK: 'VULNERABILITY_CHECK',
  NOTE: 'NOTE',
} as const;
/** One interaction kind. */
export type RgInteractionKind = (typeof RgInteractionKind)[keyof typeof RgInteractionKind];

/** The markers of harm the rg-monitor derives from the event stream (weights and rules: domain/rg/harm/markers.ts). */
export const HarmMarker = {
  SPEND_ABOVE_BASELINE: 'SPEND_ABOVE_BASELINE',
  DEPOSIT_FREQUENCY: 'DEPOSIT_FREQUENCY',
  LATE_NIGHT_PLAY: 'LATE_NIGHT_PLAY',
  LONG_SESSION: 'LONG_SESSION',
  CHASING_LOSSES: 'CHASING_LOSSES',
  FAILED_DEPOSITS: 'FAILED_DEPOSITS',
  REPEATED_LIMIT_INCREASES: 'REPEATED_LIMIT_INCREASES',
  REVERSED_WITHDRAWALS: 'REVERSED_WITHDRAWALS',
  CUSTOMER_CONTACT_ABOUT_GAMBLING: 'CUSTOMER_CONTACT_ABOUT_GAMBLING',
} as const;
/** One marker. */
export type HarmMarker = (typeof HarmMarker)[keyof typeof HarmMarker];

/**
 * The harm score's thresholds: from level 1 a message, from level 2 an officer's task, from level 3 restrictions; a
 * score at or above `strong` (far above level 3) acts at once, as a strong indicator does. Markers count for
 * `windowDays`. Starter values: two or three markers in a month reach an officer.
 */
export const HARM_THRESHOLDS = { level1: 30, level2: 60, level3: 90, strong: 150, windowDays: 30 } as const;

/** The level a harm score calls for (0: none yet), and whether it is so far above level 3 that it acts at once. */
export function harmLevelOf(score: number): { level: 0 | InterventionLevel; strong: boolean } {
  const t = HARM_THRESHOLDS;
  const level = score >= t.level3 ? 3 : score >= t.level2 ? 2 : score >= t.level1 ? 1 : 0;
  return { level, strong: score >= t.strong };
}

/** An intervention is OPEN until an officer (or, at level 1, a quiet watch period) resolves it. */
export const InterventionStatus = { OPEN: 'OPEN', RESOLVED: 'RESOLVED' } as const;
/** One intervention status. */
export type InterventionStatus = (typeof InterventionStatus)[keyof typeof InterventionStatus];

/** What the monitor tells an intervention: the player's score now and the markers that made it. */
export interface HarmNotice {
  score: number;
  markers: HarmMarker[];
  /** A strong indicator (a contact saying they cannot stop, a score far above level 3): act at once. */
  strong: boolean;
  observedAt: string;
}

/** Starts an intervention: ids and numbers only (no personal data in workflow payloads). */
export interface RgInterventionInput {
  playerId: string;
  n: number;
}

/** An officer's act on an intervention. */
export interface RgInterventionActor {
  staffId: string;
  roles: string[];
}

/** The live state of an intervention (its `getStatus` query). */
export interface RgInterventionState {
  playerId: string;
  n: number;
  status: InterventionStatus;
  level: 0 | InterventionLevel;
  score: number;
  markers: HarmMarker[];
  assignee?: string;
  slaDueAt?: string;
  escalatedToSenior: boolean;
  interactionsLogged: number;
  outcome?: string;
}

/** The error types an intervention's Update validators refuse with (the API answers 409/422 with these codes). */
export const RgInterventionErrorType = {
  NotOpen: 'RG_INTERVENTION_NOT_OPEN',
  NotYours: 'RG_INTERVENTION_NOT_YOURS',
  NoInteraction: 'RG_INTERVENTION_NEEDS_INTERACTION',
  AlreadyAtTop: 'RG_INTERVENTION_AT_TOP_LEVEL',
  NotAnOfficer: 'RG_INTERVENTION_NOT_AN_OFFICER',
} as const;

/** The credit-reference markers of financial difficulty a vulnerability check asks about. */
export const CreditMarker = { BANKRUPTCY: 'BANKRUPTCY', CCJ: 'CCJ', IVA: 'IVA', DRO: 'DRO' } as const;
/** One credit marker. */
export type CreditMarker = (typeof CreditMarker)[keyof typeof CreditMarker];

/** Where a vulnerability check is. */
export const VulnerabilityCheckStatus = {
  PENDING: 'PENDING',
  RUNNING: 'RUNNING',
  CLEAR: 'CLEAR',
  MARKERS_FOUND: 'MARKERS_FOUND',
} as const;
/** One check status. */
export type VulnerabilityCheckStatus = (typeof VulnerabilityCheckStatus)[keyof typeof VulnerabilityCheckStatus];

/** Starts a vulnerability check: its id and the player's (the amounts are in its row). */
export interface RgVulnerabilityCheckInput {
  checkId: string;
  playerId: string;
}
