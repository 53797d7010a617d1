import { bucketDelta, quantileFromBuckets, totalOf } from './histogram-quantile';

const bounds = [0.01, 0.05, 0.1];

describe('quantileFromBuckets', () => {
  it('answers null when nothing was observed', () => {
    expect(quantileFromBuckets(0.99, { bounds, counts: [0, 0, 0, 0] })).toBeNull();
  });

  it('interpolates linearly inside the bucket the rank falls in, from 0 below the first bound', () => {
    // 10 observations, all in (0, 0.01]: the median is half-way through that bucket.
    expect(quantileFromBuckets(0.5, { bounds, counts: [10, 0, 0, 0] })).toBeCloseTo(0.005);
    // 100 observations: 90 up to 10 ms, 10 in (10 ms, 50 ms]; p95 is half-way through the second bucket.
    expect(quantileFromBuckets(0.95, { bounds, counts: [90, 10, 0, 0] })).toBeCloseTo(0.03);
    expect(quantileFromBuckets(0.9, { bounds, counts: [90, 10, 0, 0] })).toBeCloseTo(0.01);
  });

  it('skips empty buckets and answers the largest finite bound for a rank in +Inf, as Prometheus does', () => {
    expect(quantileFromBuckets(0.5, { bounds, counts: [0, 0, 4, 0] })).toBeCloseTo(0.075);
    expect(quantileFromBuckets(0.99, { bounds, counts: [50, 0, 0, 50] })).toBe(0.1);
  });

  it('refuses counts that do not match the bounds plus +Inf', () => {
    expect(() => quantileFromBuckets(0.5, { bounds, counts: [1, 2, 3] })).toThrow(/one more count/);
  });
});

describe('bucketDelta', () => {
  it('turns two cumulative readings into what each bucket gained between them', () => {
    // Cumulative (le 0.01, le 0.05, le 0.1, +Inf): 3 new observations at <= 10 ms, 1 in (50 ms, 100 ms].
    expect(bucketDelta([1, 2, 2, 2], [4, 5, 6, 6])).toEqual([3, 0, 1, 0]);
    expect(totalOf({ bounds, counts: bucketDelta([1, 2, 2, 2], [4, 5, 6, 6]) })).toBe(4);
  });

  it('counts a whole reading as new on the first reading and after a reset', () => {
    expect(bucketDelta(undefined, [1, 3, 3, 4])).toEqual([1, 2, 0, 1]);
    expect(bucketDelta([5, 9, 9, 9], [1, 1, 2, 2])).toEqual([1, 0, 1, 0]);
  });
});
