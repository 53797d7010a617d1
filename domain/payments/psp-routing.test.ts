import { rankCandidates, type RouteCandidate } from './psp-routing';

const candidate = (psp: string, overrides: Partial<RouteCandidate> = {}): RouteCandidate => ({
  psp,
  ruleId: `rule-${psp}`,
  costMinor: 10,
  successRate: 1,
  p50LatencyMs: 50,
  recentAttempts: 20,
  circuit: 'CLOSED',
  ...overrides,
});

const order = (candidates: RouteCandidate[]) => rankCandidates(candidates).map((c) => c.psp);

describe('PSP ranking', () => {
  it('prefers the cheaper of two equally healthy PSPs', () => {
    expect(order([candidate('a', { costMinor: 30 }), candidate('b', { costMinor: 20 })])).toEqual(['b', 'a']);
  });

  it('puts health before cost: a cheap PSP that fails a third of its payments ranks second', () => {
    expect(
      order([candidate('cheap', { costMinor: 1, successRate: 0.66 }), candidate('dear', { costMinor: 90 })]),
    ).toEqual(['dear', 'cheap']);
  });

  it('ignores small differences in success rate, then compares cost', () => {
    expect(
      order([candidate('a', { successRate: 0.97, costMinor: 5 }), candidate('b', { successRate: 0.99, costMinor: 9 })]),
    ).toEqual(['a', 'b']);
  });

  it('moves a PSP with an open circuit to the end, without dropping it', () => {
    expect(
      order([candidate('open', { circuit: 'OPEN', costMinor: 0 }), candidate('closed', { costMinor: 99 })]),
    ).toEqual(['closed', 'open']);
  });

  it('presumes a PSP without recent attempts healthy', () => {
    expect(order([candidate('new', { successRate: null, costMinor: 5 }), candidate('old', { costMinor: 6 })])).toEqual([
      'new',
      'old',
    ]);
  });
});
