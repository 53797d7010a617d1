import { createHash } from 'node:crypto';
import { canonicalJson } from '../../admin/audit-log';

/** The list sources the back office imports: the US OFAC SDN list, the UK OFSI consolidated list, a PEP list. */
export const ListSource = { OFAC_SDN: 'OFAC_SDN', UK_OFSI: 'UK_OFSI', PEP: 'PEP' } as const;
/** One list source. */
export type ListSource = (typeof ListSource)[keyof typeof ListSource];

/** Sanctions lists hold people and companies nobody may pay; PEP lists people who need enhanced due diligence. */
export const ListKind = { SANCTIONS: 'SANCTIONS', PEP: 'PEP' } as const;
/** One kind of list. */
export type ListKind = (typeof ListKind)[keyof typeof ListKind];

/** The kind of list each source is. */
export const listKindOf: Record<ListSource, ListKind> = {
  OFAC_SDN: ListKind.SANCTIONS,
  UK_OFSI: ListKind.SANCTIONS,
  PEP: ListKind.PEP,
};

/**
 * How a name belongs to its entry. WEAK_AKA is a low-quality alias (OFAC's "a.k.a." in the remarks, OFSI's "Low
 * quality" aliases): the lists themselves say it identifies nobody alone, so it weighs less.
 */
export const NameKind = {
  PRIMARY: 'PRIMARY',
  AKA: 'AKA',
  FKA: 'FKA',
  NKA: 'NKA',
  WEAK_AKA: 'WEAK_AKA',
  NON_LATIN: 'NON_LATIN',
} as const;
/** One kind of name. */
export type NameKind = (typeof NameKind)[keyof typeof NameKind];

/** What an entry is; only people are screened against players, but entities are kept as the list has them. */
export type EntityType = 'INDIVIDUAL' | 'ENTITY' | 'VESSEL' | 'AIRCRAFT' | 'UNKNOWN';

/** One name variant of an entry, as the list writes it. */
export interface NameVariant {
  name: string;
  kind: NameKind;
}

/**
 * One entry of a list, whatever its format: the source's own id (OFAC ent_num, OFSI Group ID, the PEP list's id),
 * every name variant, dates of birth (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the list is), countries
 * and nationalities (ISO 3166-1 alpha-2 where the name is known, otherwise the list's text in capitals).
 */
export interface ListEntry {
  entryId: string;
  entityType: EntityType;
  names: NameVariant[];
  datesOfBirth: string[];
  countries: string[];
  nationalities: string[];
  programmes: string[];
  /** The PEP's position, OFAC's title, OFSI's position. */
  position?: string;
  remarks?: string;
}

/** A parsed list: its entries and, when the file says it, the date the source published it (`YYYY-MM-DD`). */
export interface ParsedList {
  source: ListSource;
  sourceDate: string | null;
  entries: ListEntry[];
}

/** The hash of an entry's content: two versions hold the same entry unchanged exactly when the hashes are equal. */
export const entryHash = (entry: ListEntry): string => createHash('sha256').update(canonicalJson(entry)).digest('hex');

/** Thrown when a list file is not in the format it was imported as. */
export class ListFormatError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${file}: ${message}` : `${file} line ${line}: ${message}`);
    this.name = 'ListFormatError';
  }
}

/** Adds `value` to `into` unless it is empty or already there (lists repeat names and dates across rows). */
export function addUnique<T>(into: T[], value: T | null | undefined): void {
  if (value === null || value === undefined || value === '') return;
  if (!into.includes(value)) into.push(value);
}
