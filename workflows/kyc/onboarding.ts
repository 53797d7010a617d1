import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { KycActivities } from '../../activities/kyc';
import { internalDbWrite, externalKycCall } from '../activity-presets';
import {
  DueDiligenceTrigger,
  KycCheckOutcome,
  KycOnboardingStep,
  KycReviewDecision,
  KycReviewReason,
  KycStatus,
  ScreeningFailure,
  type KycCheckResultNotice,
  type KycOnboardingInput,
  type KycOnboardingState,
} from '../../contracts/kyc';
import {
  BusinessIdSearchAttribute,
  BusinessStatusSearchAttribute,
  JurisdictionSearchAttribute,
  PlayerIdSearchAttribute,
} from '../search-attributes';
import { checkCompletedSignal, getKycStatusQuery, screeningHitsSignal } from './messages';
import { KycReview, needsFourEyes } from './kyc-review';

const kyc = proxyActivities<KycActivities>(internalDbWrite);
const failureType = (err: ActivityFailure) => (err.cause instanceof ApplicationFailure ? err.cause.type : undefined);
const provider = proxyActivities<KycActivities>(externalKycCall);

/**
 * A player's KYC onboarding: the jurisdiction's age rule, sanctions and PEP screening, then the provider's document,
 * liveness and address checks (results by webhook → Signal, with a timeout). Clear checks and no hits verify the
 * player; a rejected check rejects them; anything else (hits, a check that needs review, no answer in time) goes to
 * an officer, and a sanctions or PEP hit needs two. Re-screening hits join an open review or, once a run has ended,
 * start a new one under the same id that goes straight to review. A cleared PEP match starts enhanced due
 * diligence. Only ids and codes pass through here.
 */
export async function kycOnboardingWorkflow(input: KycOnboardingInput): Promise<KycOnboardingState> {
  const { playerId } = input;
  const state: KycOnboardingState = {
    playerId,
    trigger: input.trigger,
    status: KycStatus.PENDING,
    step: KycOnboardingStep.AGE_RULE,
    screenings: [],
    checkIds: [],
    checks: [],
  };
  const review = new KycReview(state, {
    recordDecision: (reviewId, decision) => kyc.recordReviewDecision({ reviewId, ...decision }),
  });
  const received = new Map<string, KycCheckResultNotice>();
  setHandler(getKycStatusQuery, () => state);
  setHandler(checkCompletedSignal, (notice) => void received.set(notice.checkId, notice));
  setHandler(screeningHitsSignal, async (outcome) => {
    if (state.screenings.some((s) => s.screeningId === outcome.screeningId)) return;
    state.screenings.push(outcome);
    if (!review.addHits(outcome)) return;
    await kyc.addReviewScreening({
      reviewId: state.review!.reviewId,
      screeningId: outcome.screeningId,
      fourEyes: needsFourEyes(outcome),
    });
  });
  review.register();
  upsertSearchAttributes([
    { key: PlayerIdSearchAttribute, value: playerId },
    { key: BusinessIdSearchAttribute, value: playerId },
  ]);

  const moveTo = async (status: KycStatus, step: KycOnboardingStep, reason: string) => {
    state.status = status;
    state.step = step;
    upsertSearchAttributes([{ key: BusinessStatusSearchAttribute, value: status }]);
    // Codes only: an officer's reason is free text and stays in Postgres and the history's encrypted payloads.
    setCurrentDetails(`${status} at ${step}${state.review ? ` (review ${state.review.reasons.join(', ')})` : ''}`);
    await kyc.recordKycStatus({ playerId, status, reason });
  };
  const finish = async (status: KycStatus, reason: string) => {
    state.reason = reason;
    await moveTo(status, KycOnboardingStep.DONE, reason);
    await condition(allHandlersFinished);
    return state;
  };
  const manualReview = async (reasons: KycReviewReason[]) => {
    const opened = review.open(`kyc-review:${workflowInfo().runId}`, reasons);
    await kyc.openKycReview({
      reviewId: opened.reviewId,
      playerId,
      workflowId: workflowInfo().workflowId,
      runId: workflowInfo().runId,
      reasons,
      screeningIds: opened.screeningIds,
      checkIds: state.checkIds,
      fourEyes: opened.fourEyes,
    });
    await moveTo(KycStatus.MANUAL_REVIEW, KycOnboardingStep.MANUAL_REVIEW, reasons.join(', '));
    await condition(() => review.outcome !== undefined);
    await kyc.closeKycReview({ reviewId: opened.reviewId, outcome: review.outcome! });
    // A politically exposed person cleared to play is one the operator must know more about: enhanced due
    // diligence (source of funds, with its deadline) runs as its own workflow.
    if (review.outcome === KycReviewDecision.CLEAR && state.screenings.some((s) => s.pepHits > 0)) {
      await kyc.requireEnhancedDueDiligence({ playerId, trigger: DueDiligenceTrigger.PEP_MATCH });
    }
    const last = opened.decisions.at(-1)!;
    return review.outcome === KycReviewDecision.REJECT
      ? finish(KycStatus.REJECTED, `rejected by ${last.staffId}: ${last.reason}`)
      : finish(restoredStatus, `cleared by ${opened.clearedBy.join(' and ')}: ${last.reason}`);
  };
  const hits = () => state.screenings.some((s) => s.hitCount > 0);

  // 0. A re-screening hit on a player whose onboarding had ended: straight to an officer, the standing kept
  // meanwhile. A player never onboarded to the end (a registration whose start was lost) is onboarded in full.
  const standing = await kyc.kycOnboardingContext({ playerId });
  state.jurisdiction = standing.jurisdiction;
  upsertSearchAttributes([{ key: JurisdictionSearchAttribute, value: standing.jurisdiction }]);
  const reviewOnly =
    input.trigger === 'RESCREEN' &&
    (standing.statusBefore === KycStatus.VERIFIED || standing.statusBefore === KycStatus.REJECTED);
  // A clearance restores what the player was; an onboarding's clearance verifies them.
  const restoredStatus = reviewOnly ? standing.statusBefore : KycStatus.VERIFIED;
  if (reviewOnly) {
    await condition(hits);
    return manualReview([KycReviewReason.SCREENING_HIT]);
  }

  // 1. The jurisdiction's age rule.
  await moveTo(KycStatus.PENDING, KycOnboardingStep.AGE_RULE, 'onboarding started');
  if (!standing.ofAge) {
    return finish(
      KycStatus.REJECTED,
      `under the minimum age of ${standing.minimumAgeYears} in ${standing.jurisdiction}`,
    );
  }

  // 2. Sanctions and PEP screening.
  state.step = KycOnboardingStep.SCREENING;
  let screeningFailed = false;
  try {
    const screening = await kyc.screenPlayer({ playerId, reason: 'ONBOARDING' });
    if (!state.screenings.some((s) => s.screeningId === screening.screeningId)) state.screenings.unshift(screening);
  } catch (err) {
    // A player who cannot be screened is never verified by the machine: an officer finds out why.
    if (!(err instanceof ActivityFailure && failureType(err) === ScreeningFailure.PERSONAL_DATA_UNREADABLE)) throw err;
    screeningFailed = true;
  }

  // 3. The provider's checks; a webhook missed in the meantime is read back from the table before giving up.
  state.step = KycOnboardingStep.PROVIDER_CHECKS;
  const { checkIds } = await provider.requestKycChecks({ playerId, onboardingId: workflowInfo().workflowId });
  state.checkIds = checkIds;
  const allIn = () => checkIds.every((id) => received.has(id));
  if (!(await condition(allIn, input.checksTimeoutMs))) {
    for (const notice of await kyc.kycCheckResults(checkIds)) received.set(notice.checkId, notice);
  }
  state.checks = checkIds.flatMap((id) => received.get(id) ?? []);
  const rejected = state.checks.find((c) => c.outcome === KycCheckOutcome.REJECTED);
  // A sanctions or PEP hit is always an officer's to judge, even for a player the provider rejected: a true match
  // may have to be reported. Without one, a rejected check rejects the player.
  if (rejected && !hits()) {
    return finish(KycStatus.REJECTED, `${rejected.kind} check rejected: ${rejected.reasons.join(', ')}`);
  }

  const reasons: KycReviewReason[] = [];
  if (screeningFailed) reasons.push(KycReviewReason.SCREENING_FAILED);
  if (hits()) reasons.push(KycReviewReason.SCREENING_HIT);
  if (state.checks.some((c) => c.outcome === KycCheckOutcome.NEEDS_REVIEW)) {
    reasons.push(KycReviewReason.CHECK_NEEDS_REVIEW);
  }
  if (!allIn()) reasons.push(KycReviewReason.PROVIDER_TIMEOUT);
  if (reasons.length > 0) return manualReview(reasons);
  return finish(KycStatus.VERIFIED, 'every check clear and no screening hit');
}
