import { parse } from 'csv-parse/sync';
import { countryCodeOf } from './countries';
import { datesFromOfacText } from './dates-of-birth';
import {
  addUnique,
  ListFormatError,
  ListSource,
  NameKind,
  type EntityType,
  type ListEntry,
  type ParsedList,
} from './list-entry';

// The OFAC SDN list in its CSV form: three header-less files keyed by ent_num.
//   sdn.csv: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag,
//            Vess_owner, Remarks
//   alt.csv: ent_num, alt_num, alt_type (aka, fka, nka), alt_name, alt_remarks
//   add.csv: ent_num, Add_num, Address, City/State/Province/Postal Code, Country, Add_remarks
// "-0-" is OFAC's empty value. Weak aliases are in the Remarks as `a.k.a. 'NAME'`, along with "DOB ...",
// "nationality ...", "citizen ..." and "POB ...".

/** The three files of the OFAC SDN CSV list, as text. */
export interface OfacCsvFiles {
  sdn: string;
  alt: string;
  add: string;
}

const cell = (value: string | undefined) => {
  const text = (value ?? '').trim();
  return text === '-0-' ? '' : text;
};

function rowsOf(text: string, file: string, minColumns: number): string[][] {
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true, skip_empty_lines: true, relax_quotes: true, bom: true });
  } catch (err) {
    throw new ListFormatError((err as Error).message, file);
  }
  // OFAC ends its files with a DOS end-of-file character on a line of its own.
  const data = rows.filter((row) => !(row.length === 1 && /^\s*\x1a?\s*$/.test(row[0] ?? '')));
  data.forEach((row, index) => {
    if (row.length < minColumns || !/^\d+$/.test(cell(row[0]))) {
      throw new ListFormatError(`expected ${minColumns} columns starting with a numeric ent_num`, file, index + 1);
    }
  });
  return data;
}

const ENTITY_TYPES: Record<string, EntityType> = { individual: 'INDIVIDUAL', vessel: 'VESSEL', aircraft: 'AIRCRAFT' };
const ALT_KINDS: Record<string, NameKind> = { aka: NameKind.AKA, fka: NameKind.FKA, nka: NameKind.NKA };

/** What the Remarks say besides the free text: dates of birth, nationalities, places of birth and weak aliases. */
function readRemarks(remarks: string, entry: ListEntry): void {
  for (const weak of remarks.matchAll(/a\.k\.a\.,?\s+'([^']+)'/gi)) {
    entry.names.push({ name: (weak[1] ?? '').trim(), kind: NameKind.WEAK_AKA });
  }
  for (const part of remarks.split(';').map((p) => p.trim())) {
    const [, label, value] = /^(?:alt\.\s+)?(DOB|nationality|citizen|POB)\s+(.+)$/i.exec(part) ?? [];
    if (!label || !value) continue;
    if (/^DOB$/i.test(label)) datesFromOfacText(value).forEach((date) => addUnique(entry.datesOfBirth, date));
    else if (/^POB$/i.test(label)) addUnique(entry.countries, countryCodeOf(value.split(',').at(-1) ?? ''));
    else addUnique(entry.nationalities, countryCodeOf(value.replace(/\.$/, '')));
  }
}

/** Parses the OFAC SDN CSV files into entries keyed by ent_num. */
export function parseOfacCsv(files: OfacCsvFiles): ParsedList {
  const entries = new Map<string, ListEntry>();
  for (const row of rowsOf(files.sdn, 'sdn.csv', 12)) {
    const entryId = cell(row[0]);
    const remarks = cell(row[11]);
    const entry: ListEntry = {
      entryId,
      entityType: ENTITY_TYPES[cell(row[2]).toLowerCase()] ?? 'ENTITY',
      names: [{ name: cell(row[1]), kind: NameKind.PRIMARY }],
      datesOfBirth: [],
      countries: [],
      nationalities: [],
      programmes: cell(row[3])
        .split(/\]\s*\[|;/)
        .map((p) => p.replace(/[[\]]/g, '').trim())
        .filter(Boolean),
      ...(cell(row[4]) ? { position: cell(row[4]) } : {}),
      ...(remarks ? { remarks } : {}),
    };
    if (!entry.names[0]?.name) throw new ListFormatError(`entry ${entryId} has no SDN_Name`, 'sdn.csv');
    readRemarks(remarks, entry);
    entries.set(entryId, entry);
  }
  for (const row of rowsOf(files.alt, 'alt.csv', 4)) {
    const entry = entries.get(cell(row[0]));
    const name = cell(row[3]);
    if (!entry || !name) continue;
    entry.names.push({ name, kind: ALT_KINDS[cell(row[2]).toLowerCase()] ?? NameKind.AKA });
  }
  for (const row of rowsOf(files.add, 'add.csv', 5)) {
    const entry = entries.get(cell(row[0]));
    if (entry) addUnique(entry.countries, countryCodeOf(cell(row[4])));
  }
  return { source: ListSource.OFAC_SDN, sourceDate: null, entries: [...entries.values()] };
}
