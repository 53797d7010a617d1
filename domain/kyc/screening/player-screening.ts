import type { ScreenPlayerInput, ScreeningOutcome } from '../../../contracts/kyc';
import { withTransaction, type Db, type Queryable } from '../../../platform/db';
import { newBusinessId } from '../../../platform/ids';
import type { PersonalDataVault } from '../../wallet/player-personal-data';
import { entryHash, ListKind } from './list-entry';
import { addedOrChangedEntryIds, listVersion } from './list-versions';
import type { ScreeningIndexCache } from './screening-index-cache';
import type { ScreeningHit, ScreeningSubject } from './screening-index';

/** What screening a player needs: the database, the personal data vault (the name) and the shared index. */
export interface PlayerScreeningDeps {
  db: Db;
  vault: PersonalDataVault;
  indexCache: ScreeningIndexCache;
}

/** Thrown when the player to screen does not exist. */
export class UnknownPlayerError extends Error {
  constructor(readonly playerId: string) {
    super(`no player ${playerId}`);
    this.name = 'UnknownPlayerError';
  }
}

/** The player as screening sees them: the name from the vault, the date of birth, the country of the address. */
async function subjectOf(deps: PlayerScreeningDeps, playerId: string): Promise<ScreeningSubject> {
  const { rows } = await deps.db.query<{ dateOfBirth: string }>(
    `SELECT to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth" FROM players WHERE player_id = $1`,
    [playerId],
  );
  const player = rows[0];
  if (!player) throw new UnknownPlayerError(playerId);
  const data = (await deps.vault.read(deps.db, [playerId])).get(playerId) ?? {};
  return {
    ...(data.givenName ? { givenName: data.givenName } : {}),
    ...(data.familyName ? { familyName: data.familyName } : {}),
    dateOfBirth: player.dateOfBirth,
    countries: data.address ? [data.address.country] : [],
  };
}

/** The hits already recorded for the player on the same entry content: a re-screen does not raise them again. */
async function knownHitKeys(db: Queryable, playerId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ key: string }>(
    `SELECT DISTINCT v.source || '/' || e.entry_id || '/' || e.entry_hash AS key
     FROM screening_hits h
     JOIN screening_list_entries e ON e.version_id = h.version_id AND e.entry_id = h.entry_id
     JOIN screening_list_versions v ON v.version_id = h.version_id
     WHERE h.player_id = $1`,
    [playerId],
  );
  return new Set(rows.map((row) => row.key));
}

/**
 * Screens one player against the current lists (or, with `listVersionId`, only against the entries that version
 * added or changed) and records the screening with its hits. A re-screen leaves out hits on entries whose content
 * the player was already hit on (they are under review or were cleared). With `screeningId`, a repeat returns the
 * first outcome (an activity retried after it committed).
 */
export async function screenPlayer(
  deps: PlayerScreeningDeps,
  input: ScreenPlayerInput & { screeningId?: string },
): Promise<ScreeningOutcome> {
  if (input.screeningId) {
    const earlier = await screeningOutcome(deps.db, input.screeningId);
    if (earlier) return earlier;
  }
  const subject = await subjectOf(deps, input.playerId);
  const { index, versions } = await deps.indexCache.current(deps.db);

  let onlyEntries: Set<string> | undefined;
  if (input.listVersionId) {
    const changedVersion = await listVersion(deps.db, input.listVersionId);
    const current = versions.find((version) => version.source === changedVersion?.source);
    const changed = changedVersion ? await addedOrChangedEntryIds(deps.db, changedVersion.versionId) : [];
    // Entries a later version removed are no longer on the list: they cannot be hit.
    onlyEntries = new Set(current ? changed.map((entryId) => `${current.versionId}/${entryId}`) : []);
  }
  let hits = index.screen(subject, onlyEntries ? { onlyEntries } : {});
  if (input.reason === 'RESCREEN' && hits.length > 0) {
    const known = await knownHitKeys(deps.db, input.playerId);
    hits = hits.filter((hit) => {
      const entry = index.entry(hit.versionId, hit.entryId);
      return !entry || !known.has(`${hit.source}/${hit.entryId}/${entryHash(entry)}`);
    });
  }
  const screeningId = input.screeningId ?? newBusinessId('scr');
  await recordScreening(deps.db, {
    screeningId,
    playerId: input.playerId,
    reason: input.reason,
    versionIds: versions.map((version) => version.versionId),
    onlyChangesOf: input.listVersionId ?? null,
    hits,
  });
  return outcomeOf(screeningId, hits);
}

function outcomeOf(screeningId: string, hits: readonly Pick<ScreeningHit, 'listKind' | 'score'>[]): ScreeningOutcome {
  return {
    screeningId,
    hitCount: hits.length,
    sanctionsHits: hits.filter((hit) => hit.listKind === ListKind.SANCTIONS).length,
    pepHits: hits.filter((hit) => hit.listKind === ListKind.PEP).length,
    highestScore: hits.reduce((best, hit) => Math.max(best, hit.score), 0),
  };
}

async function recordScreening(
  db: Db,
  screening: {
    screeningId: string;
    playerId: string;
    reason: ScreenPlayerInput['reason'];
    versionIds: string[];
    onlyChangesOf: string | null;
    hits: ScreeningHit[];
  },
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO screenings (screening_id, player_id, reason, list_version_ids, only_changes_of, hit_count,
         highest_score)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (screening_id) DO NOTHING`,
      [
        screening.screeningId,
        screening.playerId,
        screening.reason,
        screening.versionIds,
        screening.onlyChangesOf,
        screening.hits.length,
        outcomeOf(screening.screeningId, screening.hits).highestScore,
      ],
    );
    if (inserted.rowCount === 0 || screening.hits.length === 0) return;
    await tx.query(
      `INSERT INTO screening_hits (screening_id, player_id, version_id, entry_id, list_kind, score, explanation)
       SELECT $1, $2, version_id, entry_id, list_kind, score, explanation
       FROM unnest($3::TEXT[], $4::TEXT[], $5::TEXT[], $6::REAL[], $7::JSONB[])
         AS hit (version_id, entry_id, list_kind, score, explanation)`,
      [
        screening.screeningId,
        screening.playerId,
        screening.hits.map((hit) => hit.versionId),
        screening.hits.map((hit) => hit.entryId),
        screening.hits.map((hit) => hit.listKind),
        screening.hits.map((hit) => hit.score),
        screening.hits.map((hit) => JSON.stringify(hit.explanation)),
      ],
    );
  });
}

/** A recorded screening's outcome, or null when there is none with that id. */
export async function screeningOutcome(db: Queryable, screeningId: string): Promise<ScreeningOutcome | null> {
  const { rows } = await db.query<{ exists: boolean; listKind: string | null; score: number | null }>(
    `SELECT true AS exists, h.list_kind AS "listKind", h.score
     FROM screenings s LEFT JOIN screening_hits h ON h.screening_id = s.screening_id
     WHERE s.screening_id = $1`,
    [screeningId],
  );
  if (rows.length === 0) return null;
  const hits = rows.flatMap((row) =>
    row.listKind && row.score !== null ? [{ listKind: row.listKind as ListKind, score: row.score }] : [],
  );
  return outcomeOf(screeningId, hits);
}

/**
 * The players a re-screening run screens next, in player id order after `afterPlayerId`: every player who is not
 * closed. With `listVersionId`, none when that version added or changed nothing (a removal hits nobody).
 */
export async function playersToRescreen(
  db: Queryable,
  input: { listVersionId?: string; afterPlayerId?: string; limit: number },
): Promise<string[]> {
  if (input.listVersionId && (await addedOrChangedEntryIds(db, input.listVersionId)).length === 0) return [];
  const { rows } = await db.query<{ playerId: string }>(
    `SELECT player_id AS "playerId" FROM players
     WHERE status <> 'CLOSED' AND ($1::TEXT IS NULL OR player_id > $1)
     ORDER BY player_id LIMIT $2`,
    [input.afterPlayerId ?? null, input.limit],
  );
  return rows.map((row) => row.playerId);
}
