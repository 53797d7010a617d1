import { RgInterventionErrorType } from '../../contracts/rg';
import { codesOf, NOT_FOUND, type DomainOpenApi, type OperationSpec } from '../openapi/operation-spec';
import { playerIdParam } from '../players/player-router';
import {
  rgHarmScoreSchema,
  rgInteractionCreatedSchema,
  rgInteractionListSchema,
  rgInterventionDetailSchema,
  rgInterventionPageSchema,
  rgInterventionStateSchema,
  rgRestrictionChangeSchema,
  rgRestrictionListSchema,
  rgVulnerabilityCheckListSchema,
} from './harm-response-schemas';
import {
  interventionInteractionBody,
  interventionParams,
  interventionQueueQuery,
  interventionReasonBody,
  interventionResolveBody,
  rgInterventionRefusalStatus,
} from './interventions-router';
import {
  applyRestrictionBody,
  liftRestrictionBody,
  logInteractionBody,
  RESTRICTION_NOT_IN_FORCE,
  restrictionParams,
} from './restrictions-router';

const tag = 'Back office: responsible gambling (harm)';
type Refusal = (typeof RgInterventionErrorType)[keyof typeof RgInterventionErrorType];
const refusals = (...codes: Refusal[]) => ({ ...NOT_FOUND, ...codesOf(rgInterventionRefusalStatus, ...codes) });
const WORK: Refusal[] = [
  RgInterventionErrorType.NotAnOfficer,
  RgInterventionErrorType.NotOpen,
  RgInterventionErrorType.NotYours,
];

const action = (
  path: string,
  operationId: string,
  summary: string,
  body: OperationSpec['body'],
  errors: Refusal[],
): OperationSpec => ({
  method: 'post',
  path: `/api/rg/interventions/:playerId/:n/${path}`,
  operationId,
  tag,
  summary,
  description: `A Workflow Update on \`rg:intervention:{playerId}:{n}\`; accepted or refused, it is audited.`,
  caller: 'staff',
  params: interventionParams,
  ...(body ? { body } : { bodyOptional: true }),
  success: { status: 200, description: 'Accepted: the intervention after it.', schema: rgInterventionStateSchema },
  errors: refusals(...errors),
});

/** The RG harm routes (api/rg/interventions-router.ts, api/rg/restrictions-router.ts). */
export const rgHarmOpenApi: DomainOpenApi = {
  tags: [
    {
      name: tag,
      description:
        'Markers of harm and the interventions they start: a safer-gambling message (level 1), an RG officer task ' +
        'with an SLA (level 2), restrictions (level 3); strong indicators act at once. Restrictions, interactions ' +
        'with the player, the harm score with its contributions, and financial vulnerability checks.',
    },
  ],
  requestSchemas: [
    [interventionReasonBody, 'RgInterventionReasonRequest'],
    [interventionResolveBody, 'RgInterventionResolveRequest'],
    [interventionInteractionBody, 'RgInterventionInteractionRequest'],
    [applyRestrictionBody, 'RgApplyRestrictionRequest'],
    [liftRestrictionBody, 'RgLiftRestrictionRequest'],
    [logInteractionBody, 'RgLogInteractionRequest'],
  ],
  operations: [
    {
      method: 'get',
      path: '/api/rg/interventions',
      operationId: 'listRgInterventions',
      tag,
      summary: 'The RG officer queue',
      description: 'Open interventions with their level, score and SLA; the nearest SLA first by default.',
      caller: 'staff',
      query: interventionQueueQuery,
      success: { status: 200, description: 'A page of open interventions.', schema: rgInterventionPageSchema },
    },
    {
      method: 'get',
      path: '/api/rg/interventions/:playerId/:n',
      operationId: 'getRgIntervention',
      tag,
      summary: 'One intervention with its timeline',
      description: 'Every step with its level, actor and reason.',
      caller: 'staff',
      params: interventionParams,
      success: { status: 200, description: 'The intervention.', schema: rgInterventionDetailSchema },
      errors: NOT_FOUND,
    },
    action('claim', 'claimRgIntervention', 'Take the intervention', undefined, WORK),
    action(
      'interactions',
      'logRgInterventionInteraction',
      'Log an interaction with the player',
      interventionInteractionBody,
      WORK,
    ),
    action('escalate', 'escalateRgIntervention', 'Move it up a level, with a reason', interventionReasonBody, [
      ...WORK,
      RgInterventionErrorType.AlreadyAtTop,
    ]),
    action(
      'resolve',
      'resolveRgIntervention',
      'Resolve it with an outcome (after an interaction, from level 2)',
      interventionResolveBody,
      [...WORK, RgInterventionErrorType.NoInteraction],
    ),
    {
      method: 'get',
      path: '/api/players/:playerId/rg/harm',
      operationId: 'getPlayerHarmScore',
      tag,
      summary: "The player's harm score, its markers and their contributions",
      caller: 'staff',
      params: playerIdParam,
      success: { status: 200, description: 'The score.', schema: rgHarmScoreSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'get',
      path: '/api/players/:playerId/rg/restrictions',
      operationId: 'listPlayerRgRestrictions',
      tag,
      summary: "The player's restrictions, in force and past",
      caller: 'staff',
      params: playerIdParam,
      success: { status: 200, description: 'The restrictions.', schema: rgRestrictionListSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'post',
      path: '/api/players/:playerId/rg/restrictions',
      operationId: 'applyPlayerRgRestriction',
      tag,
      summary: 'Put a restriction on the player, with a reason',
      description: 'One officer restriction of a kind at a time: a second answers the first (200). Audited.',
      caller: 'staff',
      params: playerIdParam,
      body: applyRestrictionBody,
      success: { status: 201, description: 'Applied.', schema: rgRestrictionChangeSchema },
      otherAnswers: [{ status: 200, description: 'Already in force.', schema: rgRestrictionChangeSchema }],
      errors: NOT_FOUND,
    },
    {
      method: 'post',
      path: '/api/players/:playerId/rg/restrictions/:restrictionId/lift',
      operationId: 'liftPlayerRgRestriction',
      tag,
      summary: 'Lift a restriction, with a reason',
      description: 'Audited.',
      caller: 'staff',
      params: restrictionParams,
      body: liftRestrictionBody,
      success: { status: 200, description: 'Lifted.', schema: rgRestrictionChangeSchema },
      errors: { ...NOT_FOUND, [RESTRICTION_NOT_IN_FORCE]: 409 },
    },
    {
      method: 'get',
      path: '/api/players/:playerId/rg/interactions',
      operationId: 'listPlayerRgInteractions',
      tag,
      summary: "The player's RG interactions, newest first",
      caller: 'staff',
      params: playerIdParam,
      success: { status: 200, description: 'The interactions.', schema: rgInteractionListSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'post',
      path: '/api/players/:playerId/rg/interactions',
      operationId: 'logPlayerRgInteraction',
      tag,
      summary: 'Log an interaction (a contact about gambling is a marker of harm)',
      description: 'A contact flagged as a strong indicator starts restrictions at once. Audited.',
      caller: 'staff',
      params: playerIdParam,
      body: logInteractionBody,
      success: { status: 201, description: 'Logged.', schema: rgInteractionCreatedSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'get',
      path: '/api/players/:playerId/rg/vulnerability-checks',
      operationId: 'listPlayerVulnerabilityChecks',
      tag,
      summary: "The player's financial vulnerability checks",
      caller: 'staff',
      params: playerIdParam,
      success: { status: 200, description: 'The checks.', schema: rgVulnerabilityCheckListSchema },
      errors: NOT_FOUND,
    },
  ],
};
