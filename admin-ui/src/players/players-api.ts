import { api, resultOf } from '../api/http';
import type { components } from '../api/openapi-types';

// The players domain's calls: the player 360, the ledger, status changes. The types are the OpenAPI document's
// (generated into openapi-types.ts).

type Schemas = components['schemas'];

/* -------------------------------------------------------------------------------------- players */

/** Everything the player 360 screen shows at the top. */
export type PlayerOverview = Schemas['PlayerOverview'];

/** A player's profile; in the player 360 its dateOfBirth is masked ('****-**-**'), as all personal data is. */
export type PlayerProfile = Schemas['Player'];

/** Name, email, phone and address, masked wherever they are listed. */
export type PersonalData = Schemas['PersonalData'];

/** The personal data in clear, with the date of birth: each reading is written to the audit log. */
export type RevealedPersonalData = Schemas['RevealedPersonalData'];

/** Reveals a player's personal data (roles that may read it only); the API audits every call. */
export function revealPersonalData(playerId: string): Promise<RevealedPersonalData> {
  return resultOf(api.GET('/api/players/{playerId}/personal-data', { params: { path: { playerId } } }));
}

/** One player as the players list shows them (personal data masked). */
export type ListedPlayer = Schemas['PlayerListPage']['items'][number];

/** What the players list searches and filters by. */
export interface PlayerSearch {
  query?: string;
  status?: PlayerStatus;
  brand?: string;
  jurisdiction?: string;
}

/** One page of the players list, newest first; `nextCursor` asks for the page after it. */
export function listPlayers(
  search: PlayerSearch,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<Schemas['PlayerListPage']> {
  return resultOf(api.GET('/api/players', { params: { query: { ...search, cursor, limit: 50 } }, signal }));
}

/** A Temporal workflow that concerns the player. */
export type PlayerWorkflow = NonNullable<PlayerOverview['workflows']>[number];

export function getPlayerOverview(playerId: string, signal?: AbortSignal): Promise<PlayerOverview> {
  return resultOf(api.GET('/api/players/{playerId}/overview', { params: { path: { playerId } }, signal }));
}

/** One ledger transaction as it moved the player's own accounts (`amountMinor` is the net change). */
export type PlayerLedgerEntry = Schemas['PlayerLedgerPage']['items'][number];

export function getPlayerLedger(
  playerId: string,
  page: { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<Schemas['PlayerLedgerPage']> {
  return resultOf(api.GET('/api/players/{playerId}/ledger', { params: { path: { playerId }, query: page }, signal }));
}

/** Player statuses the back office may set. */
export const PLAYER_STATUSES = ['ACTIVE', 'BLOCKED', 'SELF_EXCLUDED', 'CLOSED'] as const satisfies PlayerStatus[];
export type PlayerStatus = Schemas['PlayerStatusChange']['status'];

/** Sets a player's status; the reason goes into the audit log with the status before and after. */
export function setPlayerStatus(playerId: string, status: PlayerStatus, reason: string): Promise<PlayerProfile> {
  return resultOf(
    api.PUT('/api/players/{playerId}/status', { params: { path: { playerId } }, body: { status, reason } }),
  );
}
