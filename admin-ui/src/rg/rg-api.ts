import { api, ApiProblemError, resultOf } from '../api/http';
import type { components, operations } from '../api/openapi-types';

// Responsible gambling in the back office, through the generated client: a player's RG standing (limits,
// exclusions and scheme checks, harm score, restrictions, interactions, vulnerability checks), the actions staff
// take for the player, and the RG officer's intervention queue.

type Schemas = components['schemas'];
export type RgLimits = Schemas['BackOfficeRgLimits'];
export type RgLimitKind = Schemas['RgLimitInForce']['kind'];
export type RgLimitPeriod = Schemas['RgLimitInForce']['period'];
export type RgPlayerExclusions = Schemas['RgPlayerExclusions'];
export type RgExclusion = Schemas['RgExclusion'];
export type RgHarmScore = Schemas['RgHarmScore'];
export type RgRestrictionList = Schemas['RgRestrictionList'];
export type RgRestriction = Schemas['RgRestriction'];
export type RgRestrictionKind = RgRestriction['kind'];
export type RgInteraction = Schemas['RgInteraction'];
export type RgVulnerabilityCheck = Schemas['RgVulnerabilityCheckList']['items'][number];
export type RgInterventionSummary = Schemas['RgInterventionSummary'];
export type RgInterventionDetail = Schemas['RgInterventionDetail'];
export type RgInterventionQuery = NonNullable<operations['listRgInterventions']['parameters']['query']>;
export type RgLogInteractionRequest = Schemas['RgLogInteractionRequest'];
export type RgStaffExclusionRequest = Schemas['RgStaffExclusionRequest'];
export type RgInterventionOutcome = Schemas['RgInterventionResolveRequest']['outcome'];

/**
 * The answer, or `null` when the API has no such resource (404): a part of the RG domain that is not deployed yet,
 * or a player without that record, shows as an empty state instead of an error.
 */
async function orNullOn404<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (err) {
    if (err instanceof ApiProblemError && err.status === 404) return null;
    throw err;
  }
}

const player = (playerId: string) => ({ params: { path: { playerId } } });

/** Query keys, so an action refreshes what it changed. */
export const rgKeys = {
  player: (playerId: string) => ['rg', 'player', playerId] as const,
  part: (playerId: string, part: string) => ['rg', 'player', playerId, part] as const,
  interventions: ['rg', 'interventions'] as const,
  intervention: (playerId: string, n: number) => ['rg', 'interventions', playerId, n] as const,
};

/** A player's limits in force, pending increases and the history of changes. */
export const getRgLimits = (playerId: string, signal?: AbortSignal) =>
  orNullOn404(resultOf(api.GET('/api/players/{playerId}/rg/limits', { ...player(playerId), signal })));

/** A player's time-outs and self-exclusions, and the national scheme checks made for them. */
export const getRgExclusions = (playerId: string, signal?: AbortSignal) =>
  orNullOn404(resultOf(api.GET('/api/players/{playerId}/rg/exclusions', { ...player(playerId), signal })));

/** The harm score with each marker's contribution and explanation. */
export const getRgHarmScore = (playerId: string, signal?: AbortSignal) =>
  orNullOn404(resultOf(api.GET('/api/players/{playerId}/rg/harm', { ...player(playerId), signal })));

/** Every restriction, in force or not, and the kinds in force. */
export const getRgRestrictions = (playerId: string, signal?: AbortSignal) =>
  orNullOn404(resultOf(api.GET('/api/players/{playerId}/rg/restrictions', { ...player(playerId), signal })));

/** The RG interactions logged about the player. */
export const getRgInteractions = (playerId: string, signal?: AbortSignal) =>
  orNullOn404(resultOf(api.GET('/api/players/{playerId}/rg/interactions', { ...player(playerId), signal })));

/** The financial vulnerability checks run for the player. */
export const getRgVulnerabilityChecks = (playerId: string, signal?: AbortSignal) =>
  orNullOn404(resultOf(api.GET('/api/players/{playerId}/rg/vulnerability-checks', { ...player(playerId), signal })));

/** What staff do for a player, each with a reason the API audits. */
export const rgPlayerActions = {
  applyRestriction: (playerId: string, body: Schemas['RgApplyRestrictionRequest']) =>
    resultOf(api.POST('/api/players/{playerId}/rg/restrictions', { ...player(playerId), body })),
  liftRestriction: (playerId: string, restrictionId: string, reason: string) =>
    resultOf(
      api.POST('/api/players/{playerId}/rg/restrictions/{restrictionId}/lift', {
        params: { path: { playerId, restrictionId } },
        body: { reason },
      }),
    ),
  logInteraction: (playerId: string, body: RgLogInteractionRequest) =>
    resultOf(api.POST('/api/players/{playerId}/rg/interactions', { ...player(playerId), body })),
  decreaseLimit: (playerId: string, kind: RgLimitKind, period: RgLimitPeriod, amount: number, reason: string) =>
    resultOf(
      api.PUT('/api/players/{playerId}/rg/limits/{kind}/{period}', {
        params: { path: { playerId, kind, period } },
        body: { amount, reason },
      }),
    ),
  startExclusion: (playerId: string, body: RgStaffExclusionRequest) =>
    resultOf(api.POST('/api/players/{playerId}/rg/exclusions', { ...player(playerId), body })),
};

/** A page of the open interventions. */
export const listRgInterventions = (query: RgInterventionQuery, signal?: AbortSignal) =>
  resultOf(api.GET('/api/rg/interventions', { params: { query }, signal }));

/** One intervention with its timeline. */
export const getRgIntervention = (playerId: string, n: number, signal?: AbortSignal) =>
  resultOf(api.GET('/api/rg/interventions/{playerId}/{n}', { params: { path: { playerId, n } }, signal }));

const intervention = (playerId: string, n: number) => ({ params: { path: { playerId, n } } });

/** The RG officer's actions on an intervention. */
export const interventionActions = {
  claim: (playerId: string, n: number) =>
    resultOf(api.POST('/api/rg/interventions/{playerId}/{n}/claim', intervention(playerId, n))),
  logInteraction: (playerId: string, n: number, body: Schemas['RgInterventionInteractionRequest']) =>
    resultOf(api.POST('/api/rg/interventions/{playerId}/{n}/interactions', { ...intervention(playerId, n), body })),
  escalate: (playerId: string, n: number, reason: string) =>
    resultOf(
      api.POST('/api/rg/interventions/{playerId}/{n}/escalate', { ...intervention(playerId, n), body: { reason } }),
    ),
  resolve: (playerId: string, n: number, outcome: RgInterventionOutcome, reason: string) =>
    resultOf(
      api.POST('/api/rg/interventions/{playerId}/{n}/resolve', {
        ...intervention(playerId, n),
        body: { outcome, reason },
      }),
    ),
};

/** How many of a player's interventions the player 360 reads at most (the newest matter; the queue has the rest). */
const PLAYER_INTERVENTIONS_READ = 20;

/**
 * A player's interventions, oldest first: they are numbered 1, 2, ... per player (`rg:intervention:<playerId>:<n>`),
 * so the panel reads them in turn until the first number that does not exist. The API has no per-player list yet.
 */
export async function listPlayerInterventions(playerId: string, signal?: AbortSignal): Promise<RgInterventionDetail[]> {
  const found: RgInterventionDetail[] = [];
  for (let n = 1; n <= PLAYER_INTERVENTIONS_READ; n += 1) {
    const one = await orNullOn404(getRgIntervention(playerId, n, signal));
    if (!one) break;
    found.push(one);
  }
  return found;
}
