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

// rg-limits: limit changes (the increase workflow's input, state and refusals), what the player and the back office
// read of limits.

/** How long a player has, once the cooling-off has passed, to confirm an increase where the jurisdiction asks. */
export const RG_LIMIT_CONFIRMATION_HOURS = 7 * 24;

/** Where an increase (or removal) of a limit is; APPLIED, CANCELLED and EXPIRED are final. */
export const RgLimitChangeStatus = {
  COOLING_OFF: 'COOLING_OFF',
  AWAITING_CONFIRMATION: 'AWAITING_CONFIRMATION',
  APPLIED: 'APPLIED',
  CANCELLED: 'CANCELLED',
  EXPIRED: 'EXPIRED',
} as const;
/** One limit change status. */
export type RgLimitChangeStatus = (typeof RgLimitChangeStatus)[keyof typeof RgLimitChangeStatus];

/** Whether a limit went up (or was removed) or down (or was set for the first time). */
export const RgLimitDirection = { INCREASE: 'INCREASE', DECREASE: 'DECREASE' } as const;
/** One direction. */
export type RgLimitDirection = (typeof RgLimitDirection)[keyof typeof RgLimitDirection];

/** The refusals of the limits API and of the limit-change workflow's confirmation Update. */
export const RgLimitErrorType = {
  PERIOD_NOT_OF_KIND: 'RG_LIMIT_PERIOD_NOT_OF_KIND',
  NOT_CONFIRMABLE_YET: 'RG_LIMIT_CHANGE_NOT_CONFIRMABLE_YET',
  NOT_PENDING: 'RG_LIMIT_CHANGE_NOT_PENDING',
  NOT_A_DECREASE: 'RG_LIMIT_NOT_A_DECREASE',
} as const;
/** One limits error type. */
export type RgLimitErrorType = (typeof RgLimitErrorType)[keyof typeof RgLimitErrorType];

/** The names of the limit-change workflow's messages (defined in workflows/rg/limit-change-messages.ts). */
export const RgLimitChangeMessage = {
  confirm: 'confirmLimitChange',
  cancel: 'cancelLimitChange',
  getStatus: 'getStatus',
} as const;

/** Starts `rg:limit-change:<changeId>`: ids, codes and numbers only (no personal data). */
export interface RgLimitChangeInput {
  changeId: string;
  playerId: string;
  kind: RgLimitKind;
  period: RgLimitPeriod;
  /** The new amount (minor units, or minutes for SESSION_TIME); null removes the limit. */
  toAmount: number | null;
  coolingOffHours: number;
  needsConfirmation: boolean;
  confirmWithinHours: number;
}

/** The live state of a limit change (its `getStatus` query). */
export interface RgLimitChangeState {
  changeId: string;
  playerId: string;
  kind: RgLimitKind;
  period: RgLimitPeriod;
  toAmount: number | null;
  status: RgLimitChangeStatus;
  /** When the cooling-off ends: the change applies then, or, where confirmation is needed, may be confirmed. */
  effectiveAt: string;
  needsConfirmation: boolean;
  /** Until when the player may confirm (after the cooling-off); null when no confirmation is needed. */
  confirmBy: string | null;
  confirmedAt: string | null;
}
// rg-exclusions: time-outs and self-exclusions, national scheme answers, reality checks.

/** The shortest and longest time-out a player may take, in hours (24 hours to 6 weeks, issue 16). */
export const RG_TIME_OUT_HOURS = { min: 24, max: 6 * 7 * 24 } as const;

/** Where an exclusion stands, as its workflow's getStatus query and the back office show it. */
export const RgExclusionStatus = {
  /** In force: play, deposits, bonuses and marketing are closed. */
  IN_FORCE: 'IN_FORCE',
  /** A self-exclusion past its chosen length: still in force until the player asks to return. */
  MINIMUM_REACHED: 'MINIMUM_REACHED',
  /** The player asked to return: still in force until the cooling-off ends. */
  COOLING_OFF: 'COOLING_OFF',
  /** Over: a time-out at its end, a self-exclusion after the return request and cooling-off. */
  ENDED: 'ENDED',
} as const;
/** One exclusion status. */
export type RgExclusionStatus = (typeof RgExclusionStatus)[keyof typeof RgExclusionStatus];

/** What became of the player's cash balance when a self-exclusion started. */
export const RgBalanceReturn = {
  PAYOUT_REQUESTED: 'PAYOUT_REQUESTED',
  /** No instrument able to receive a payout: the balance waits for the player to name one. */
  AWAITING_INSTRUMENT: 'AWAITING_INSTRUMENT',
  NO_BALANCE: 'NO_BALANCE',
} as const;
/** One balance outcome. */
export type RgBalanceReturn = (typeof RgBalanceReturn)[keyof typeof RgBalanceReturn];

/** What the exclusion workflow starts with: ids and dates only, no personal data. */
export interface RgExclusionInput {
  exclusionId: string;
  playerId: string;
  kind: RgExclusionKind;
  /** ISO time the exclusion reaches its chosen end (a time-out ends then; a self-exclusion may be left then). */
  endsAt: string;
  /** The player's id, or the staff id of the agent who asked on the player's behalf. */
  requestedBy: string;
  /** The same person's accounts on the operator's other brands that a self-exclusion covers too. */
  coveredPlayerIds: string[];
}

/** An exclusion's live state (the getStatus query). */
export interface RgExclusionWorkflowStatus {
  exclusionId: string;
  playerId: string;
  kind: RgExclusionKind;
  status: RgExclusionStatus;
  endsAt: string;
  /** The accounts the exclusion covers (the player's own first), across the operator's brands. */
  coveredPlayerIds: string[];
  minimumReachedAt: string | null;
  returnRequestedAt: string | null;
  returnsAt: string | null;
  endedAt: string | null;
  /** The steps done so far, in order (sessions ended, marketing suppressed, bonus forfeited, balance returned). */
  steps: string[];
}

/** The error types of the exclusion workflow's Update (a return request refused). */
export const RgExclusionErrorType = {
  /** A time-out ends by itself; only a self-exclusion is left by asking. */
  NOT_A_SELF_EXCLUSION: 'RG_NOT_A_SELF_EXCLUSION',
  /** The chosen length has not passed yet. */
  MINIMUM_NOT_REACHED: 'RG_EXCLUSION_MINIMUM_NOT_REACHED',
  /** The return was asked for already, or the exclusion is over. */
  RETURN_ALREADY_REQUESTED: 'RG_RETURN_ALREADY_REQUESTED',
} as const;
/** One exclusion error type. */
export type RgExclusionErrorType = (typeof RgExclusionErrorType)[keyof typeof RgExclusionErrorType];

/** A national scheme's answer, in our words: GAMSTOP's Y is LISTED, N NOT_LISTED, P PREVIOUSLY_LISTED. */
export const SchemeAnswer = {
  LISTED: 'LISTED',
  NOT_LISTED: 'NOT_LISTED',
  PREVIOUSLY_LISTED: 'PREVIOUSLY_LISTED',
  /** No answer after the bounded retries: registration and deposits fail closed, marketing is not sent. */
  UNAVAILABLE: 'UNAVAILABLE',
} as const;
/** One scheme answer. */
export type SchemeAnswer = (typeof SchemeAnswer)[keyof typeof SchemeAnswer];
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
