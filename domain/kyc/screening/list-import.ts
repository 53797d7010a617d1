import path from 'node:path';
import { appendAuditEntry, type AuditEntryInput } from '../../admin/audit-log';
import type { Db } from '../../../platform/db';
import type { ListSource, ParsedList } from './list-entry';
import { readListFiles, type ListFormat } from './list-formats';
import { currentVersionOf, importListVersion, type ImportOutcome, type ListFile } from './list-versions';

/** Who imported a list and from where, for the version record and the audit log. */
export type ImportAudit = Pick<AuditEntryInput, 'actor' | 'reason' | 'requestId' | 'sourceIp'>;

/** Imports a parsed list as a new version and writes its audit entry (`screening.list.import`) in one transaction. */
export function importAuditedList(
  db: Db,
  parsed: { list: ParsedList; files: ListFile[] },
  audit: ImportAudit,
): Promise<ImportOutcome> {
  return importListVersion(db, parsed.list, parsed.files, audit.actor, (tx, outcome) =>
    appendAuditEntry(tx, {
      ...audit,
      action: 'screening.list.import',
      entityType: 'ScreeningList',
      entityId: outcome.version.versionId,
      after: {
        source: outcome.version.source,
        unchanged: outcome.unchanged,
        files: outcome.version.files,
        entryCount: outcome.version.entryCount,
        added: outcome.version.addedCount,
        removed: outcome.version.removedCount,
        changed: outcome.version.changedCount,
      },
    }),
  );
}

const LISTS_DIR = path.resolve(__dirname, '..', '..', '..', 'config', 'screening-lists');

/** The fictional lists the repository ships in the official formats, so a fresh stack screens out of the box. */
export const DEFAULT_LISTS: readonly { source: ListSource; format: ListFormat; file: string }[] = [
  { source: 'OFAC_SDN', format: 'ofac-csv', file: path.join(LISTS_DIR, 'ofac', 'sdn.csv') },
  { source: 'UK_OFSI', format: 'uk-csv', file: path.join(LISTS_DIR, 'uk', 'ConList.csv') },
  { source: 'PEP', format: 'pep-csv', file: path.join(LISTS_DIR, 'pep', 'pep.csv') },
];

/** Imports each default list whose source has no version yet; returns the sources it imported. */
export async function importDefaultListsWhereMissing(db: Db): Promise<ListSource[]> {
  const imported: ListSource[] = [];
  for (const { source, format, file } of DEFAULT_LISTS) {
    if (await currentVersionOf(db, source)) continue;
    await importAuditedList(db, await readListFiles(format, file), {
      actor: 'system',
      reason: 'default fictional list shipped with the stack',
    });
    imported.push(source);
  }
  return imported;
}
