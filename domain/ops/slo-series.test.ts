import { fillSeries, intervalIndexOf, seriesFrameOf, sloStateOf } from './slo-series';

const at = (iso: string) => Date.parse(iso);

describe('seriesFrameOf', () => {
  it('cuts an hour into 60 one-minute intervals aligned on the minute, the last one holding now', () => {
    const frame = seriesFrameOf('1h', at('2025-11-26T10:30:42.500Z'));
    expect(frame.stepMs).toBe(60_000);
    expect(frame.starts).toHaveLength(60);
    expect(new Date(frame.starts[59]!).toISOString()).toBe('2025-11-26T10:30:00.000Z');
    expect(new Date(frame.fromMs).toISOString()).toBe('2025-11-26T09:31:00.000Z');
  });

  it('is coarser for longer windows and finer for 15 minutes', () => {
    const now = at('2025-11-26T10:30:42Z');
    expect(seriesFrameOf('15m', now)).toMatchObject({ stepMs: 30_000, starts: expect.any(Array) });
    expect(seriesFrameOf('15m', now).starts).toHaveLength(30);
    expect(seriesFrameOf('6h', now).stepMs).toBe(300_000);
    expect(seriesFrameOf('6h', now).starts).toHaveLength(72);
    expect(seriesFrameOf('24h', now).stepMs).toBe(1_200_000);
    expect(seriesFrameOf('24h', now).starts).toHaveLength(72);
    // Aligned on the epoch, as Postgres's floor(epoch / step) * step is.
    for (const w of ['15m', '1h', '6h', '24h'] as const) {
      const frame = seriesFrameOf(w, now);
      expect(frame.starts.every((s) => s % frame.stepMs === 0)).toBe(true);
    }
  });
});

describe('intervalIndexOf', () => {
  const frame = seriesFrameOf('1h', at('2025-11-26T10:30:42Z'));

  it('puts a moment in the interval that starts at or before it', () => {
    expect(intervalIndexOf(frame, at('2025-11-26T09:31:00Z'))).toBe(0);
    expect(intervalIndexOf(frame, at('2025-11-26T09:31:59.999Z'))).toBe(0);
    expect(intervalIndexOf(frame, at('2025-11-26T09:32:00Z'))).toBe(1);
    expect(intervalIndexOf(frame, at('2025-11-26T10:30:42Z'))).toBe(59);
  });

  it('answers undefined outside the frame', () => {
    expect(intervalIndexOf(frame, at('2025-11-26T09:30:59Z'))).toBeUndefined();
    expect(intervalIndexOf(frame, at('2025-11-26T10:31:00Z'))).toBeUndefined();
  });
});

describe('fillSeries', () => {
  const frame = seriesFrameOf('15m', at('2025-11-26T10:00:10Z'));

  it('gives every interval a point, with nulls (not zeros) where nothing was measured', () => {
    const measured = new Map([[frame.starts[29]!, { count: 3, values: { p50: 0.2, p95: 0.9 } }]]);
    const series = fillSeries(frame, measured, ['p50', 'p95']);
    expect(series).toHaveLength(30);
    expect(series[0]).toEqual({ at: '2025-11-26T09:45:30.000Z', count: 0, values: { p50: null, p95: null } });
    expect(series[29]).toEqual({ at: '2025-11-26T10:00:00.000Z', count: 3, values: { p50: 0.2, p95: 0.9 } });
  });

  it('leaves the count null for sampled gauges', () => {
    expect(fillSeries(frame, new Map(), ['lag'], null)[0]!.count).toBeNull();
  });
});

describe('sloStateOf', () => {
  it('is green below 80 % of the target, amber from there, red over it, and NO_DATA without a value', () => {
    expect(sloStateOf(3.9, 5)).toBe('OK');
    expect(sloStateOf(4, 5)).toBe('AT_RISK');
    expect(sloStateOf(5, 5)).toBe('AT_RISK');
    expect(sloStateOf(5.01, 5)).toBe('BREACHED');
    expect(sloStateOf(null, 5)).toBe('NO_DATA');
  });
});
