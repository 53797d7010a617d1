import { levelRows, levelSummary, ratioTo, targetLine, targetMet, type Measured } from './payments-report';

const measured = (perSec: number, p50Ms = 100, p99Ms = 300, failed = 0): Measured => ({
  concurrency: 16,
  perSec,
  p50Ms,
  p99Ms,
  failed,
});

describe('the report of npm run bench:payments', () => {
  const deposits = measured(18, 820.44, 1500.06, 1);
  const sameShape = measured(20, 700.12, 1200.56);
  const baseline = measured(90, 150.04, 400.96);

  it('gives the deposits’ ratio to each baseline, and none without it or when it completed nothing', () => {
    expect(ratioTo(deposits, sameShape)).toBeCloseTo(0.9, 10);
    expect(ratioTo(deposits, baseline)).toBeCloseTo(0.2, 10);
    expect(ratioTo(deposits, undefined)).toBeUndefined();
    expect(ratioTo(deposits, measured(0))).toBeUndefined();
  });

  it('prints the same-shape ratio beside the one-activity ratio on each level', () => {
    const rows = levelRows([
      { deposits, sameShape, baseline },
      { deposits: { ...deposits, concurrency: 32 }, baseline },
    ]);
    expect(rows[0]).toEqual([
      'in flight',
      'deposits/s',
      'p50 ms',
      'p99 ms',
      'failed',
      'same-shape/s',
      'p50',
      'p99',
      'ratio',
      '1-activity/s',
      'p50',
      'p99',
      'ratio',
    ]);
    expect(rows[1]).toEqual([
      '16',
      '18.0',
      '820',
      '1500',
      '1',
      '20.0',
      '700',
      '1201',
      '0.900',
      '90.0',
      '150',
      '401',
      '0.200',
    ]);
    expect(rows[2]!.slice(5)).toEqual(['-', '-', '-', '-', '90.0', '150', '401', '0.200']);
  });

  it('reports each level in the JSON line with both baselines, null where one did not run', () => {
    expect(levelSummary({ deposits, sameShape, baseline })).toEqual({
      concurrency: 16,
      depositsPerSec: 18,
      p50Ms: 820.4,
      p99Ms: 1500.1,
      failed: 1,
      sameShapeBaselinePerSec: 20,
      sameShapeP50Ms: 700.1,
      sameShapeP99Ms: 1200.6,
      sameShapeRatio: 0.9,
      baselinePerSec: 90,
      baselineP50Ms: 150,
      baselineP99Ms: 401,
      ratio: 0.2,
    });
    expect(levelSummary({ deposits })).toMatchObject({
      sameShapeBaselinePerSec: null,
      sameShapeRatio: null,
      baselinePerSec: null,
      ratio: null,
    });
  });

  it('holds the best level to deposits ≥ 0.8× the same-shape baseline, and says so either way', () => {
    expect(targetMet({ deposits, sameShape })).toBe(true);
    expect(targetLine({ deposits, sameShape }, undefined)).toBe(
      'Target at the best level (16 in flight): ✔ met deposits/same-shape ≥ 0.8 (got 0.900)',
    );
    const slow = measured(15);
    expect(targetMet({ deposits: slow, sameShape })).toBe(false);
    expect(targetLine({ deposits: slow, sameShape }, undefined)).toContain(
      '✖ MISSED deposits/same-shape ≥ 0.8 (got 0.750)',
    );
    expect(targetMet({ deposits })).toBeNull();
    expect(targetLine({ deposits }, 'its workflow task failed: unknown workflow type')).toBe(
      'Target at the best level (16 in flight): ? unknown deposits/same-shape ≥ 0.8 (its workflow task failed: unknown workflow type)',
    );
  });
});
