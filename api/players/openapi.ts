import { deviceHeader } from './player-devices';
import { schemeRefusalStatus } from '../rg/scheme-refusals';
import { NOT_FOUND, Tag, type DomainOpenApi } from '../openapi/operation-spec';
import { playerRegistrationSchema } from '../../domain/wallet/players';
import { pageQuery, playerListQuery, statusBody } from './back-office-players-router';
import { PlayerAuthCode } from './player-authentication';
import { playerIdParam } from './player-router';
import {
  playerLedgerPageSchema,
  playerListPageSchema,
  playerOverviewSchema,
  playerSchema,
  playerWithWalletSchema,
  revealedPersonalDataSchema,
} from './response-schemas';

const backOfficeTag = 'Back office: players';

/** Players: registration and reading in the player API; the player 360, ledger and status changes in the back office. */
export const playersOpenApi: DomainOpenApi = {
  tags: [{ name: backOfficeTag, description: 'The players list, the player 360, personal data and status changes.' }],
  requestSchemas: [
    [playerRegistrationSchema, 'PlayerRegistration'],
    [statusBody, 'PlayerStatusChange'],
  ],
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
        'jurisdiction without rules of its own). Personal data (name, email, E.164 phone, address) is optional and is ' +
        "stored encrypted per field. The player is the bearer token's subject from then on; a subject registers once: " +
        'a second registration answers 409 `SUBJECT_ALREADY_REGISTERED` naming the player it is. Where the ' +
        'jurisdiction has a national self-exclusion scheme (`nationalScheme`: GAMSTOP, Spelpaus, OASIS) the person ' +
        'is looked up first: listed answers 403 `NATIONALLY_EXCLUDED`; a scheme that does not answer (after bounded ' +
        'retries) answers 503 `NATIONAL_SCHEME_UNAVAILABLE` with `Retry-After` (fail closed: nothing was written).',
      caller: 'registering player',
      headers: deviceHeader,
      body: playerRegistrationSchema,
      success: { status: 201, description: 'Registered; `Location` names the player.', schema: playerSchema },
      errors: { [PlayerAuthCode.SubjectAlreadyRegistered]: 409, ...schemeRefusalStatus },
    },
    {
      method: 'get',
      path: '/player/v1/players/me',
      operationId: 'getMyPlayer',
      tag: Tag.PlayerApi,
      summary: 'Read the authenticated player with their wallet',
      description: 'The player the bearer token is, without knowing their id.',
      caller: 'player',
      success: { status: 200, description: 'The player and their balances.', schema: playerWithWalletSchema },
    },
    {
      method: 'get',
      path: '/player/v1/players/:playerId',
      operationId: 'getPlayer',
      tag: Tag.PlayerApi,
      summary: 'Read a player with their wallet',
      description: "The token's own player only: any other id answers 404, as an unknown one does.",
      caller: 'player',
      params: playerIdParam,
      success: { status: 200, description: 'The player and their balances.', schema: playerWithWalletSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'get',
      path: '/api/players',
      operationId: 'listPlayers',
      tag: backOfficeTag,
      summary: 'Find players',
      description:
        'Search by player id, email or name (exact match through blind indexes: no clear text is stored), filter by ' +
        'status, brand and jurisdiction; newest first, one page after another by `cursor`. Personal data is masked.',
      caller: 'staff',
      query: playerListQuery,
      success: { status: 200, description: 'One page of players.', schema: playerListPageSchema },
    },
    {
      method: 'get',
      path: '/api/players/:playerId/personal-data',
      operationId: 'revealPlayerPersonalData',
      tag: backOfficeTag,
      summary: "Reveal a player's personal data",
      description:
        'The personal data unmasked, for roles that may read it; every reading is written to the audit log ' +
        '(`player.personal_data.read`: who, whose, when, which fields).',
      caller: 'staff',
      params: playerIdParam,
      success: { status: 200, description: 'The personal data in clear.', schema: revealedPersonalDataSchema },
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
      success: { status: 200, description: 'Profile, balances and workflows.', schema: playerOverviewSchema },
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
      success: { status: 200, description: 'One page of postings.', schema: playerLedgerPageSchema },
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
      success: { status: 200, description: 'The player after the change.', schema: playerSchema },
      errors: NOT_FOUND,
    },
  ],
};
