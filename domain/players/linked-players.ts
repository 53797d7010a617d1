// PLACEHOLDER (owned by aml-context)
import type { Queryable } from '../../platform/db';

/** Another player sharing a device, an address or a payment instrument with a player. */
export interface LinkedPlayer {
  playerId: string;
  sharedDevice: boolean;
  sharedAddress: boolean;
  sharedInstrument: boolean;
}

/** How many other players share a device, an address or a payment instrument with the player. */
export async function linkedPlayerCounts(
  _db: Queryable,
  _playerId: string,
): Promise<{ byDevice: number; byAddress: number; byInstrument: number }> {
  return { byDevice: 0, byAddress: 0, byInstrument: 0 };
}

/** The other players sharing a device, an address or a payment instrument with the player. */
export async function linkedPlayersOf(_db: Queryable, _playerId: string): Promise<LinkedPlayer[]> {
  return [];
}
