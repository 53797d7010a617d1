import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ListFormatError, type ParsedList } from './list-entry';
import { fileHash, type ListFile } from './list-versions';
import { parseOfacCsv } from './parse-ofac-csv';
import { parsePepCsv } from './parse-pep-csv';
import { parseUkCsv } from './parse-uk-csv';

/** The formats an import reads, as `npm run screening:import -- --format` and the import route name them. */
export const LIST_FORMATS = ['ofac-csv', 'uk-csv', 'pep-csv'] as const;
/** One import format. */
export type ListFormat = (typeof LIST_FORMATS)[number];

/** The files each format is made of: OFAC's three, the others one. */
export const FILES_OF_FORMAT: Record<ListFormat, readonly string[]> = {
  'ofac-csv': ['sdn.csv', 'alt.csv', 'add.csv'],
  'uk-csv': ['list.csv'],
  'pep-csv': ['list.csv'],
};

/** A list's files, parsed, with each file's size and SHA-256 for the version record. */
export function parseListFiles(
  format: ListFormat,
  contents: Readonly<Record<string, Buffer>>,
): { list: ParsedList; files: ListFile[] } {
  const text = (name: string) => {
    const content = contents[name];
    if (!content) throw new ListFormatError(`the ${format} format needs this file`, name);
    return content.toString('utf8');
  };
  const files = FILES_OF_FORMAT[format].map((name): ListFile => {
    const content = contents[name] ?? Buffer.alloc(0);
    return { name, bytes: content.length, sha256: fileHash(content) };
  });
  const list =
    format === 'ofac-csv'
      ? parseOfacCsv({ sdn: text('sdn.csv'), alt: text('alt.csv'), add: text('add.csv') })
      : format === 'uk-csv'
        ? parseUkCsv(text('list.csv'))
        : parsePepCsv(text('list.csv'));
  return { list, files };
}

/** Reads a list from disk: for OFAC, `file` is sdn.csv and alt.csv and add.csv are beside it. */
export async function readListFiles(
  format: ListFormat,
  file: string,
): Promise<{ list: ParsedList; files: ListFile[] }> {
  const names = format === 'ofac-csv' ? FILES_OF_FORMAT['ofac-csv'] : [path.basename(file)];
  const contents: Record<string, Buffer> = {};
  for (const name of names) {
    const onDisk = format === 'ofac-csv' ? path.join(path.dirname(file), name) : file;
    contents[format === 'ofac-csv' ? name : 'list.csv'] = await readFile(onDisk);
  }
  const parsed = parseListFiles(format, contents);
  // The version records the file names as they were on disk.
  if (format !== 'ofac-csv') parsed.files = parsed.files.map((f) => ({ ...f, name: path.basename(file) }));
  return parsed;
}
