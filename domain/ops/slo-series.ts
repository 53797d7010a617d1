import type { SloPoint, SloState, SloWindow } from '../../contracts/ops';
import { AT_RISK_RATIO } from './slo-targets';

// The time frame of an SLO report: the window cut into intervals aligned on the epoch (so Postgres and the
// in-memory samplers put a moment in the same interval), and the series filled so every interval has a point.

/** The windows `GET /api/ops/slo` accepts. */
export const SLO_WINDOWS = ['15m', '1h', '6h', '24h'] as const satisfies readonly SloWindow[];

/** One point a minute for an hour; coarser for longer windows so that every chart has 30 to 72 points. */
const WINDOW_STEPS: Record<SloWindow, { windowSeconds: number; stepSeconds: number }> = {
  '15m': { windowSeconds: 15 * 60, stepSeconds: 30 },
  '1h': { windowSeconds: 3600, stepSeconds: 60 },
  '6h': { windowSeconds: 6 * 3600, stepSeconds: 5 * 60 },
  '24h': { windowSeconds: 24 * 3600, stepSeconds: 20 * 60 },
};

/** The longest window, which is how much history the in-memory samplers keep. */
export const LONGEST_WINDOW_MS = Math.max(...Object.values(WINDOW_STEPS).map((w) => w.windowSeconds)) * 1000;

/** The intervals of a report: `starts[i]` (epoch ms) begins interval i, each `stepMs` long; the last holds now. */
export interface SeriesFrame {
  window: SloWindow;
  stepMs: number;
  starts: number[];
  /** Start of the first interval: what the report's queries read from. */
  fromMs: number;
  nowMs: number;
}

/** The intervals of `window` ending with the one that holds `nowMs`. */
export function seriesFrameOf(window: SloWindow, nowMs: number): SeriesFrame {
  const { windowSeconds, stepSeconds } = WINDOW_STEPS[window];
  const stepMs = stepSeconds * 1000;
  const count = windowSeconds / stepSeconds;
  const last = Math.floor(nowMs / stepMs) * stepMs;
  const starts = Array.from({ length: count }, (_, i) => last - (count - 1 - i) * stepMs);
  return { window, stepMs, starts, fromMs: starts[0]!, nowMs };
}

/** The interval that holds `atMs`, or undefined when it falls outside the frame. */
export function intervalIndexOf(frame: SeriesFrame, atMs: number): number | undefined {
  const index = Math.floor((atMs - frame.fromMs) / frame.stepMs);
  return index >= 0 && index < frame.starts.length ? index : undefined;
}

/** What was measured in one interval. */
export interface IntervalValues {
  count: number | null;
  values: Record<string, number | null>;
}

/**
 * One point per interval of the frame, in order: the measured values where there are some, otherwise a point
 * with every line null (and a zero count where counting applies), so charts show a gap rather than a made-up zero.
 */
export function fillSeries(
  frame: SeriesFrame,
  measured: ReadonlyMap<number, IntervalValues>,
  lineKeys: readonly string[],
  emptyCount: 0 | null = 0,
): SloPoint[] {
  return frame.starts.map((start) => {
    const found = measured.get(start);
    const values = Object.fromEntries(lineKeys.map((key) => [key, found?.values[key] ?? null]));
    return { at: new Date(start).toISOString(), count: found?.count ?? emptyCount, values };
  });
}

/** Red over the target, amber from 80 % of it, green below; nothing measured is neither. */
export function sloStateOf(value: number | null, threshold: number): SloState {
  if (value === null || !Number.isFinite(value)) return 'NO_DATA';
  if (value > threshold) return 'BREACHED';
  if (value >= threshold * AT_RISK_RATIO) return 'AT_RISK';
  return 'OK';
}
