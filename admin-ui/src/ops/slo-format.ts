import type { SloState, SloUnit } from './ops-api';

// How SLO values read on the Operations page: durations in the unit that suits them (ms, s, min, h), lags as
// message counts, and one colour and word per state.

const count = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** A duration given in seconds, in ms below a second, s below a minute, min below an hour, h beyond. */
export function formatSeconds(seconds: number): string {
  if (seconds === 0) return '0 s';
  if (seconds < 0.01) return `${(seconds * 1000).toFixed(1)} ms`;
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
  if (seconds < 3600) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

/** An indicator's value in its unit; a dash for nothing measured. */
export function formatSloValue(value: number | null | undefined, unit: SloUnit | 'count'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (unit === 'seconds') return formatSeconds(value);
  const text = count.format(value);
  return unit === 'messages' ? `${text} msg` : text;
}

/** A short axis label: as `formatSloValue`, without the unit word for counts. */
export function formatSloTick(value: number, unit: SloUnit): string {
  if (value === 0) return '0';
  return unit === 'seconds' ? formatSeconds(value) : count.format(value);
}

/** The colour of each state, as a Mantine colour name. */
export const SLO_STATE_COLORS: Record<SloState, string> = {
  OK: 'teal',
  AT_RISK: 'yellow',
  BREACHED: 'red',
  NO_DATA: 'gray',
};

/** The word on each state's badge. */
export const SLO_STATE_LABELS: Record<SloState, string> = {
  OK: 'Within target',
  AT_RISK: 'At risk',
  BREACHED: 'Breached',
  NO_DATA: 'No data',
};
