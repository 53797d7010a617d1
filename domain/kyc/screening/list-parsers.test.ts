import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ListFormatError } from './list-entry';
import { parseListFiles, readListFiles } from './list-formats';
import { parseOfacCsv } from './parse-ofac-csv';
import { parsePepCsv } from './parse-pep-csv';
import { parseUkCsv } from './parse-uk-csv';

// The three list formats on small files written in each official layout (test-fixtures/), and what a malformed file
// answers.

const fixture = (...parts: string[]) => path.join(__dirname, 'test-fixtures', ...parts);
const text = (...parts: string[]) => readFileSync(fixture(...parts), 'utf8');

describe('OFAC SDN CSV (sdn.csv, alt.csv, add.csv)', () => {
  const { entries } = parseOfacCsv({
    sdn: text('ofac', 'sdn.csv'),
    alt: text('ofac', 'alt.csv'),
    add: text('ofac', 'add.csv'),
  });
  const byId = (id: string) => entries.find((entry) => entry.entryId === id);

  it('reads one entry per ent_num, ignoring the end-of-file character', () => {
    expect(entries.map((entry) => entry.entryId)).toEqual(['10001', '10002', '10003']);
  });

  it('reads names, aliases by type and the weak a.k.a. of the remarks', () => {
    expect(byId('10001')?.names).toEqual([
      { name: 'ORLOVSKY, Demyan Petrovich', kind: 'PRIMARY' },
      { name: 'DEMA', kind: 'WEAK_AKA' },
      { name: 'THE FERRYMAN', kind: 'WEAK_AKA' },
      { name: 'ORLOVSKII, Demian Petrovich', kind: 'AKA' },
      { name: 'ZIMIN, Demyan', kind: 'FKA' },
    ]);
    expect(byId('10003')?.names).toContainEqual({ name: 'HADDAD, Nabeel', kind: 'NKA' });
  });

  it('reads dates of birth, nationality, place of birth and address countries from the remarks and add.csv', () => {
    expect(byId('10001')).toMatchObject({
      entityType: 'INDIVIDUAL',
      datesOfBirth: ['1966-02-04', '1967'],
      countries: ['RU'],
      nationalities: ['RU'],
      programmes: ['RUSSIA-EO14024', 'UKRAINE-EO13660'],
      position: 'Deputy Director',
    });
    expect(byId('10003')).toMatchObject({ datesOfBirth: ['1958'], nationalities: ['SY'], countries: ['SY'] });
  });

  it('keeps entities as entities, with "-0-" read as empty', () => {
    expect(byId('10002')).toMatchObject({ entityType: 'ENTITY', countries: ['AE'] });
    expect(byId('10002')?.position).toBeUndefined();
  });

  it('refuses a file that is not in the layout', () => {
    expect(() => parseOfacCsv({ sdn: 'name,type\nfoo,bar\n', alt: '', add: '' })).toThrow(ListFormatError);
  });
});

describe('UK OFSI consolidated list CSV', () => {
  const list = parseUkCsv(text('uk', 'ConList.csv'));
  const byId = (id: string) => list.entries.find((entry) => entry.entryId === id);

  it('takes the source date from the "Last Updated" line and groups the name rows by Group ID', () => {
    expect(list.sourceDate).toBe('2026-11-28');
    expect(list.entries.map((entry) => entry.entryId)).toEqual(['16001', '16002', '16003']);
  });

  it('reads every name variant with its alias type and quality, and the non-Latin script name', () => {
    expect(byId('16001')?.names).toEqual([
      { name: 'Yevgenia Pavlovna KOROVIN', kind: 'PRIMARY' },
      { name: 'Евгения Павловна Коровина', kind: 'NON_LATIN' },
      { name: 'Evgeniya KOROVINA', kind: 'AKA' },
      { name: 'Zhenya KOROVINA', kind: 'WEAK_AKA' },
    ]);
  });

  it('reads dates of birth with unknown parts, nationality, country of birth and the entity type', () => {
    expect(byId('16001')).toMatchObject({
      entityType: 'INDIVIDUAL',
      datesOfBirth: ['1971-06-12'],
      countries: ['RU'],
      nationalities: ['RU'],
      position: 'Member of the board',
    });
    expect(byId('16002')?.datesOfBirth).toEqual(['1980']);
    expect(byId('16003')?.entityType).toBe('ENTITY');
  });

  it('refuses a file without the header', () => {
    expect(() => parseUkCsv('Name,DOB\nSomeone,01/01/1970\n')).toThrow(/Group ID/);
  });
});

describe('PEP list CSV (docs/screening-lists.md)', () => {
  const list = parsePepCsv(text('pep', 'pep.csv'));

  it('reads names, aliases (weak with ~), dates, countries and positions', () => {
    expect(list.sourceDate).toBe('2026-11-30');
    expect(list.entries[0]).toMatchObject({
      entryId: 'PEP-1',
      names: [
        { name: 'Marisol Quintanilla', kind: 'PRIMARY' },
        { name: 'M. Quintanilla', kind: 'AKA' },
        { name: 'La Jefa', kind: 'WEAK_AKA' },
      ],
      datesOfBirth: ['1970-03-09'],
      countries: ['ES'],
      nationalities: ['ES'],
      position: 'Minister of Finance',
    });
    expect(list.entries[1]).toMatchObject({ entryId: 'PEP-2', datesOfBirth: ['1964'], nationalities: [] });
  });

  it('refuses missing columns and malformed dates, naming the line', () => {
    expect(() => parsePepCsv('pep_id,full_name\nP1,Someone\n')).toThrow(/missing columns/);
    const header = 'pep_id,full_name,aliases,date_of_birth,country,nationality,position,source_date';
    expect(() => parsePepCsv(`${header}\nP1,Someone,,9/3/1970,,,,\n`)).toThrow(/line 2/);
  });
});

describe('list files', () => {
  it('hashes each file and reads OFAC from the three files beside sdn.csv', async () => {
    const { list, files } = await readListFiles('ofac-csv', fixture('ofac', 'sdn.csv'));
    expect(list.source).toBe('OFAC_SDN');
    expect(files.map((file) => file.name)).toEqual(['sdn.csv', 'alt.csv', 'add.csv']);
    expect(files.every((file) => /^[0-9a-f]{64}$/.test(file.sha256) && file.bytes > 0)).toBe(true);
  });

  it('says which file a format is missing', () => {
    expect(() => parseListFiles('ofac-csv', { 'sdn.csv': Buffer.from('') })).toThrow(/alt.csv/);
  });
});
