// Quantiles from histogram buckets, the way Prometheus's histogram_quantile() estimates them: find the bucket the
// rank falls in and interpolate linearly inside it. Pure functions, unit-tested in histogram-quantile.test.ts.

/**
 * Observation counts per bucket of a histogram: `counts[i]` observations were at most `bounds[i]` and more than
 * `bounds[i - 1]` (0 below the first); `counts[bounds.length]` were above the last bound (the +Inf bucket).
 */
export interface BucketCounts {
  /** Finite upper bounds, ascending. */
  bounds: readonly number[];
  /** Non-cumulative counts, one more than `bounds`. */
  counts: readonly number[];
}

/** The number of observations in the buckets. */
export const totalOf = (buckets: BucketCounts): number => buckets.counts.reduce((sum, c) => sum + c, 0);

/**
 * The estimated `q`-quantile (0 < q < 1) of the observations, or null when there are none. A rank in the +Inf
 * bucket answers the largest finite bound, as Prometheus does: the histogram cannot say more than "above it".
 */
export function quantileFromBuckets(q: number, buckets: BucketCounts): number | null {
  const { bounds, counts } = buckets;
  if (counts.length !== bounds.length + 1) throw new Error('a histogram has one more count than finite bounds');
  const total = totalOf(buckets);
  if (total <= 0) return null;
  const rank = q * total;
  let below = 0;
  for (let i = 0; i < counts.length; i += 1) {
    const inBucket = counts[i]!;
    if (inBucket > 0 && below + inBucket >= rank) {
      if (i === bounds.length) return bounds[bounds.length - 1] ?? null;
      const lower = i === 0 ? 0 : bounds[i - 1]!;
      const upper = bounds[i]!;
      return lower + ((upper - lower) * (rank - below)) / inBucket;
    }
    below += inBucket;
  }
  return bounds[bounds.length - 1] ?? null;
}

/** Adds bucket counts of the same histogram (intervals' deltas into a window's). */
export function addBuckets(into: number[], counts: readonly number[]): number[] {
  counts.forEach((c, i) => (into[i] = (into[i] ?? 0) + c));
  return into;
}

/**
 * What was observed between two readings of a cumulative histogram, per bucket (non-cumulative). When any count
 * went down the histogram was reset (a restarted process, a test that reset the registry): everything in the later
 * reading is new, as Prometheus's increase() assumes.
 */
export function bucketDelta(before: readonly number[] | undefined, after: readonly number[]): number[] {
  const reset = !before || before.length !== after.length || after.some((c, i) => c < before[i]!);
  const cumulative = reset ? [...after] : after.map((c, i) => c - before[i]!);
  return cumulative.map((c, i) => (i === 0 ? c : c - cumulative[i - 1]!));
}
