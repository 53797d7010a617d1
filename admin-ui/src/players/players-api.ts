import { api, resultOf } from '../api/http';
import type { components } from '../api/openapi-types';

// The players domain's calls: the player 360, the ledger, status changes. The types are the OpenAPI document's
// (generated into openapi-types.ts).

type Schemas = components['schemas'];

/* -------------------------------------------------------------------------------------- players */

/** Everything the player 360 screen shows at the top. */
export type PlayerOverview = Schemas['PlayerOverview'];

/** A player's profile; dateOfBirth is masked ('****-**-**') unless the officer may read personal data. */
export type PlayerProfile = Schemas['Player'];

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
