import type { ListChange, ListSource } from './screening-lists-api';

/** The lists as compliance officers call them. */
export const SOURCE_LABELS: Record<ListSource, string> = {
  OFAC_SDN: 'US OFAC SDN list',
  UK_OFSI: 'UK OFSI consolidated list',
  PEP: 'Politically exposed persons',
};

/** How an entry changed, in words. */
export const CHANGE_LABELS: Record<ListChange['change'], string> = {
  ADDED: 'Added',
  REMOVED: 'Removed',
  CHANGED: 'Changed',
};

export const CHANGE_COLORS: Record<ListChange['change'], string> = { ADDED: 'red', REMOVED: 'gray', CHANGED: 'orange' };
