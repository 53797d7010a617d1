import { createHash } from 'node:crypto';
import { withTransaction, type Db, type DbClient, type Queryable } from '../../../platform/db';
import { newBusinessId } from '../../../platform/ids';
import { entryHash, listKindOf, type ListEntry, type ListKind, type ListSource, type ParsedList } from './list-entry';

// List versions in Postgres: each import of a source is a version with its files' hashes, its counts and its diff
// to the source's previous version. Importing content identical to the current version makes no new version.

/** One file of an import, as hashed when it was read. */
export interface ListFile {
  name: string;
  bytes: number;
  sha256: string;
}

/** The SHA-256 of a file's bytes, hex. */
export const fileHash = (content: Buffer | string): string => createHash('sha256').update(content).digest('hex');

/** A list version as the back office shows it. */
export interface ListVersion {
  versionId: string;
  source: ListSource;
  listKind: ListKind;
  importedAt: string;
  importedBy: string;
  sourceDate: string | null;
  files: ListFile[];
  contentSha256: string;
  entryCount: number;
  nameCount: number;
  previousVersionId: string | null;
  addedCount: number;
  removedCount: number;
  changedCount: number;
}

/** What an import did: the new version, or the current one when the content was already imported. */
export interface ImportOutcome {
  version: ListVersion;
  unchanged: boolean;
}

/** How an entry changed between a version and its source's previous one. */
export type ListChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';

const VERSION_COLUMNS = `version_id AS "versionId", source, list_kind AS "listKind",
  to_char(imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "importedAt", imported_by AS "importedBy",
  to_char(source_date, 'YYYY-MM-DD') AS "sourceDate", files, content_sha256 AS "contentSha256",
  entry_count AS "entryCount", name_count AS "nameCount", previous_version_id AS "previousVersionId",
  added_count AS "addedCount", removed_count AS "removedCount", changed_count AS "changedCount"`;

/** Rows per INSERT when storing a version's entries: large lists go in a few statements, none too big. */
const INSERT_BATCH = 2_000;

/**
 * The content hash of an import: over its files' hashes in the format's order (OFAC: sdn, alt, add), not their
 * names, so the same files uploaded under other names are the same version.
 */
const contentHashOf = (files: readonly ListFile[]) => fileHash(files.map((file) => file.sha256).join('\n'));

/**
 * Stores `list` as the source's new version with its diff to the previous one, in one transaction under a lock per
 * source, so two imports of one source queue. Content equal to the current version's makes no new version.
 * `onImported` runs in the same transaction (the audit entry commits with the import or not at all).
 */
export async function importListVersion(
  db: Db,
  list: ParsedList,
  files: readonly ListFile[],
  importedBy: string,
  onImported: (tx: DbClient, outcome: ImportOutcome) => Promise<unknown> = async () => undefined,
): Promise<ImportOutcome> {
  const contentSha256 = contentHashOf(files);
  return withTransaction(db, async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('screening-list:' || $1))`, [list.source]);
    const current = await currentVersionOf(tx, list.source);
    if (current && current.contentSha256 === contentSha256) {
      const outcome = { version: current, unchanged: true };
      await onImported(tx, outcome);
      return outcome;
    }

    const versionId = newBusinessId('slv');
    const nameCount = list.entries.reduce((sum, entry) => sum + entry.names.length, 0);
    await tx.query(
      `INSERT INTO screening_list_versions (version_id, source, list_kind, imported_by, source_date, files,
         content_sha256, entry_count, name_count, previous_version_id, added_count, removed_count, changed_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, 0, 0)`,
      [
        versionId,
        list.source,
        listKindOf[list.source],
        importedBy,
        list.sourceDate,
        JSON.stringify(files),
        contentSha256,
        list.entries.length,
        nameCount,
        current?.versionId ?? null,
      ],
    );
    for (let start = 0; start < list.entries.length; start += INSERT_BATCH) {
      const batch = list.entries.slice(start, start + INSERT_BATCH);
      await tx.query(
        `INSERT INTO screening_list_entries (version_id, entry_id, entry, entry_hash)
         SELECT $1, entry_id, entry, entry_hash FROM unnest($2::TEXT[], $3::JSONB[], $4::TEXT[])
           AS batch (entry_id, entry, entry_hash)`,
        [
          versionId,
          batch.map((entry) => entry.entryId),
          batch.map((entry) => JSON.stringify(entry)),
          batch.map(entryHash),
        ],
      );
    }
    // The diff, in SQL: both versions' entries are already in the table.
    await tx.query(
      `INSERT INTO screening_list_changes (version_id, entry_id, change)
       SELECT $1, coalesce(n.entry_id, o.entry_id),
              CASE WHEN o.entry_id IS NULL THEN 'ADDED' WHEN n.entry_id IS NULL THEN 'REMOVED' ELSE 'CHANGED' END
       FROM (SELECT entry_id, entry_hash FROM screening_list_entries WHERE version_id = $1) n
       FULL JOIN (SELECT entry_id, entry_hash FROM screening_list_entries WHERE version_id = $2) o USING (entry_id)
       WHERE n.entry_hash IS DISTINCT FROM o.entry_hash`,
      [versionId, current?.versionId ?? null],
    );
    await tx.query(
      `UPDATE screening_list_versions v SET
         added_count = c.added, removed_count = c.removed, changed_count = c.changed
       FROM (SELECT count(*) FILTER (WHERE change = 'ADDED')::INT AS added,
                    count(*) FILTER (WHERE change = 'REMOVED')::INT AS removed,
                    count(*) FILTER (WHERE change = 'CHANGED')::INT AS changed
             FROM screening_list_changes WHERE version_id = $1) c
       WHERE v.version_id = $1`,
      [versionId],
    );
    const version = await listVersion(tx, versionId);
    if (!version) throw new Error(`list version ${versionId} vanished inside its own transaction`);
    const outcome = { version, unchanged: false };
    await onImported(tx, outcome);
    return outcome;
  });
}

/** The source's current version: its latest import. */
export async function currentVersionOf(db: Queryable, source: ListSource): Promise<ListVersion | null> {
  const { rows } = await db.query<ListVersion>(
    `SELECT ${VERSION_COLUMNS} FROM screening_list_versions WHERE source = $1 ORDER BY sequence DESC LIMIT 1`,
    [source],
  );
  return rows[0] ?? null;
}

/** The current version of every source that has one. */
export async function currentVersions(db: Queryable): Promise<ListVersion[]> {
  const { rows } = await db.query<ListVersion>(
    `SELECT DISTINCT ON (source) ${VERSION_COLUMNS} FROM screening_list_versions ORDER BY source, sequence DESC`,
  );
  return rows;
}

/** One version, or null. */
export async function listVersion(db: Queryable, versionId: string): Promise<ListVersion | null> {
  const { rows } = await db.query<ListVersion>(
    `SELECT ${VERSION_COLUMNS} FROM screening_list_versions WHERE version_id = $1`,
    [versionId],
  );
  return rows[0] ?? null;
}

/** Versions newest first, of one source or all, with the total for paging. */
export async function listVersions(
  db: Queryable,
  filter: { source?: ListSource; limit: number; offset: number },
): Promise<{ items: ListVersion[]; total: number }> {
  const where = filter.source ? 'WHERE source = $3' : '';
  const params = [filter.limit, filter.offset, ...(filter.source ? [filter.source] : [])];
  const [{ rows }, count] = await Promise.all([
    db.query<ListVersion>(
      `SELECT ${VERSION_COLUMNS} FROM screening_list_versions ${where} ORDER BY sequence DESC LIMIT $1 OFFSET $2`,
      params,
    ),
    db.query<{ total: number }>(
      `SELECT count(*)::INT AS total FROM screening_list_versions ${filter.source ? 'WHERE source = $1' : ''}`,
      filter.source ? [filter.source] : [],
    ),
  ]);
  return { items: rows, total: count.rows[0]?.total ?? 0 };
}

/** One line of a version's diff: the entry as this version has it (as the previous one had it, when removed). */
export interface ListChange {
  entryId: string;
  change: ListChangeKind;
  entry: ListEntry;
}

/** A version's diff to its source's previous version, by entry id, with the total for paging. */
export async function listChanges(
  db: Queryable,
  versionId: string,
  filter: { change?: ListChangeKind; limit: number; offset: number },
): Promise<{ items: ListChange[]; total: number }> {
  const params = [versionId, filter.change ?? null];
  const [{ rows }, count] = await Promise.all([
    db.query<ListChange>(
      `SELECT c.entry_id AS "entryId", c.change, coalesce(n.entry, o.entry) AS entry
       FROM screening_list_changes c
       JOIN screening_list_versions v ON v.version_id = c.version_id
       LEFT JOIN screening_list_entries n ON n.version_id = c.version_id AND n.entry_id = c.entry_id
       LEFT JOIN screening_list_entries o ON o.version_id = v.previous_version_id AND o.entry_id = c.entry_id
       WHERE c.version_id = $1 AND ($2::TEXT IS NULL OR c.change = $2)
       ORDER BY c.change, c.entry_id LIMIT $3 OFFSET $4`,
      [...params, filter.limit, filter.offset],
    ),
    db.query<{ total: number }>(
      `SELECT count(*)::INT AS total FROM screening_list_changes WHERE version_id = $1 AND ($2::TEXT IS NULL OR change = $2)`,
      params,
    ),
  ]);
  return { items: rows, total: count.rows[0]?.total ?? 0 };
}

/** The ids of the entries a version added or changed: what a re-screen after its import screens against. */
export async function addedOrChangedEntryIds(db: Queryable, versionId: string): Promise<string[]> {
  const { rows } = await db.query<{ entryId: string }>(
    `SELECT entry_id AS "entryId" FROM screening_list_changes WHERE version_id = $1 AND change IN ('ADDED', 'CHANGED')`,
    [versionId],
  );
  return rows.map((row) => row.entryId);
}

/** Every entry of a version, for the screening index. */
export async function entriesOf(db: Queryable, versionId: string): Promise<ListEntry[]> {
  const { rows } = await db.query<{ entry: ListEntry }>(
    'SELECT entry FROM screening_list_entries WHERE version_id = $1',
    [versionId],
  );
  return rows.map((row) => row.entry);
}
