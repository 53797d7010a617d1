import type { Queryable } from '../../platform/db';
import type { Currency } from '../../contracts/wallet';
import { maskPersonalData, type PersonalData, type PersonalDataVault } from './player-personal-data';
import type { PlayerStatus } from './players';

/** Where a page of the players list ends; the next page starts after it. */
export interface PlayerCursor {
  /** The player's registration time with microseconds, as Postgres keeps it (a JS Date would drop them). */
  createdAt: string;
  playerId: string;
}

/** An opaque cursor for a client to hand back. */
export const encodePlayerCursor = (cursor: PlayerCursor) =>
  Buffer.from(JSON.stringify([cursor.createdAt, cursor.playerId])).toString('base64url');

/** The cursor inside `text`, or undefined when it is not one this list handed out. */
export function decodePlayerCursor(text: string): PlayerCursor | undefined {
  try {
    const [createdAt, playerId] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(createdAt)) return undefined;
    if (typeof playerId !== 'string' || !PLAYER_ID.test(playerId)) return undefined;
    return { createdAt, playerId };
  } catch {
    return undefined;
  }
}

const PLAYER_ID = /^pl_[0-9A-HJKMNP-TV-Z]{26}$/;

/** What staff search the players list by; every filter is optional and they combine with AND. */
export interface PlayerListFilter {
  /** A player id, an email (exact, any case) or a name (full name or family name, exact up to case and accents). */
  query?: string;
  status?: PlayerStatus;
  brand?: string;
  jurisdiction?: string;
  after?: PlayerCursor;
  limit: number;
}

/** A player as the list shows them, their personal data masked. */
export interface ListedPlayer {
  playerId: string;
  brand: string;
  jurisdiction: string;
  currency: Currency;
  status: PlayerStatus;
  createdAt: string;
  /** Masked for everyone: the list is for finding a player; unmasked data is revealed, and audited, one at a time. */
  personalData: PersonalData | null;
  /** True when the player's personal data is stored but does not decrypt (a tampered row, a missing master key). */
  personalDataUnreadable: boolean;
}

/**
 * One page of players matching `filter`, newest first, with the cursor of the next page (null on the last). A
 * search by email or name compares blind indexes, so the clear text is never in a query.
 */
export async function listPlayers(
  db: Queryable,
  vault: PersonalDataVault,
  filter: PlayerListFilter,
): Promise<{ items: ListedPlayer[]; nextCursor: string | null }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const query = filter.query?.trim();
  if (query && PLAYER_ID.test(query)) where.push(`p.player_id = ${param(query)}`);
  else if (query) {
    const indexes = vault.searchIndexes(query);
    if (indexes.email) where.push(`d.email_index = ${param(indexes.email)}`);
    if (indexes.name) {
      const name = param(indexes.name);
      where.push(`(d.full_name_index = ${name} OR d.family_name_index = ${name})`);
    }
  }
  if (filter.status) where.push(`p.status = ${param(filter.status)}`);
  if (filter.brand) where.push(`p.brand = ${param(filter.brand)}`);
  if (filter.jurisdiction) where.push(`p.jurisdiction = ${param(filter.jurisdiction)}`);
  if (filter.after) {
    where.push(
      `(p.created_at, p.player_id) < (${param(filter.after.createdAt)}::TIMESTAMPTZ, ${param(filter.after.playerId)})`,
    );
  }
  const { rows } = await db.query<Omit<ListedPlayer, 'personalData'> & { cursorAt: string; hasData: boolean }>(
    `SELECT p.player_id AS "playerId", p.brand, p.jurisdiction, p.currency, p.status, p.created_at AS "createdAt",
            to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt",
            d.player_id IS NOT NULL AS "hasData"
     FROM players p LEFT JOIN player_personal_data d ON d.player_id = p.player_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY p.created_at DESC, p.player_id DESC
     LIMIT ${filter.limit + 1}`,
    params,
  );
  const page = rows.slice(0, filter.limit);
  const { data: personalData, unreadable } = await vault.readEach(
    db,
    page.filter((row) => row.hasData).map((row) => row.playerId),
  );
  const unreadableIds = new Set(unreadable.map((err) => err.playerId));
  const last = page.at(-1);
  return {
    items: page.map(({ cursorAt: _cursor, hasData: _has, ...row }) => {
      const data = personalData.get(row.playerId);
      return {
        ...row,
        createdAt: (row.createdAt as unknown as Date).toISOString(),
        personalData: data ? maskPersonalData(data) : null,
        personalDataUnreadable: unreadableIds.has(row.playerId),
      };
    }),
    nextCursor:
      rows.length > filter.limit && last
        ? encodePlayerCursor({ createdAt: last.cursorAt, playerId: last.playerId })
        : null,
  };
}
