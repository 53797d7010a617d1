import type { ApplicationFailure } from '@temporalio/common';
import { KycStatus, type KycOnboardingState, type KycReviewDecisionInput } from '../../contracts/kyc';
import { KycReview } from './kyc-review';

// The review's rules on their own (the validator of the decision Update and how decisions count), without Temporal:
// the workflow tests run the same rules through real Updates.

const hit = (sanctionsHits: number, pepHits = 0) => ({
  screeningId: `scr_${sanctionsHits}_${pepHits}_${Math.random()}`,
  hitCount: sanctionsHits + pepHits,
  sanctionsHits,
  pepHits,
  highestScore: 0.9,
});

function underReview(screenings = [hit(1)]) {
  const state: KycOnboardingState = {
    playerId: 'pl_1',
    trigger: 'REGISTRATION',
    status: KycStatus.MANUAL_REVIEW,
    step: 'MANUAL_REVIEW',
    screenings,
    checkIds: [],
    checks: [],
  };
  const recorded: string[] = [];
  const review = new KycReview(state, {
    recordDecision: async (_id, d) => recorded.push(`${d.staffId}:${d.decision}`),
  });
  review.open('kyc-review:run', ['SCREENING_HIT']);
  return { state, review, recorded };
}
const officer = (staffId: string, decision: 'CLEAR' | 'REJECT' = 'CLEAR'): KycReviewDecisionInput => ({
  staffId,
  roles: ['compliance_officer'],
  decision,
  reason: 'reviewed',
});
const refusalType = (run: () => void) => {
  try {
    run();
    return undefined;
  } catch (err) {
    return (err as ApplicationFailure).type;
  }
};

describe('KycReview', () => {
  it('needs two different officers to clear a sanctions or PEP hit', async () => {
    const { review, state, recorded } = underReview([hit(0, 1)]);
    expect(state.review?.fourEyes).toBe(true);
    await review.decide(officer('st_a'));
    expect(review.outcome).toBeUndefined();
    expect(refusalType(() => review.validate(officer('st_a')))).toBe('KYC_ALREADY_CLEARED');
    await review.decide(officer('st_b'));
    expect(review.outcome).toBe('CLEAR');
    expect(recorded).toEqual(['st_a:CLEAR', 'st_b:CLEAR']);
  });

  it('lets one officer clear a review without a sanctions or PEP hit, and one reject any review', async () => {
    const single = underReview([]);
    expect(single.state.review?.fourEyes).toBe(false);
    await single.review.decide(officer('st_a'));
    expect(single.review.outcome).toBe('CLEAR');
    const rejected = underReview();
    await rejected.review.decide(officer('st_a', 'REJECT'));
    expect(rejected.review.outcome).toBe('REJECT');
  });

  it('asks for fresh clearances when a new hit joins, takes a screening once, and nothing once closed', async () => {
    const { review, state } = underReview([]);
    const newHit = hit(1);
    expect(review.addHits(newHit)).toBe(true);
    expect(review.addHits(newHit)).toBe(false);
    expect(state.review).toMatchObject({ fourEyes: true, reasons: ['SCREENING_HIT'], clearedBy: [] });
    await review.decide(officer('st_a'));
    await review.decide(officer('st_b'));
    expect(review.outcome).toBe('CLEAR');
    expect(review.addHits(hit(1))).toBe(false);
  });

  it('drops a clearance that was being recorded when a new hit joined', async () => {
    const { review, state } = underReview([]);
    const clearing = review.decide(officer('st_a'));
    review.addHits(hit(1));
    await clearing;
    expect(review.outcome).toBeUndefined();
    expect(state.review?.clearedBy).toEqual([]);
  });

  it('refuses decisions without a reason, from roles that may not decide, or when not under review', () => {
    const { review, state } = underReview();
    expect(refusalType(() => review.validate({ ...officer('st_a'), reason: ' ' }))).toBe('KYC_REASON_REQUIRED');
    expect(refusalType(() => review.validate({ ...officer('st_a'), roles: ['payments_ops'] }))).toBe(
      'KYC_NOT_AUTHORISED',
    );
    state.status = KycStatus.VERIFIED;
    expect(refusalType(() => review.validate(officer('st_a')))).toBe('KYC_NOT_IN_REVIEW');
  });
});
