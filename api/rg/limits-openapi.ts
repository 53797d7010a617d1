import { codesOf, NOT_FOUND, Tag, type DomainOpenApi } from '../openapi/operation-spec';
import { RgLimitErrorType } from '../../contracts/rg';
import {
  limitChangeParams,
  limitPathParams,
  playerLimitBody,
  playerLimitPathParams,
  rgLimitErrorStatus,
  staffLimitDecreaseBody,
} from './limits-router';
import { playerIdParam } from '../players/player-router';
import {
  backOfficeRgLimitsSchema,
  playerRgLimitsSchema,
  rgLimitChangeOutcomeSchema,
  rgLimitChangeStateSchema,
  rgLimitDecreaseSchema,
} from './limits-response-schemas';

// The OpenAPI part of responsible-gambling limits (issue 16, item 1). The RG domain's module lists it.

const backOfficeTag = 'Back office: responsible gambling';

/** The routes of limits: the player's own, and the back office's view and decreases. */
export const rgLimitsOpenApi: DomainOpenApi = {
  tags: [
    {
      name: backOfficeTag,
      description: 'Responsible gambling: limits and their history, exclusions, restrictions, interventions.',
    },
  ],
  requestSchemas: [
    [playerLimitBody, 'RgPlayerLimit'],
    [staffLimitDecreaseBody, 'RgStaffLimitDecrease'],
  ],
  operations: [
    {
      method: 'get',
      path: '/player/v1/rg/limits',
      operationId: 'getMyRgLimits',
      tag: Tag.PlayerApi,
      summary: 'Read my limits',
      description:
        'Deposit, loss and wager limits per rolling 24 hours, 7 days and 30 days, and the session-time limit; what ' +
        'is left in each window; increases waiting out their cooling-off, with when they take effect.',
      caller: 'player',
      success: { status: 200, description: 'The limits.', schema: playerRgLimitsSchema },
    },
    {
      method: 'put',
      path: '/player/v1/rg/limits/:kind/:period',
      operationId: 'setMyRgLimit',
      tag: Tag.PlayerApi,
      summary: 'Set, change or remove one of my limits',
      description:
        'A first limit or a lower one applies at once (200) and cancels a pending increase of the same limit. A ' +
        'higher one, or a removal (amount null), waits the cooling-off of the player’s jurisdiction (24 hours in ' +
        'GB, RTS 12) and, where the jurisdiction asks, the player’s confirmation after it (202). SESSION_TIME is ' +
        'per SESSION, in minutes; the money limits per DAY, WEEK or MONTH.',
      caller: 'player',
      params: limitPathParams,
      body: playerLimitBody,
      success: {
        status: 200,
        description: 'Applied at once, or nothing to change.',
        schema: rgLimitChangeOutcomeSchema,
      },
      otherAnswers: [
        { status: 202, description: 'Pending: the change waits its cooling-off.', schema: rgLimitChangeOutcomeSchema },
      ],
      errors: codesOf(rgLimitErrorStatus, RgLimitErrorType.PERIOD_NOT_OF_KIND),
    },
    {
      method: 'post',
      path: '/player/v1/rg/limit-changes/:changeId/confirm',
      operationId: 'confirmMyRgLimitChange',
      tag: Tag.PlayerApi,
      summary: 'Confirm a limit increase after its cooling-off',
      description:
        'Where the jurisdiction asks, an increase applies only when the player confirms it after the cooling-off, ' +
        'within 7 days; it then applies at once.',
      caller: 'player',
      params: limitChangeParams,
      bodyOptional: true,
      success: { status: 200, description: 'The change, applied.', schema: rgLimitChangeStateSchema },
      errors: {
        ...NOT_FOUND,
        ...codesOf(rgLimitErrorStatus, RgLimitErrorType.NOT_CONFIRMABLE_YET, RgLimitErrorType.NOT_PENDING),
      },
    },
    {
      method: 'get',
      path: '/api/players/:playerId/rg/limits',
      operationId: 'getPlayerRgLimits',
      tag: backOfficeTag,
      summary: "A player's limits and their history",
      description:
        'Limits in force with what is left of each window, pending increases with their countdown, every change ' +
        'that applied (who, when, why, from, to) and the changes that did not (cancelled, expired).',
      caller: 'staff',
      params: playerIdParam,
      success: { status: 200, description: 'The limits.', schema: backOfficeRgLimitsSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'put',
      path: '/api/players/:playerId/rg/limits/:kind/:period',
      operationId: 'decreasePlayerRgLimit',
      tag: backOfficeTag,
      summary: "Lower a player's limit on their behalf",
      description:
        'Applies at once, cancels a pending increase of the same limit; a first limit when none is set. Never ' +
        'raises one (increases are the player’s own). Audited, accepted or refused.',
      caller: 'staff',
      params: playerLimitPathParams,
      body: staffLimitDecreaseBody,
      success: { status: 200, description: 'The limit before and after.', schema: rgLimitDecreaseSchema },
      errors: {
        ...NOT_FOUND,
        ...codesOf(rgLimitErrorStatus, RgLimitErrorType.PERIOD_NOT_OF_KIND, RgLimitErrorType.NOT_A_DECREASE),
      },
    },
  ],
};
