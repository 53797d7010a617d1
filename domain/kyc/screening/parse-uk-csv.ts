import { parse } from 'csv-parse/sync';
import { countryCodeOf } from './countries';
import { dateFromOfsiText } from './dates-of-birth';
import {
  addUnique,
  ListFormatError,
  ListSource,
  NameKind,
  type EntityType,
  type ListEntry,
  type ParsedList,
} from './list-entry';

// The UK OFSI consolidated list (ConList.csv): a first line "Last Updated,dd/mm/yyyy", then a header, then one row
// per name variant of each designation, grouped by Group ID. Name 6 is the family name, Name 1 to 5 the others;
// Alias Type says "Primary name", "AKA", "Primary name variation", ...; Alias Quality "Low quality" marks a weak
// alias. Columns are found by their header, so OFSI adding or moving one does not break the import.

const REQUIRED = ['Name 6', 'Group ID', 'Group Type', 'Alias Type'] as const;

const ENTITY_TYPES: Record<string, EntityType> = { individual: 'INDIVIDUAL', entity: 'ENTITY', ship: 'VESSEL' };

function kindOf(aliasType: string, aliasQuality: string): NameKind {
  if (/low/i.test(aliasQuality)) return NameKind.WEAK_AKA;
  if (/^primary name$/i.test(aliasType)) return NameKind.PRIMARY;
  if (/fka|formerly/i.test(aliasType)) return NameKind.FKA;
  return NameKind.AKA;
}

const ukDate = (text: string) => {
  const date = dateFromOfsiText(text);
  return date && date.length === 10 ? date : null;
};

/** Parses the OFSI consolidated list CSV into one entry per Group ID. */
export function parseUkCsv(text: string): ParsedList {
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true });
  } catch (err) {
    throw new ListFormatError((err as Error).message, 'uk.csv');
  }
  const headerAt = rows.findIndex((row) => row.some((c) => c.trim() === 'Group ID'));
  if (headerAt < 0) throw new ListFormatError('no header row with "Group ID"', 'uk.csv');
  const header = (rows[headerAt] ?? []).map((c) => c.trim());
  for (const column of REQUIRED) {
    if (!header.includes(column)) throw new ListFormatError(`no "${column}" column`, 'uk.csv', headerAt + 1);
  }
  const lastUpdated = rows.slice(0, headerAt).find((row) => /last updated/i.test(row[0] ?? ''));
  const sourceDate = lastUpdated ? ukDate(lastUpdated[1] ?? '') : null;

  const entries = new Map<string, ListEntry>();
  rows.slice(headerAt + 1).forEach((row, index) => {
    const get = (column: string) => (row[header.indexOf(column)] ?? '').trim();
    const groupId = get('Group ID');
    if (!groupId) throw new ListFormatError('no Group ID', 'uk.csv', headerAt + index + 2);
    const entry = entries.get(groupId) ?? {
      entryId: groupId,
      entityType: ENTITY_TYPES[get('Group Type').toLowerCase()] ?? 'UNKNOWN',
      names: [],
      datesOfBirth: [],
      countries: [],
      nationalities: [],
      programmes: [],
    };
    entries.set(groupId, entry);
    const given = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5'].map(get).filter(Boolean);
    const name = [...given, get('Name 6')].filter(Boolean).join(' ');
    const kind = kindOf(get('Alias Type'), get('Alias Quality'));
    if (name && !entry.names.some((n) => n.name === name)) entry.names.push({ name, kind });
    const nonLatin = get('Name Non-Latin Script');
    if (nonLatin && !entry.names.some((n) => n.name === nonLatin)) {
      entry.names.push({ name: nonLatin, kind: NameKind.NON_LATIN });
    }
    addUnique(entry.datesOfBirth, dateFromOfsiText(get('DOB')));
    addUnique(entry.countries, countryCodeOf(get('Country of Birth')));
    addUnique(entry.countries, countryCodeOf(get('Country')));
    for (const nationality of get('Nationality').split(/[,;]|\(\d+\)/)) {
      addUnique(entry.nationalities, countryCodeOf(nationality));
    }
    addUnique(entry.programmes, get('Regime'));
    if (get('Position') && !entry.position) entry.position = get('Position');
    if (get('Other Information') && !entry.remarks) entry.remarks = get('Other Information');
  });
  for (const entry of entries.values()) {
    // A group whose rows all have aliases only still needs a name to show first.
    const [first] = entry.names;
    if (first && !entry.names.some((n) => n.kind === NameKind.PRIMARY)) {
      entry.names[0] = { ...first, kind: NameKind.PRIMARY };
    }
  }
  return { source: ListSource.UK_OFSI, sourceDate, entries: [...entries.values()].filter((e) => e.names.length > 0) };
}
