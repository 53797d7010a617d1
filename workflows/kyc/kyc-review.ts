import { setHandler } from '@temporalio/workflow';
import { StaffRole } from '../../contracts/admin';
import {
  KycErrorType,
  KycReviewDecision,
  KycStatus,
  type KycOnboardingState,
  type KycReviewDecisionInput,
  type KycReviewDecisionView,
  type KycReviewReason,
  type KycReviewState,
  type ScreeningOutcome,
} from '../../contracts/kyc';
import { refusal } from '../refusal';
import { decideKycReviewUpdate } from './messages';

const DECIDING_ROLES: readonly StaffRole[] = [StaffRole.COMPLIANCE_OFFICER, StaffRole.SENIOR_COMPLIANCE];

/** What the review needs from the onboarding: the read model of reviews. */
export interface ReviewEffects {
  /** Records an accepted decision (an activity); the review counts it only once it is recorded. */
  recordDecision(reviewId: string, decision: KycReviewDecisionView): Promise<unknown>;
}

/** Whether a screening found a sanctions or PEP hit, which only two different officers may clear. */
export const needsFourEyes = (outcome: ScreeningOutcome) => outcome.sanctionsHits + outcome.pepHits > 0;

/**
 * The officers' side of an onboarding: a manual review, its decisions and the rules each passes. A REJECT by one
 * officer ends it; a CLEAR ends it too, unless the review holds a sanctions or PEP hit, which two different
 * officers must clear (maker ≠ checker). Hits that arrive while it is open join it and ask for fresh clearances:
 * a clearance covers only the evidence its officer saw. A refused decision leaves no trace in the history.
 */
export class KycReview {
  private review: KycReviewState | undefined;
  // Officers whose decision is being recorded are already held against deciding twice.
  private readonly deciding = new Set<string>();

  constructor(
    private readonly state: KycOnboardingState,
    private readonly effects: ReviewEffects,
  ) {}

  /** Registers the decision Update with its validator; call before the workflow's first step. */
  register(): void {
    setHandler(decideKycReviewUpdate, (d) => this.decide(d), { validator: (d) => this.validate(d) });
  }

  /** Opens the review (the workflow has moved the player to MANUAL_REVIEW). */
  open(reviewId: string, reasons: KycReviewReason[]): KycReviewState {
    const screenings = this.state.screenings.filter((s) => s.hitCount > 0);
    this.review = {
      reviewId,
      reasons,
      fourEyes: screenings.some(needsFourEyes),
      screeningIds: screenings.map((s) => s.screeningId),
      clearedBy: [],
      decisions: [],
    };
    this.state.review = this.review;
    return this.review;
  }

  /**
   * New hits joined the open review: four eyes if they need it, and earlier clearances no longer count. Answers
   * whether they joined one (none is open before the review or after its outcome).
   */
  addHits(outcome: ScreeningOutcome): boolean {
    const review = this.review;
    if (!review || review.outcome || review.screeningIds.includes(outcome.screeningId)) return false;
    review.screeningIds.push(outcome.screeningId);
    if (!review.reasons.includes('SCREENING_HIT')) review.reasons.push('SCREENING_HIT');
    review.fourEyes ||= needsFourEyes(outcome);
    review.clearedBy = [];
    this.deciding.clear();
    return true;
  }

  /** The decision that ended the review, once one did. */
  get outcome(): KycReviewDecision | undefined {
    return this.review?.outcome;
  }

  /** Every decision passes these rules before it is accepted. */
  validate(d: KycReviewDecisionInput): void {
    const review = this.review;
    if (!review || review.outcome || this.state.status !== KycStatus.MANUAL_REVIEW) {
      throw refusal(KycErrorType.NotInReview, `the player is ${this.state.status}, not under manual review`);
    }
    if (!d.roles.some((r) => DECIDING_ROLES.includes(r))) {
      throw refusal(KycErrorType.NotAuthorised, 'only compliance officers decide KYC reviews');
    }
    if (!d.reason?.trim()) throw refusal(KycErrorType.ReasonRequired, 'a KYC decision needs a reason');
    if (
      d.decision === KycReviewDecision.CLEAR &&
      (review.clearedBy.includes(d.staffId) || this.deciding.has(d.staffId))
    ) {
      throw refusal(
        KycErrorType.AlreadyCleared,
        `${d.staffId} has cleared this review already: the second clearance of a sanctions or PEP hit must come from another officer`,
      );
    }
  }

  /** Records an accepted decision, then counts it; a first of two clearances leaves the review open. */
  async decide(d: KycReviewDecisionInput): Promise<KycOnboardingState> {
    const review = this.review!;
    if (d.decision === KycReviewDecision.CLEAR) this.deciding.add(d.staffId);
    const decision: KycReviewDecisionView = {
      staffId: d.staffId,
      decision: d.decision,
      reason: d.reason.trim(),
      at: new Date().toISOString(),
    };
    await this.effects.recordDecision(review.reviewId, decision);
    review.decisions.push(decision);
    if (d.decision === KycReviewDecision.REJECT) {
      review.outcome = KycReviewDecision.REJECT;
    } else if (this.deciding.has(d.staffId)) {
      // A hit that joined while this clearance was being recorded reset the clearances: it no longer counts.
      review.clearedBy.push(d.staffId);
      if (review.clearedBy.length >= (review.fourEyes ? 2 : 1)) review.outcome = KycReviewDecision.CLEAR;
    }
    return this.state;
  }
}
