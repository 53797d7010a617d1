import type { SloReport, SloWindow } from '../../contracts/ops';
import { cachedPerWindow } from './slo-router';

// The report cache on a clock the test moves; the builds are promises the test settles.
function setUp() {
  let now = 1_000_000;
  const builds: { window: SloWindow; settle: (r: SloReport) => void; fail: (e: Error) => void }[] = [];
  const reportOf = cachedPerWindow(
    (window) =>
      new Promise<SloReport>((settle, fail) => {
        builds.push({ window, settle, fail });
      }),
    5_000,
    () => now,
  );
  const reportFor = (window: SloWindow, n: number) =>
    ({ window, stepSeconds: 60, from: '', generatedAt: String(n), indicators: [] }) as SloReport;
  return { reportOf, builds, reportFor, advance: (ms: number) => (now += ms) };
}

it('builds one report for concurrent callers, answers it again for 5 s, then builds anew', async () => {
  const { reportOf, builds, reportFor, advance } = setUp();
  const first = [reportOf('1h'), reportOf('1h'), reportOf('1h')];
  expect(builds).toHaveLength(1);
  advance(8_000); // a slow build: its lifetime starts when it is built, not when asked for
  builds[0]!.settle(reportFor('1h', 1));
  expect(new Set(await Promise.all(first)).size).toBe(1);

  advance(4_999);
  expect((await reportOf('1h')).generatedAt).toBe('1');
  expect(builds).toHaveLength(1);

  advance(1);
  const next = reportOf('1h');
  expect(builds).toHaveLength(2);
  builds[1]!.settle(reportFor('1h', 2));
  expect((await next).generatedAt).toBe('2');
});

it('keeps one report per window', async () => {
  const { reportOf, builds, reportFor } = setUp();
  const hour = reportOf('1h');
  const day = reportOf('24h');
  expect(builds.map((b) => b.window)).toEqual(['1h', '24h']);
  builds[0]!.settle(reportFor('1h', 1));
  builds[1]!.settle(reportFor('24h', 2));
  expect([(await hour).window, (await day).window]).toEqual(['1h', '24h']);
});

it('does not keep a failed build: the next caller tries again', async () => {
  const { reportOf, builds, reportFor } = setUp();
  const failed = reportOf('6h');
  builds[0]!.fail(new Error('pool exhausted'));
  await expect(failed).rejects.toThrow('pool exhausted');
  await Promise.resolve(); // the cache forgets it on the same rejection
  const retried = reportOf('6h');
  expect(builds).toHaveLength(2);
  builds[1]!.settle(reportFor('6h', 2));
  expect((await retried).generatedAt).toBe('2');
});
