import { NOT_FOUND, Tag, type DomainOpenApi } from '../openapi/operation-spec';
import {
  string,
  dateTime,
  integer,
  minor,
  ref,
  object,
  page,
  workflowExecutionStatus,
} from '../openapi/schema-helpers';
import { PlayerStatus, playerRegistrationSchema } from '../../domain/wallet/players';
import { pageQuery, statusBody } from './back-office-players-router';
import { playerIdParam } from './player-router';

const backOfficeTag = 'Back office: players';

const player = object({
  playerId: { type: 'string', pattern: '^pl_[0-9A-HJKMNP-TV-Z]{26}$' },
  brand: string,
  jurisdiction: string,
  currency: ref('Currency'),
  dateOfBirth: { type: 'string', format: 'date' },
  status: { type: 'string', enum: Object.values(PlayerStatus) },
  createdAt: dateTime,
});

/** Players: registration and reading in the player API; the player 360, ledger and status changes in the back office. */
export const playersOpenApi: DomainOpenApi = {
  tags: [{ name: backOfficeTag, description: 'The player 360 and status changes.' }],
  requestSchemas: [
    [playerRegistrationSchema, 'PlayerRegistration'],
    [statusBody, 'PlayerStatusChange'],
  ],
  responseSchemas: {
    Player: player,
    PlayerWithWallet: {
      allOf: [ref('Player'), object({ wallet: { anyOf: [ref('WalletBalance'), { type: 'null' }] } })],
    },
    PlayerOverview: object(
      {
        player: ref('Player'),
        balances: object({ cashMinor: minor, bonusMinor: minor, pendingMinor: minor, currency: ref('Currency') }),
        workflows: {
          type: 'array',
          items: object({
            workflowId: string,
            type: string,
            status: workflowExecutionStatus,
            startTime: dateTime,
            temporalWebUrl: { type: 'string', format: 'uri' },
          }),
        },
      },
      "The player 360: profile (date of birth masked without the right to personal data), balances, and the player's " +
        'latest workflows from Temporal visibility.',
    ),
    PlayerLedgerPage: page(
      object({
        transactionId: integer,
        kind: { type: 'string', description: 'The ledger transaction kind (DEPOSIT, BET, WIN, ...).' },
        createdAt: dateTime,
        amountMinor: { ...minor, description: "The net change across the player's own accounts." },
        postings: {
          type: 'array',
          items: object({ accountKind: string, amountMinor: minor }),
        },
      }),
      "The player's ledger transactions, newest first, each with its postings on the player's accounts.",
    ),
  },
  operations: [
    {
      method: 'post',
      path: '/player/v1/players',
      operationId: 'registerPlayer',
      tag: Tag.PlayerApi,
      summary: 'Register a player',
      description:
        'Opens the cash, bonus and withdrawal-pending accounts in the currency given. The player must have reached ' +
        "the minimum age of their jurisdiction (`minimumAgeYears` in `GET /api/jurisdictions`; the default's for a " +
        'jurisdiction without rules of its own).',
      caller: 'anyone',
      body: playerRegistrationSchema,
      success: { status: 201, description: 'Registered; `Location` names the player.', schema: 'Player' },
    },
    {
      method: 'get',
      path: '/player/v1/players/:playerId',
      operationId: 'getPlayer',
      tag: Tag.PlayerApi,
      summary: 'Read a player with their wallet',
      caller: 'anyone',
      params: playerIdParam,
      success: { status: 200, description: 'The player and their balances.', schema: 'PlayerWithWallet' },
      errors: NOT_FOUND,
    },
    {
      method: 'get',
      path: '/api/players/:playerId/overview',
      operationId: 'getPlayerOverview',
      tag: backOfficeTag,
      summary: 'Player 360',
      caller: 'staff',
      params: playerIdParam,
      success: { status: 200, description: 'Profile, balances and workflows.', schema: 'PlayerOverview' },
      errors: NOT_FOUND,
    },
    {
      method: 'get',
      path: '/api/players/:playerId/ledger',
      operationId: 'getPlayerLedger',
      tag: backOfficeTag,
      summary: "A player's ledger",
      caller: 'staff',
      params: playerIdParam,
      query: pageQuery,
      success: { status: 200, description: 'One page of postings.', schema: 'PlayerLedgerPage' },
      errors: NOT_FOUND,
    },
    {
      method: 'put',
      path: '/api/players/:playerId/status',
      operationId: 'setPlayerStatus',
      tag: backOfficeTag,
      summary: "Change a player's status",
      description: 'Block, unblock, self-exclude or close; audited with the status before and after.',
      caller: 'staff',
      params: playerIdParam,
      body: statusBody,
      success: { status: 200, description: 'The player after the change.', schema: 'Player' },
      errors: NOT_FOUND,
    },
  ],
};
