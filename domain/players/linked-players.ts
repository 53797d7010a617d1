import type { PlayerStatus } from '../wallet/players';
import type { Queryable } from '../../platform/db';

/** How two players are linked: one device, one address (its blind index), or one payment instrument. */
export const LinkVia = { DEVICE: 'DEVICE', ADDRESS: 'ADDRESS', INSTRUMENT: 'INSTRUMENT' } as const;
/** One way two players are linked. */
export type LinkVia = (typeof LinkVia)[keyof typeof LinkVia];

/** Another player linked to a player, with every way they are linked and their status. */
export interface LinkedPlayer {
  playerId: string;
  brand: string;
  status: PlayerStatus;
  via: LinkVia[];
}

// One query per link kind, each a pair of index lookups (the player's own rows by primary key or player index, then
// the other players by the device hash, address index or instrument): the monitoring rules run them on every event.
const byDeviceSql = `
  SELECT DISTINCT o.player_id FROM player_devices mine
  JOIN player_devices o ON o.device_hash = mine.device_hash AND o.player_id <> mine.player_id
  WHERE mine.player_id = $1`;
const byAddressSql = `
  SELECT o.player_id FROM player_personal_data mine
  JOIN player_personal_data o ON o.address_index = mine.address_index AND o.player_id <> mine.player_id
  WHERE mine.player_id = $1`;
// An instrument links its owner (payment_instruments) and every player its token was tokenised for again
// (shared_instrument_uses, written by recordTokenisedInstrument).
const byInstrumentSql = `
  WITH mine AS (
    SELECT instrument_id FROM payment_instruments WHERE player_id = $1
    UNION SELECT instrument_id FROM shared_instrument_uses WHERE player_id = $1)
  SELECT i.player_id FROM payment_instruments i JOIN mine USING (instrument_id) WHERE i.player_id <> $1
  UNION SELECT s.player_id FROM shared_instrument_uses s JOIN mine USING (instrument_id) WHERE s.player_id <> $1`;

/** How many distinct OTHER players share a device, an address or a payment instrument with `playerId`. */
export async function linkedPlayerCounts(
  db: Queryable,
  playerId: string,
): Promise<{ byDevice: number; byAddress: number; byInstrument: number }> {
  const { rows } = await db.query<{ byDevice: number; byAddress: number; byInstrument: number }>(
    `SELECT (SELECT count(DISTINCT player_id) FROM (${byDeviceSql}) d)::INT AS "byDevice",
            (SELECT count(DISTINCT player_id) FROM (${byAddressSql}) a)::INT AS "byAddress",
            (SELECT count(DISTINCT player_id) FROM (${byInstrumentSql}) i)::INT AS "byInstrument"`,
    [playerId],
  );
  return rows[0]!;
}

/** The other players linked to `playerId`, each once with every way they are linked, most links first. */
export async function linkedPlayersOf(db: Queryable, playerId: string): Promise<LinkedPlayer[]> {
  const { rows } = await db.query<LinkedPlayer>(
    `WITH links AS (
       SELECT player_id, 'DEVICE' AS via FROM (${byDeviceSql}) d
       UNION ALL SELECT player_id, 'ADDRESS' FROM (${byAddressSql}) a
       UNION ALL SELECT player_id, 'INSTRUMENT' FROM (${byInstrumentSql}) i)
     SELECT p.player_id AS "playerId", p.brand, p.status,
            array_agg(DISTINCT l.via ORDER BY l.via) AS via
     FROM links l JOIN players p USING (player_id)
     GROUP BY p.player_id, p.brand, p.status
     ORDER BY count(DISTINCT l.via) DESC, p.player_id
     LIMIT 200`,
    [playerId],
  );
  return rows;
}
