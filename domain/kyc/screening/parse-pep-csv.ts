import { parse } from 'csv-parse/sync';
import { countryCodeOf } from './countries';
import { addUnique, ListFormatError, ListSource, NameKind, type ListEntry, type ParsedList } from './list-entry';

// Our PEP list format (docs/screening-lists.md): a header row, then one person per row.
//   pep_id, full_name, aliases, date_of_birth, country, nationality, position, source_date
// aliases are separated by `|` (a leading `~` marks a weak alias); date_of_birth is YYYY, YYYY-MM or YYYY-MM-DD;
// country and nationality are ISO alpha-2 codes or names, several separated by `|`; source_date is the list's date
// (the first non-empty value is taken for the whole file).

export const PEP_CSV_COLUMNS = [
  'pep_id',
  'full_name',
  'aliases',
  'date_of_birth',
  'country',
  'nationality',
  'position',
  'source_date',
] as const;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Parses a PEP list CSV in the documented layout. */
export function parsePepCsv(text: string): ParsedList {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: true });
  } catch (err) {
    throw new ListFormatError((err as Error).message, 'pep.csv');
  }
  const header = Object.keys(rows[0] ?? {});
  const missing = PEP_CSV_COLUMNS.filter((column) => rows.length > 0 && !header.includes(column));
  if (missing.length > 0) throw new ListFormatError(`missing columns ${missing.join(', ')}`, 'pep.csv', 1);
  let sourceDate: string | null = null;
  const entries = rows.map((row, index): ListEntry => {
    const line = index + 2;
    if (!row.pep_id || !row.full_name) throw new ListFormatError('pep_id and full_name are required', 'pep.csv', line);
    if (row.date_of_birth && !DATE.test(row.date_of_birth)) {
      throw new ListFormatError(`date_of_birth "${row.date_of_birth}" is not YYYY[-MM[-DD]]`, 'pep.csv', line);
    }
    if (row.source_date && !sourceDate) sourceDate = row.source_date;
    const split = (value: string | undefined) =>
      (value ?? '')
        .split('|')
        .map((v) => v.trim())
        .filter(Boolean);
    const entry: ListEntry = {
      entryId: row.pep_id,
      entityType: 'INDIVIDUAL',
      names: [
        { name: row.full_name, kind: NameKind.PRIMARY },
        ...split(row.aliases).map((alias) =>
          alias.startsWith('~')
            ? { name: alias.slice(1).trim(), kind: NameKind.WEAK_AKA }
            : { name: alias, kind: NameKind.AKA },
        ),
      ],
      datesOfBirth: row.date_of_birth ? [row.date_of_birth] : [],
      countries: [],
      nationalities: [],
      programmes: [],
      ...(row.position ? { position: row.position } : {}),
    };
    split(row.country).forEach((c) => addUnique(entry.countries, countryCodeOf(c)));
    split(row.nationality).forEach((c) => addUnique(entry.nationalities, countryCodeOf(c)));
    return entry;
  });
  return { source: ListSource.PEP, sourceDate, entries };
}
