import { Histogram } from 'prom-client';
import { BetAcceptanceSampler } from './bet-acceptance-sampler';
import { seriesFrameOf } from './slo-series';

// A real prom-client histogram (not registered anywhere), sampled on a clock the test moves.
function setUp() {
  const histogram = new Histogram({
    name: 'test_bet_acceptance_seconds',
    help: 'test',
    labelNames: ['result'] as const,
    buckets: [0.01, 0.05, 0.1],
    registers: [],
  });
  let now = Date.parse('2025-11-26T10:00:05Z');
  const sampler = new BetAcceptanceSampler(histogram, 10_000, () => now);
  return {
    histogram,
    sampler,
    setNow: (iso: string) => (now = Date.parse(iso)),
    frameAt: (iso: string) => seriesFrameOf('15m', Date.parse(iso)),
  };
}

it('answers nothing before any bet', async () => {
  const { sampler, frameAt } = setUp();
  await sampler.sample();
  const view = await sampler.view(frameAt('2025-11-26T10:00:20Z'));
  expect(view).toMatchObject({ p99: null, count: 0 });
  expect(view.series.every((p) => p.count === 0 && p.values.p99 === null)).toBe(true);
});

it('puts each sample’s new bets in its interval, sums accepted and refused, and counts unsampled bets now', async () => {
  const { histogram, sampler, setNow, frameAt } = setUp();
  await sampler.sample(); // 10:00:05, empty baseline

  for (let i = 0; i < 9; i += 1) histogram.observe({ result: 'accepted' }, 0.004);
  histogram.observe({ result: 'refused' }, 0.07);
  setNow('2025-11-26T10:00:15Z');
  await sampler.sample(); // 10 bets, in the 10:00:00 interval

  for (let i = 0; i < 4; i += 1) histogram.observe({ result: 'accepted' }, 0.03);
  setNow('2025-11-26T10:00:45Z');
  await sampler.sample(); // 4 bets, in the 10:00:30 interval

  histogram.observe({ result: 'accepted' }, 0.2); // not sampled yet: counted at the report's now
  const view = await sampler.view(frameAt('2025-11-26T10:01:02Z'));
  const byStart = new Map(view.series.map((p) => [p.at, p]));

  expect(byStart.get('2025-11-26T10:00:00.000Z')).toMatchObject({ count: 10 });
  // p50 of 9 × 4 ms and 1 × 70 ms: rank 5 of 9 in (0, 10 ms] is 5.55 ms; p99 is in (50 ms, 100 ms].
  expect(byStart.get('2025-11-26T10:00:00.000Z')!.values.p50).toBeCloseTo(0.00556, 4);
  expect(byStart.get('2025-11-26T10:00:00.000Z')!.values.p99).toBeGreaterThan(0.05);
  expect(byStart.get('2025-11-26T10:00:30.000Z')).toMatchObject({ count: 4 });
  expect(byStart.get('2025-11-26T10:01:00.000Z')).toMatchObject({ count: 1, values: { p50: 0.1, p99: 0.1 } });
  expect(view.count).toBe(15);
  expect(view.p99).toBe(0.1); // the 200 ms bet is above the last bound
  expect(view.sampledSinceMs).toBe(Date.parse('2025-11-26T10:00:05Z'));
});

it('counts abandoned bets and leaves unsigned calls (unauthenticated) out', async () => {
  const { histogram, sampler, setNow, frameAt } = setUp();
  await sampler.sample();
  histogram.observe({ result: 'accepted' }, 0.004);
  histogram.observe({ result: 'abandoned' }, 0.07);
  for (let i = 0; i < 50; i += 1) histogram.observe({ result: 'unauthenticated' }, 0.001);
  setNow('2025-11-26T10:00:15Z');
  await sampler.sample();
  histogram.observe({ result: 'unauthenticated' }, 0.001); // unsampled, and still left out

  const view = await sampler.view(frameAt('2025-11-26T10:00:20Z'));
  expect(view.count).toBe(2);
  expect(view.p99).toBeGreaterThan(0.05); // the abandoned bet, not pulled down by the 401s
});

it('keeps only the window of the report in its series and totals', async () => {
  const { histogram, sampler, setNow, frameAt } = setUp();
  await sampler.sample();
  histogram.observe({ result: 'accepted' }, 0.004);
  setNow('2025-11-26T10:00:15Z');
  await sampler.sample();
  histogram.observe({ result: 'accepted' }, 0.004);
  setNow('2025-11-26T10:20:15Z');
  await sampler.sample();

  const view = await sampler.view(frameAt('2025-11-26T10:20:20Z'));
  expect(view.count).toBe(1);
});
