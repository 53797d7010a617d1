import type { SloPoint } from '../../contracts/ops';
import { LONGEST_WINDOW_MS, fillSeries, intervalIndexOf, type IntervalValues, type SeriesFrame } from './slo-series';
import { addBuckets, bucketDelta, quantileFromBuckets, totalOf } from './histogram-quantile';
import { samplePeriodically } from './sample-periodically';

// Bet acceptance is measured where it happens, in the API process's own prom-client histogram
// (platform/slo-metrics.ts). Prometheus is not required to run the back office, so this samples that histogram
// into a ring of per-sample deltas kept for the longest window. With several API replicas each one samples only
// the bets it served itself, and its history starts when it did: the Grafana dashboard has the fleet's view.

/** The part of a prom-client Histogram this reads (its `get()`): cumulative `_bucket` values per label set. */
export interface HistogramSource {
  get(): Promise<{
    values: { value: number; labels: Record<string, string | number | undefined>; metricName?: string }[];
  }>;
}

/**
 * The `result` of calls that are no bet at all (unsigned or badly signed): left out, since their quick 401s would
 * pull the p99 down. Kept in step with the Grafana dashboard's `result!="unauthenticated"`.
 */
export const NOT_A_BET_RESULT = 'unauthenticated';

/** A cumulative reading of the histogram, its bets' label sets added up (accepted, refused and abandoned alike). */
interface HistogramReading {
  bounds: number[];
  /** Cumulative counts per bound, then +Inf. */
  cumulative: number[];
}

/** Reads the histogram's buckets summed over its bets' label sets; no bounds while nothing has been observed. */
export async function readHistogram(source: HistogramSource): Promise<HistogramReading> {
  const byBound = new Map<number, number>();
  for (const { value, labels, metricName } of (await source.get()).values) {
    if (metricName !== undefined && !metricName.endsWith('_bucket')) continue;
    if (labels.le === undefined || labels.result === NOT_A_BET_RESULT) continue;
    const bound = labels.le === '+Inf' ? Infinity : Number(labels.le);
    byBound.set(bound, (byBound.get(bound) ?? 0) + value);
  }
  const sorted = [...byBound].sort(([a], [b]) => a - b);
  if (sorted.length === 0 || sorted[sorted.length - 1]![0] !== Infinity) return { bounds: [], cumulative: [] };
  return { bounds: sorted.slice(0, -1).map(([b]) => b), cumulative: sorted.map(([, c]) => c) };
}

/** What was observed between two samples, counted at the later one. */
interface SampleDelta {
  at: number;
  counts: number[];
}

/** The lines of the bet-acceptance chart. */
export const BET_LINES = [
  { key: 'p50', label: 'p50' },
  { key: 'p99', label: 'p99' },
] as const;

/** The bet-acceptance series and window totals of one report. */
export interface BetAcceptanceView {
  series: SloPoint[];
  p99: number | null;
  count: number;
  /** When this process's history begins (its first sample), or null before any. */
  sampledSinceMs: number | null;
}

/** Samples the bet-acceptance histogram every `intervalMs` and answers per-interval quantiles from the samples. */
export class BetAcceptanceSampler {
  private readonly deltas: SampleDelta[] = [];
  private bounds: number[] | undefined;
  private last: number[] | undefined;
  private firstSampleAt: number | null = null;
  private timer: NodeJS.Timeout | undefined;
  private sampling = false;

  constructor(
    private readonly source: HistogramSource,
    private readonly intervalMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Samples now and then every interval; the timer never keeps a process alive on its own. */
  start(onError: (err: unknown) => void = () => undefined): void {
    this.timer ??= samplePeriodically(() => this.sample(), this.intervalMs, onError);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Records what the histogram observed since the previous sample. */
  async sample(): Promise<void> {
    if (this.sampling) return;
    this.sampling = true;
    try {
      const reading = await readHistogram(this.source);
      const at = this.now();
      this.firstSampleAt ??= at;
      if (reading.bounds.length === 0) return;
      if (!this.bounds || this.bounds.join() !== reading.bounds.join()) {
        // A histogram with other buckets is another histogram: the old deltas cannot be added to its own.
        this.deltas.length = 0;
        this.bounds = reading.bounds;
        this.last = undefined;
      }
      const counts = bucketDelta(this.last, reading.cumulative);
      this.last = reading.cumulative;
      if (counts.some((c) => c > 0)) this.deltas.push({ at, counts });
      while (this.deltas.length > 0 && this.deltas[0]!.at < at - LONGEST_WINDOW_MS - 3_600_000) this.deltas.shift();
    } finally {
      this.sampling = false;
    }
  }

  /**
   * p50 and p99 per interval of `frame`, and p99 and count over all of it. What the histogram observed since the
   * last sample is read now and counted in the current interval, so a report is never a sample behind.
   */
  async view(frame: SeriesFrame): Promise<BetAcceptanceView> {
    const reading = await readHistogram(this.source);
    const sameHistogram = this.bounds !== undefined && this.bounds.join() === reading.bounds.join();
    const bounds = reading.bounds.length > 0 ? reading.bounds : (this.bounds ?? []);
    const pending: SampleDelta[] =
      reading.bounds.length > 0
        ? [{ at: frame.nowMs, counts: bucketDelta(sameHistogram ? this.last : undefined, reading.cumulative) }]
        : [];
    const perInterval = new Map<number, number[]>();
    const window: number[] = [];
    for (const delta of [...(sameHistogram || reading.bounds.length === 0 ? this.deltas : []), ...pending]) {
      const index = intervalIndexOf(frame, delta.at);
      if (index === undefined) continue;
      const start = frame.starts[index]!;
      perInterval.set(start, addBuckets(perInterval.get(start) ?? [], delta.counts));
      addBuckets(window, delta.counts);
    }
    const measured = new Map<number, IntervalValues>();
    for (const [start, counts] of perInterval) {
      const buckets = { bounds, counts };
      const count = totalOf(buckets);
      if (count === 0) continue;
      measured.set(start, {
        count,
        values: { p50: quantileFromBuckets(0.5, buckets), p99: quantileFromBuckets(0.99, buckets) },
      });
    }
    const windowBuckets = { bounds, counts: window.length > 0 ? window : new Array<number>(bounds.length + 1).fill(0) };
    return {
      series: fillSeries(
        frame,
        measured,
        BET_LINES.map((l) => l.key),
      ),
      p99: bounds.length > 0 ? quantileFromBuckets(0.99, windowBuckets) : null,
      count: bounds.length > 0 ? totalOf(windowBuckets) : 0,
      sampledSinceMs: this.firstSampleAt,
    };
  }
}
