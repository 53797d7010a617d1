import {
  judgeGates,
  judgeHits,
  judgeOnboardings,
  KycCheck,
  type KycStandingFacts,
  type MoneyMovements,
  type WorkflowEnd,
} from './drill-checks';

// The drill's KYC checks judge what the stack holds at the end; here each is shown a world that keeps the rule, and
// the same world with one violation planted, which it must report.

const t = (second: number) => new Date(Date.UTC(2026, 11, 2, 9, 0, second));

const standing = (playerId: string, over: Partial<KycStandingFacts> = {}): KycStandingFacts => ({
  playerId,
  jurisdiction: 'GB',
  status: 'VERIFIED',
  verifiedAt: t(10),
  updatedAt: t(10),
  verifyBeforeDepositOrPlay: true,
  ...over,
});
const standingsOf = (...list: KycStandingFacts[]) => new Map(list.map((s) => [s.playerId, s]));
const onboarding = (playerId: string, over: Partial<WorkflowEnd> = {}): WorkflowEnd => ({
  workflowId: `kyc:onboarding:${playerId}`,
  status: 'COMPLETED',
  businessStatus: 'VERIFIED',
  pendingActivities: [],
  ...over,
});
const move = (playerId: string, kind: MoneyMovements['kind'], first: number, last = first): MoneyMovements => ({
  playerId,
  kind,
  firstAt: t(first),
  lastAt: t(last),
  count: 1,
});

describe('the drill check: no onboarding stuck', () => {
  const standings = standingsOf(standing('pl_a'), standing('pl_b', { status: 'MANUAL_REVIEW', verifiedAt: null }));

  it('accepts completed onboardings and one waiting for an officer with an open review', () => {
    const ends = [onboarding('pl_a'), onboarding('pl_b', { status: 'RUNNING', businessStatus: 'MANUAL_REVIEW' })];
    expect(judgeOnboardings(ends, standings, new Set(['pl_b']))).toEqual([]);
  });

  it('reports a review with no open row, a run still pending, and a failed run', () => {
    const inReview = onboarding('pl_b', { status: 'RUNNING', businessStatus: 'MANUAL_REVIEW' });
    expect(judgeOnboardings([inReview], standings, new Set())).toEqual([
      expect.objectContaining({ check: KycCheck.onboarding, detail: expect.stringContaining('no open review') }),
    ]);
    const pending = standingsOf(standing('pl_c', { status: 'PENDING', verifiedAt: null }));
    const stuck = onboarding('pl_c', { status: 'RUNNING', businessStatus: 'PENDING' });
    expect(judgeOnboardings([stuck], pending, new Set()).map((v) => v.detail)).toEqual([
      expect.stringContaining('still PENDING, no open review'),
      "pl_c's KYC standing is still PENDING",
    ]);
    expect(judgeOnboardings([onboarding('pl_a', { status: 'TERMINATED' })], standings, new Set())).toEqual([
      { check: KycCheck.onboarding, detail: 'kyc:onboarding:pl_a is TERMINATED' },
    ]);
  });
});

describe('the drill check: no screening hit without a review', () => {
  it('accepts hits held by a review and reports one that no review holds', () => {
    const hits = [
      { screeningId: 'scr_1', playerId: 'pl_a', hits: 2 },
      { screeningId: 'scr_2', playerId: 'pl_a', hits: 1 },
    ];
    expect(judgeHits(hits, new Set(['scr_1', 'scr_2']))).toEqual([]);
    expect(judgeHits(hits, new Set(['scr_1']))).toEqual([
      { check: KycCheck.hits, detail: 'pl_a: screening scr_2 found 1 hit(s), in no review' },
    ]);
  });
});

describe('the drill check: no money moved against the gates', () => {
  const standings = standingsOf(
    standing('pl_gb'),
    standing('pl_mt', { jurisdiction: 'MT', verifyBeforeDepositOrPlay: false, verifiedAt: null, status: 'PENDING' }),
    standing('pl_rejected', { jurisdiction: 'MT', verifyBeforeDepositOrPlay: false, status: 'REJECTED' }),
  );

  it('accepts play after verification in GB, a deposit before it in MT, money moved before a later rejection', () => {
    const movements = [
      move('pl_gb', 'BET', 11, 50),
      move('pl_gb', 'DEPOSIT', 12),
      move('pl_gb', 'WITHDRAWAL', 13),
      move('pl_mt', 'DEPOSIT', 1),
      move('pl_mt', 'BET', 2),
      move('pl_rejected', 'DEPOSIT', 1, 9),
    ];
    expect(judgeGates(movements, standings)).toEqual([]);
  });

  it('reports a GB bet before verification, a withdrawal by an unverified MT player, a deposit after a rejection', () => {
    const violations = judgeGates(
      [move('pl_gb', 'BET', 9, 50), move('pl_mt', 'WITHDRAWAL', 5), move('pl_rejected', 'DEPOSIT', 1, 11)],
      standings,
    );
    expect(violations.map((v) => v.check)).toEqual([KycCheck.gates, KycCheck.gates, KycCheck.gates]);
    expect(violations.map((v) => v.detail)).toEqual([
      expect.stringMatching(/^pl_gb \(GB, VERIFIED\): a bet asked for at .*09:00:09/),
      expect.stringMatching(/^pl_mt \(MT, PENDING\): a paid withdrawal .* verified never/),
      expect.stringMatching(/^pl_rejected \(REJECTED at .*09:00:10.*\): a credited deposit asked for at .*09:00:11/),
    ]);
  });
});
