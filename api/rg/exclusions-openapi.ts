import { realityCheckSettingSchema } from '../../domain/rg/reality-checks';
import { selfExclusionRequestSchema, timeOutRequestSchema } from '../../domain/rg/exclusions/exclusions';
import { codesOf, NOT_FOUND, Tag, type DomainOpenApi } from '../openapi/operation-spec';
import { playerIdParam } from '../players/player-router';
import { exclusionRefusalStatus } from './exclusion-problems';
import { staffExclusionBody } from './exclusions-router';
import {
  rgExclusionListSchema,
  rgExclusionReturnSchema,
  rgExclusionStartedSchema,
  rgPlayerExclusionsSchema,
  rgRealityCheckSchema,
  rgSchemeCheckListSchema,
} from './exclusions-response-schemas';
import { exclusionIdParam } from './player-exclusions-router';

const exclusionsTag = 'Back office: responsible gambling, exclusions';

const inForceAtOnce =
  'In force at once (bets, deposits and bonus take-up are refused from this answer on; withdrawals stay open); ' +
  'its workflow `rg:exclusion:<exclusionId>` then ends the game sessions and suppresses marketing';
const selfExclusionSteps =
  "; a self-exclusion also covers the same person's accounts on the operator's other brands (same email, or same " +
  'name and date of birth), forfeits bonus money where the policy says so (`forfeitBonusOnSelfExclusion`) and pays ' +
  'the cash balance out to the instrument last deposited with (or waits for the player to name one: ' +
  '`balanceReturn` AWAITING_INSTRUMENT). At its end it does not reopen: the player must ask to return, and the ' +
  "jurisdiction's cooling-off (`selfExclusionReturnCoolingOffHours`) runs first.";

const startRefusals = codesOf(exclusionRefusalStatus, 'RG_ALREADY_EXCLUDED', 'RG_SELF_EXCLUSION_TOO_SHORT');

/** The exclusion and reality-check routes (player API and back office), one part of the RG domain's document. */
export const rgExclusionsOpenApi: DomainOpenApi = {
  tags: [
    {
      name: exclusionsTag,
      description:
        "A player's time-outs and self-exclusions with the national scheme checks (GAMSTOP, Spelpaus, OASIS) made " +
        "at registration, before deposits and before marketing; an exclusion started on the player's behalf.",
    },
  ],
  requestSchemas: [
    [timeOutRequestSchema, 'RgTimeOutRequest'],
    [selfExclusionRequestSchema, 'RgSelfExclusionRequest'],
    [staffExclusionBody, 'RgStaffExclusionRequest'],
    [realityCheckSettingSchema, 'RgRealityCheckSetting'],
  ],
  operations: [
    {
      method: 'post',
      path: '/player/v1/rg/time-outs',
      operationId: 'takeRgTimeOut',
      tag: Tag.PlayerApi,
      summary: 'Take a time-out (24 hours to 6 weeks)',
      description: `${inForceAtOnce}. It ends by itself at \`endsAt\`.`,
      caller: 'player',
      body: timeOutRequestSchema,
      success: { status: 201, description: 'In force.', schema: rgExclusionStartedSchema },
      errors: codesOf(exclusionRefusalStatus, 'RG_ALREADY_EXCLUDED'),
    },
    {
      method: 'post',
      path: '/player/v1/rg/self-exclusions',
      operationId: 'selfExclude',
      tag: Tag.PlayerApi,
      summary: 'Self-exclude for at least the months chosen',
      description: `${inForceAtOnce}${selfExclusionSteps} Shorter than the jurisdiction's minimum (\`minimumSelfExclusionMonths\`) is a 422.`,
      caller: 'player',
      body: selfExclusionRequestSchema,
      success: { status: 201, description: 'In force.', schema: rgExclusionStartedSchema },
      errors: startRefusals,
    },
    {
      method: 'post',
      path: '/player/v1/rg/self-exclusions/:exclusionId/return-request',
      operationId: 'requestRgExclusionReturn',
      tag: Tag.PlayerApi,
      summary: 'Ask to return after a self-exclusion',
      description:
        'Only once its chosen length has passed (409 `RG_EXCLUSION_MINIMUM_NOT_REACHED` before), once (409 ' +
        '`RG_RETURN_ALREADY_REQUESTED`), and not for a time-out (409 `RG_NOT_A_SELF_EXCLUSION`). The exclusion ends ' +
        "when the jurisdiction's cooling-off has passed (`returnsAt`); until then it stays in force.",
      caller: 'player',
      params: exclusionIdParam,
      success: { status: 202, description: 'Asked; it ends at `returnsAt`.', schema: rgExclusionReturnSchema },
      errors: {
        ...NOT_FOUND,
        ...codesOf(
          exclusionRefusalStatus,
          'RG_NOT_A_SELF_EXCLUSION',
          'RG_EXCLUSION_MINIMUM_NOT_REACHED',
          'RG_RETURN_ALREADY_REQUESTED',
        ),
      },
    },
    {
      method: 'get',
      path: '/player/v1/rg/exclusions',
      operationId: 'listMyRgExclusions',
      tag: Tag.PlayerApi,
      summary: "The player's time-outs and self-exclusions, newest first",
      caller: 'player',
      success: { status: 200, description: 'Newest first.', schema: rgExclusionListSchema },
    },
    {
      method: 'put',
      path: '/player/v1/rg/reality-check',
      operationId: 'setRgRealityCheck',
      tag: Tag.PlayerApi,
      summary: 'Set the reality-check interval',
      description: 'A reminder every `intervalMinutes` of a game session; answers the reality check now.',
      caller: 'player',
      body: realityCheckSettingSchema,
      success: { status: 200, description: 'Set.', schema: rgRealityCheckSchema },
    },
    {
      method: 'get',
      path: '/player/v1/rg/reality-check',
      operationId: 'getRgRealityCheck',
      tag: Tag.PlayerApi,
      summary: 'When the next reminder is due and what the session has cost',
      description:
        'For the most recently active open game session: minutes played, when the next reminder is due (every ' +
        'interval from the session opening), and what was staked (net of rollbacks) and won since it opened, from ' +
        'the ledger, in minor units.',
      caller: 'player',
      success: { status: 200, description: 'The reality check.', schema: rgRealityCheckSchema },
    },
    {
      method: 'get',
      path: '/api/players/:playerId/rg/exclusions',
      operationId: 'listRgPlayerExclusions',
      tag: exclusionsTag,
      summary: "A player's exclusions with the national scheme checks",
      caller: 'staff',
      params: playerIdParam,
      success: { status: 200, description: 'Newest first.', schema: rgPlayerExclusionsSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'post',
      path: '/api/players/:playerId/rg/exclusions',
      operationId: 'startRgExclusionForPlayer',
      tag: exclusionsTag,
      summary: "Start a time-out or self-exclusion on the player's behalf",
      description: `Customer support or an RG officer, when the player asks them; the reason is required and audited. ${inForceAtOnce}${selfExclusionSteps}`,
      caller: 'staff',
      params: playerIdParam,
      body: staffExclusionBody,
      success: { status: 201, description: 'In force.', schema: rgExclusionStartedSchema },
      errors: { ...startRefusals, ...codesOf(exclusionRefusalStatus, 'UNKNOWN_PLAYER') },
    },
    {
      method: 'get',
      path: '/api/players/:playerId/rg/scheme-checks',
      operationId: 'listRgSchemeChecks',
      tag: exclusionsTag,
      summary: "A player's national scheme checks, newest first",
      description:
        'Each look-up: scheme, purpose (registration, deposit, marketing), answer, tries, latency and the last ' +
        'error when the scheme did not answer.',
      caller: 'staff',
      params: playerIdParam,
      success: { status: 200, description: 'Newest first.', schema: rgSchemeCheckListSchema },
      errors: NOT_FOUND,
    },
  ],
};
