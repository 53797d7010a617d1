import { request, toQueryString, type Page } from '../api/http';

// The players domain's calls: the player 360, the ledger, status changes.

/* -------------------------------------------------------------------------------------- players */

/** A player's profile; dateOfBirth is masked ('****-**-**') unless the officer may read personal data. */
export interface PlayerProfile {
  playerId: string;
  brand: string;
  jurisdiction: string;
  currency: string;
  status: string;
  createdAt: string;
  dateOfBirth: string;
}

/** A Temporal workflow that concerns the player. */
export interface PlayerWorkflow {
  workflowId: string;
  type: string;
  status: string;
  startTime: string;
  temporalWebUrl: string;
}

/** Everything the player 360 screen shows at the top. */
export interface PlayerOverview {
  player: PlayerProfile;
  balances: { cashMinor: number; bonusMinor: number; pendingMinor: number; currency: string };
  workflows: PlayerWorkflow[];
}

export function getPlayerOverview(playerId: string, signal?: AbortSignal): Promise<PlayerOverview> {
  return request<PlayerOverview>(`/api/players/${encodeURIComponent(playerId)}/overview`, { signal });
}

/** One ledger transaction as it moved the player's own accounts. */
export interface PlayerLedgerEntry {
  transactionId: number;
  kind: string;
  createdAt: string;
  /** Net change across the player's accounts. */
  amountMinor: number;
  postings: { accountKind: string; amountMinor: number }[];
}

export function getPlayerLedger(
  playerId: string,
  page: { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<Page<PlayerLedgerEntry>> {
  return request<Page<PlayerLedgerEntry>>(
    `/api/players/${encodeURIComponent(playerId)}/ledger${toQueryString({ ...page })}`,
    { signal },
  );
}

/** Player statuses the back office may set. */
export const PLAYER_STATUSES = ['ACTIVE', 'BLOCKED', 'SELF_EXCLUDED', 'CLOSED'] as const;
export type PlayerStatus = (typeof PLAYER_STATUSES)[number];

/** Sets a player's status; the reason goes into the audit log with the status before and after. */
export function setPlayerStatus(playerId: string, status: PlayerStatus, reason: string): Promise<unknown> {
  return request<unknown>(`/api/players/${encodeURIComponent(playerId)}/status`, {
    method: 'PUT',
    body: { status, reason },
  });
}
