import { fixed, round } from './bench-support';

// How `npm run bench:payments` reports one concurrency level: deposits beside the two baselines that ran on the same
// Temporal server in the same run, the same-shape workflow (the deposit's steps as no-ops) and the one-activity
// workflow, each with the deposits' ratio to it.

/** The target: deposits/s at least this share of the same-shape baseline's workflows/s. */
export const SAME_SHAPE_TARGET_RATIO = 0.8;

/** What one measurement of one kind of workflow gave at one level. */
export interface Measured {
  concurrency: number;
  perSec: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
}

/** One concurrency level: deposits, and each baseline unless it could not run. */
export interface LevelFigures<M extends Measured = Measured> {
  deposits: M;
  sameShape?: M;
  baseline?: M;
}

/** Deposits/s as a share of a baseline's workflows/s; unknown without that baseline or when it completed none. */
export function ratioTo(deposits: Measured, baseline: Measured | undefined): number | undefined {
  return baseline && baseline.perSec > 0 ? deposits.perSec / baseline.perSec : undefined;
}

/** The level table: deposits, then each baseline with the deposits' ratio to it. */
export function levelRows(levels: LevelFigures[]): string[][] {
  const baselineCells = (deposits: Measured, baseline: Measured | undefined) =>
    baseline
      ? [fixed(baseline.perSec, 1), fixed(baseline.p50Ms, 0), fixed(baseline.p99Ms, 0), ratioCell(deposits, baseline)]
      : ['-', '-', '-', '-'];
  return [
    [
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
    ],
    ...levels.map(({ deposits, sameShape, baseline }) => [
      String(deposits.concurrency),
      fixed(deposits.perSec, 1),
      fixed(deposits.p50Ms, 0),
      fixed(deposits.p99Ms, 0),
      String(deposits.failed),
      ...baselineCells(deposits, sameShape),
      ...baselineCells(deposits, baseline),
    ]),
  ];
}

function ratioCell(deposits: Measured, baseline: Measured): string {
  const ratio = ratioTo(deposits, baseline);
  return ratio === undefined ? '-' : fixed(ratio, 3);
}

/** One level of the JSON line: the deposits' figures, then each baseline's and the ratio to it (null if it did not run). */
export function levelSummary({ deposits: d, sameShape: s, baseline: b }: LevelFigures) {
  const rounded = (value: number | undefined, digits: number) => (value === undefined ? null : round(value, digits));
  return {
    concurrency: d.concurrency,
    depositsPerSec: round(d.perSec, 2),
    p50Ms: round(d.p50Ms, 1),
    p99Ms: round(d.p99Ms, 1),
    failed: d.failed,
    sameShapeBaselinePerSec: rounded(s?.perSec, 2),
    sameShapeP50Ms: rounded(s?.p50Ms, 1),
    sameShapeP99Ms: rounded(s?.p99Ms, 1),
    sameShapeRatio: rounded(ratioTo(d, s), 3),
    baselinePerSec: rounded(b?.perSec, 2),
    baselineP50Ms: rounded(b?.p50Ms, 1),
    baselineP99Ms: rounded(b?.p99Ms, 1),
    ratio: rounded(ratioTo(d, b), 3),
  };
}

/** The target line for the best level; whether it was met is printed, never enforced (timing fails nothing). */
export function targetLine(best: LevelFigures, sameShapeUnavailable: string | undefined): string {
  const ratio = ratioTo(best.deposits, best.sameShape);
  const target = `deposits/same-shape ≥ ${SAME_SHAPE_TARGET_RATIO}`;
  const at = `Target at the best level (${best.deposits.concurrency} in flight): `;
  if (ratio === undefined) return `${at}? unknown ${target} (${sameShapeUnavailable ?? 'no same-shape figure'})`;
  return `${at}${ratio >= SAME_SHAPE_TARGET_RATIO ? '✔ met' : '✖ MISSED'} ${target} (got ${fixed(ratio, 3)})`;
}

/** Whether the best level met the target; null when the same-shape baseline gave no figure. */
export function targetMet(best: LevelFigures): boolean | null {
  const ratio = ratioTo(best.deposits, best.sameShape);
  return ratio === undefined ? null : ratio >= SAME_SHAPE_TARGET_RATIO;
}
