import type { Queryable } from '../../../platform/db';
import type { ListEntry, ListKind, ListSource } from './list-entry';
import type { HitExplanation } from './screening-index';

/** A hit as the review screen shows it: the matched list entry beside its score and explanation. */
export interface ScreeningHitView {
  versionId: string;
  source: ListSource;
  listKind: ListKind;
  sourceDate: string | null;
  entryId: string;
  score: number;
  explanation: HitExplanation;
  entry: ListEntry;
}

/** A screening with its hits, best first. */
export interface ScreeningView {
  screeningId: string;
  playerId: string;
  reason: 'ONBOARDING' | 'RESCREEN';
  screenedAt: string;
  listVersionIds: string[];
  onlyChangesOf: string | null;
  hits: ScreeningHitView[];
}

/** A screening and its hits beside the matched entries, or null when there is no such screening. */
export async function screeningWithHits(db: Queryable, screeningId: string): Promise<ScreeningView | null> {
  const { rows } = await db.query<Omit<ScreeningView, 'hits'>>(
    `SELECT screening_id AS "screeningId", player_id AS "playerId", reason,
       to_char(screened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "screenedAt",
       list_version_ids AS "listVersionIds", only_changes_of AS "onlyChangesOf"
     FROM screenings WHERE screening_id = $1`,
    [screeningId],
  );
  const screening = rows[0];
  if (!screening) return null;
  const hits = await db.query<ScreeningHitView>(
    `SELECT h.version_id AS "versionId", v.source, h.list_kind AS "listKind",
       to_char(v.source_date, 'YYYY-MM-DD') AS "sourceDate", h.entry_id AS "entryId", h.score, h.explanation, e.entry
     FROM screening_hits h
     JOIN screening_list_versions v ON v.version_id = h.version_id
     JOIN screening_list_entries e ON e.version_id = h.version_id AND e.entry_id = h.entry_id
     WHERE h.screening_id = $1
     ORDER BY h.score DESC, h.entry_id`,
    [screeningId],
  );
  return { ...screening, hits: hits.rows };
}
