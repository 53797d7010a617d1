import { DEFAULT_LISTS } from '../domain/kyc/screening/list-import';
import { listKindOf } from '../domain/kyc/screening/list-entry';
import { readListFiles } from '../domain/kyc/screening/list-formats';
import { HIT_THRESHOLD, ScreeningIndex, type ScreeningSubject } from '../domain/kyc/screening/screening-index';
import { seededRandom, syntheticEntries, syntheticName } from './screening/synthetic-list';
import { labelledVariants, personNameOf, type VariantKind } from './screening/variants';

// `npm run bench:screening`: one screening against a 20,000-entry list (the default fictional lists filled up with
// synthetic people), timed per call, and recall and precision on a labelled variant set built from the default
// lists. No engine is needed: screening runs on the in-memory index the workers build from the list versions.
// Ends with one JSON line.

const LIST_ENTRIES = Number(process.env.SCREENING_BENCH_ENTRIES ?? 20_000);
/** Extra screenings of unlisted players, so the latency figures are not only those of the labelled names. */
const UNLISTED_PLAYERS = 2_000;

const ms = (ns: bigint) => Number(ns) / 1e6;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

async function main() {
  console.log(`bench:screening: ${LIST_ENTRIES} list entries, hit threshold ${HIT_THRESHOLD}`);
  const defaults = await Promise.all(
    DEFAULT_LISTS.map(async ({ format, file }) => (await readListFiles(format, file)).list),
  );
  const defaultCount = defaults.reduce((sum, list) => sum + list.entries.length, 0);
  const givenNames = defaults.flatMap((list) =>
    list.entries.flatMap((entry) => entry.names.flatMap((n) => personNameOf(n)?.given.slice(0, 1) ?? [])),
  );
  const synthetic = syntheticEntries(Math.max(0, LIST_ENTRIES - defaultCount), givenNames);
  console.log(`  default lists: ${defaultCount} entries; synthetic: ${synthetic.length}`);

  const started = process.hrtime.bigint();
  const index = new ScreeningIndex([
    ...defaults.map((list) => ({
      versionId: `bench-${list.source}`,
      source: list.source,
      listKind: listKindOf[list.source],
      entries: list.entries,
    })),
    { versionId: 'bench-synthetic', source: 'OFAC_SDN' as const, listKind: 'SANCTIONS' as const, entries: synthetic },
  ]);
  const buildMs = ms(process.hrtime.bigint() - started);
  console.log(
    `  index: ${index.size.entries} people, ${index.size.variants} name variants, built in ${round(buildMs, 1)} ms`,
  );

  const variants = labelledVariants(defaults);
  console.log(`  labelled variants: ${variants.length} (${variants.filter((v) => v.expected).length} must match)`);

  const random = seededRandom(7);
  const unlisted: ScreeningSubject[] = Array.from({ length: UNLISTED_PLAYERS }, () => ({
    givenName: syntheticName(random, 2, 3),
    familyName: syntheticName(random, 2, 4),
    dateOfBirth: '1990-05-17',
  }));
  // Warm up the JIT the way a long-running worker is warm.
  for (const subject of unlisted.slice(0, 200)) index.screen(subject);

  const timings: number[] = [];
  const timed = (subject: ScreeningSubject) => {
    const t0 = process.hrtime.bigint();
    const hits = index.screen(subject);
    timings.push(ms(process.hrtime.bigint() - t0));
    return hits;
  };

  let truePositives = 0;
  let falsePositives = 0;
  const byKind = new Map<VariantKind, { total: number; found: number; falseHits: number }>();
  const misses: string[] = [];
  variants.forEach((variant, i) => {
    const hits = timed(variant.subject);
    const keys = hits.map((hit) => `${hit.source}/${hit.entryId}`);
    const found = variant.expected !== null && keys.includes(variant.expected);
    const wrong = keys.filter((key) => key !== variant.expected).length;
    truePositives += found ? 1 : 0;
    falsePositives += wrong;
    const stats = byKind.get(variant.kind) ?? { total: 0, found: 0, falseHits: 0 };
    stats.total += 1;
    stats.found += found ? 1 : 0;
    stats.falseHits += wrong;
    byKind.set(variant.kind, stats);
    if ((variant.expected && !found) || wrong > 0) {
      const best = hits.find((hit) => `${hit.source}/${hit.entryId}` !== variant.expected);
      const shown = best ? ` wrong ${best.entryId} ${best.score} ${JSON.stringify(best.explanation)}` : '';
      misses.push(`${variant.kind} ${JSON.stringify(variant.subject)} expected ${variant.expected ?? 'none'}${shown}`);
    }
    if ((i + 1) % 250 === 0) console.log(`  screened ${i + 1}/${variants.length} labelled variants`);
  });
  for (const subject of unlisted) timed(subject);

  const positives = variants.filter((v) => v.expected).length;
  const recall = positives ? truePositives / positives : 0;
  const precision = truePositives + falsePositives ? truePositives / (truePositives + falsePositives) : 1;
  const sorted = [...timings].sort((a, b) => a - b);
  console.log('  by kind: found/must match, hits on other entries');
  for (const [kind, stats] of byKind) {
    const found = kind.startsWith('NEAR_MISS') ? '(must match nothing)' : `${stats.found}/${stats.total}`;
    console.log(`    ${kind.padEnd(17)} ${found.padEnd(21)} ${stats.falseHits}`);
  }
  if (process.env.SCREENING_BENCH_VERBOSE) misses.forEach((line) => console.log(`    miss: ${line}`));
  console.log(
    `  ${timings.length} screenings: p50 ${round(percentile(sorted, 0.5))} ms, p99 ${round(percentile(sorted, 0.99))} ms, ` +
      `max ${round(sorted.at(-1) ?? Number.NaN)} ms; recall ${round(recall)}, precision ${round(precision)}`,
  );
  console.log(
    JSON.stringify({
      listEntries: index.size.entries,
      nameVariants: index.size.variants,
      indexBuildMs: round(buildMs, 1),
      screenings: timings.length,
      p50Ms: round(percentile(sorted, 0.5)),
      p99Ms: round(percentile(sorted, 0.99)),
      maxMs: round(sorted.at(-1) ?? Number.NaN),
      labelledVariants: variants.length,
      positives,
      truePositives,
      falsePositives,
      recall: round(recall),
      precision: round(precision),
      threshold: HIT_THRESHOLD,
      recallByKind: Object.fromEntries(
        [...byKind]
          .filter(([kind]) => !kind.startsWith('NEAR_MISS'))
          .map(([kind, s]) => [kind, round(s.found / s.total)]),
      ),
      falsePositivesByKind: Object.fromEntries([...byKind].map(([kind, stats]) => [kind, stats.falseHits])),
    }),
  );
}

main().catch((err: unknown) => {
  console.error(`bench:screening failed: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
