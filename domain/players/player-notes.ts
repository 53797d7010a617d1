import { z } from 'zod';
import { withTransaction, type Db, type Queryable } from '../../platform/db';
import { newBusinessId } from '../../platform/ids';
import { appendAuditEntry, type AuditEntryInput } from '../admin/audit-log';

/** A tag as staff write it and the queues filter by it: short, lower case words joined by hyphens (`high-roller`). */
export const playerTagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens, such as high-roller')
  .max(40);

/** What an officer adds to a player: a note, with or without tags, or tags alone. */
export const newPlayerNoteSchema = z
  .object({
    body: z.string().trim().min(1).max(4000).optional(),
    tags: z
      .array(playerTagSchema)
      .max(10)
      .default([])
      .transform((tags) => [...new Set(tags)]),
  })
  .strict()
  .refine((note) => note.body !== undefined || note.tags.length > 0, 'a note needs a text or at least one tag');
export type NewPlayerNote = z.output<typeof newPlayerNoteSchema>;

/** One note on a player, with its author's display name (null for an author no longer among staff). */
export interface PlayerNote {
  noteId: string;
  playerId: string;
  body: string | null;
  tags: string[];
  author: string;
  authorName: string | null;
  createdAt: string;
}

const noteColumns = `n.note_id AS "noteId", n.player_id AS "playerId", n.body, n.tags, n.author,
  s.display_name AS "authorName",
  to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"`;

/** Thrown when a note is added to a player that does not exist. */
export class UnknownPlayerError extends Error {
  constructor(readonly playerId: string) {
    super(`no player ${playerId}`);
    this.name = 'UnknownPlayerError';
  }
}

/**
 * Adds a note (or tags) to a player and its audit entry in one transaction: a note exists exactly when its entry
 * does. Notes are never edited or deleted (the table refuses it): a correction is a new note.
 */
export async function addPlayerNote(
  db: Db,
  note: NewPlayerNote & { playerId: string; author: string },
  audit: Omit<AuditEntryInput, 'action' | 'entityType' | 'entityId' | 'after'>,
): Promise<PlayerNote> {
  return withTransaction(db, async (tx) => {
    const { rowCount } = await tx.query('SELECT 1 FROM players WHERE player_id = $1', [note.playerId]);
    if (rowCount === 0) throw new UnknownPlayerError(note.playerId);
    const noteId = newBusinessId('note');
    await tx.query(`INSERT INTO player_notes (note_id, player_id, body, tags, author) VALUES ($1, $2, $3, $4, $5)`, [
      noteId,
      note.playerId,
      note.body ?? null,
      note.tags,
      note.author,
    ]);
    await appendAuditEntry(tx, {
      ...audit,
      action: 'player.note.add',
      entityType: 'Player',
      entityId: note.playerId,
      // The text is in the note itself; the audit trail says who added which note and tags, and when.
      after: { noteId, tags: note.tags, hasText: note.body !== undefined },
    });
    const { rows } = await tx.query<PlayerNote>(
      `SELECT ${noteColumns} FROM player_notes n LEFT JOIN staff_users s ON s.staff_id = n.author
       WHERE n.note_id = $1`,
      [noteId],
    );
    return rows[0]!;
  });
}

/** A player's notes, newest first, and the tags of all of them (each once, alphabetically); undefined: no player. */
export async function listPlayerNotes(
  db: Queryable,
  playerId: string,
  page: { limit: number; offset: number },
): Promise<{ items: PlayerNote[]; total: number; tags: string[] } | undefined> {
  const { rowCount } = await db.query('SELECT 1 FROM players WHERE player_id = $1', [playerId]);
  if (rowCount === 0) return undefined;
  const [notes, tags] = await Promise.all([
    db.query<PlayerNote & { total: number }>(
      `SELECT ${noteColumns}, count(*) OVER ()::INT AS total
       FROM player_notes n LEFT JOIN staff_users s ON s.staff_id = n.author
       WHERE n.player_id = $1 ORDER BY n.created_at DESC, n.note_id DESC LIMIT $2 OFFSET $3`,
      [playerId, page.limit, page.offset],
    ),
    db.query<{ tags: string[] }>(
      `SELECT COALESCE(array_agg(DISTINCT t ORDER BY t), '{}') AS tags
       FROM player_notes, unnest(tags) t WHERE player_id = $1`,
      [playerId],
    ),
  ]);
  return {
    items: notes.rows.map(({ total: _total, ...note }) => note),
    total: notes.rows[0]?.total ?? 0,
    tags: tags.rows[0]?.tags ?? [],
  };
}

/** The tags of each of `playerIds` (for the badges of a queue's rows): player id → tags, alphabetically. */
export async function tagsOfPlayers(db: Queryable, playerIds: readonly string[]): Promise<Map<string, string[]>> {
  if (playerIds.length === 0) return new Map();
  const { rows } = await db.query<{ playerId: string; tags: string[] }>(
    `SELECT player_id AS "playerId", array_agg(DISTINCT t ORDER BY t) AS tags
     FROM player_notes, unnest(tags) t WHERE player_id = ANY($1) GROUP BY player_id`,
    [playerIds],
  );
  return new Map(rows.map((row) => [row.playerId, row.tags]));
}
