import { ApplicationFailure } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import type { KycActivities } from '../../activities/kyc';
import { timeSkippingServer, useTimeSkippingTemporal } from '../../test/support/time-skipping';
import {
  KycStatus,
  KycWorkflowType,
  kycOnboardingWorkflowId,
  type KycCheckResultNotice,
  type KycOnboardingInput,
  type KycReviewDecisionInput,
  type ScreeningOutcome,
} from '../../contracts/kyc';
import { checkCompletedSignal, decideKycReviewUpdate, getKycStatusQuery, screeningHitsSignal } from './messages';
import { kycOnboardingWorkflow } from './onboarding';

// Every branch of the KYC onboarding on Temporal's time-skipping test server: clear, a rejected check, the provider's
// timeout, four-eyes clearing of a sanctions hit (the same officer twice refused), a re-screening hit joining an
// open review, under-age, and a re-screening hit that opens a new run after the player was verified. The activities
// are recorded stand-ins; the workflow carries only ids and codes.
const temporal = useTimeSkippingTemporal(async () =>
  TestWorkflowEnvironment.createTimeSkipping(await timeSkippingServer()),
);

const HOUR = 3_600_000;
const noHits = (id = `scr_${randomUUID()}`): ScreeningOutcome => ({
  screeningId: id,
  hitCount: 0,
  sanctionsHits: 0,
  pepHits: 0,
  highestScore: 0,
});
const sanctionsHit = (id = `scr_${randomUUID()}`): ScreeningOutcome => ({
  screeningId: id,
  hitCount: 1,
  sanctionsHits: 1,
  pepHits: 0,
  highestScore: 0.93,
});
const pepHit = (id = `scr_${randomUUID()}`): ScreeningOutcome => ({
  ...sanctionsHit(id),
  sanctionsHits: 0,
  pepHits: 1,
});
const CHECKS = ['chk_doc', 'chk_live', 'chk_addr'];
const clear = (checkId: string, kind: KycCheckResultNotice['kind'] = 'DOCUMENT'): KycCheckResultNotice => ({
  checkId,
  kind,
  outcome: 'CLEAR',
  reasons: [],
});
const officer = (staffId: string, decision: 'CLEAR' | 'REJECT', reason = 'documents and hit reviewed') =>
  ({ staffId, roles: ['compliance_officer'], decision, reason }) satisfies KycReviewDecisionInput;

type Recorded = { [K in keyof KycActivities]: jest.Mock };

function activities(world: { screening?: ScreeningOutcome; ofAge?: boolean; statusBefore?: KycStatus } = {}) {
  const statuses: KycStatus[] = [];
  const acts = {
    kycOnboardingContext: jest.fn(async () => ({
      jurisdiction: 'GB',
      minimumAgeYears: 18,
      ofAge: world.ofAge ?? true,
      statusBefore: world.statusBefore ?? KycStatus.NOT_STARTED,
    })),
    recordKycStatus: jest.fn(async ({ playerId, status }: { playerId: string; status: KycStatus }) => {
      statuses.push(status);
      return { playerId, status };
    }),
    openKycReview: jest.fn(async ({ reviewId }: { reviewId: string }) => ({ reviewId })),
    addReviewScreening: jest.fn(async () => undefined),
    recordReviewDecision: jest.fn(async () => undefined),
    closeKycReview: jest.fn(async () => undefined),
    rescreenPlayers: jest.fn(),
    screenPlayer: jest.fn(async () => world.screening ?? noHits()),
    playersToRescreen: jest.fn(),
    requestKycChecks: jest.fn(async () => ({ checkIds: CHECKS })),
    kycCheckResults: jest.fn(async () => [] as KycCheckResultNotice[]),
    requireEnhancedDueDiligence: jest.fn(async () => ({ requestId: 'sof_test' })),
    remindSourceOfFunds: jest.fn(),
    restrictForOverdueEvidence: jest.fn(),
    clearSourceOfFundsRequest: jest.fn(),
  } satisfies Recorded;
  return { acts, statuses };
}

type Handle = Awaited<ReturnType<typeof temporal.env.client.workflow.start<typeof kycOnboardingWorkflow>>>;

async function runOnboarding(
  acts: object,
  during: (handle: Handle) => Promise<void>,
  input: Partial<KycOnboardingInput> = {},
) {
  const taskQueue = `kyc-test-${randomUUID()}`;
  const playerId = `pl_${randomUUID()}`;
  return temporal.withWorkers({ [taskQueue]: acts }, async () => {
    const handle = await temporal.env.client.workflow.start(kycOnboardingWorkflow, {
      taskQueue,
      workflowId: kycOnboardingWorkflowId(playerId),
      args: [{ playerId, trigger: 'REGISTRATION', checksTimeoutMs: 72 * HOUR, ...input }],
    });
    await during(handle);
    return handle.result();
  });
}

async function until(what: string, check: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} never happened`);
}
const untilStatus = (handle: Handle, status: KycStatus) =>
  until(status, async () => (await handle.query(getKycStatusQuery)).status === status);
const untilChecksRequested = (handle: Handle) =>
  until('checks requested', async () => (await handle.query(getKycStatusQuery)).checkIds.length > 0);
const signalAll = async (handle: Handle, notices: KycCheckResultNotice[]) => {
  for (const notice of notices) await handle.signal(checkCompletedSignal, notice);
};
const decide = (handle: Handle, d: KycReviewDecisionInput) =>
  handle.executeUpdate(decideKycReviewUpdate, { args: [d] });

/** The error type an Update was refused with, or undefined if it was accepted. */
async function refusalOf(update: Promise<unknown>): Promise<string | undefined> {
  try {
    await update;
    return undefined;
  } catch (err) {
    return (err as { cause?: { type?: string } }).cause?.type ?? String(err);
  }
}

describe('kycOnboardingWorkflow', () => {
  it('verifies a player whose checks are all clear and who has no screening hit', async () => {
    const { acts, statuses } = activities();
    const state = await runOnboarding(acts, async (handle) => {
      await untilChecksRequested(handle);
      await signalAll(handle, [clear('chk_doc'), clear('chk_live', 'LIVENESS'), clear('chk_addr', 'ADDRESS')]);
    });
    expect(state).toMatchObject({ status: KycStatus.VERIFIED, step: 'DONE', jurisdiction: 'GB' });
    expect(statuses).toEqual([KycStatus.PENDING, KycStatus.VERIFIED]);
    expect(acts.screenPlayer).toHaveBeenCalledWith(expect.objectContaining({ reason: 'ONBOARDING' }));
    expect(acts.openKycReview).not.toHaveBeenCalled();
  });

  it('rejects a player when a provider check is rejected, with its reason codes', async () => {
    const { acts, statuses } = activities();
    const state = await runOnboarding(acts, async (handle) => {
      await untilChecksRequested(handle);
      await signalAll(handle, [
        { checkId: 'chk_doc', kind: 'DOCUMENT', outcome: 'REJECTED', reasons: ['DOCUMENT_EXPIRED'] },
        clear('chk_live', 'LIVENESS'),
        clear('chk_addr', 'ADDRESS'),
      ]);
    });
    expect(state).toMatchObject({ status: KycStatus.REJECTED, reason: 'DOCUMENT check rejected: DOCUMENT_EXPIRED' });
    expect(statuses.at(-1)).toBe(KycStatus.REJECTED);
  });

  it('sends a player with a screening hit to an officer even when a provider check is rejected', async () => {
    const { acts } = activities({ screening: sanctionsHit() });
    const state = await runOnboarding(acts, async (handle) => {
      await untilChecksRequested(handle);
      await signalAll(handle, [
        { checkId: 'chk_doc', kind: 'DOCUMENT', outcome: 'REJECTED', reasons: ['DOCUMENT_TAMPERED'] },
        clear('chk_live', 'LIVENESS'),
        clear('chk_addr', 'ADDRESS'),
      ]);
      await untilStatus(handle, KycStatus.MANUAL_REVIEW);
      expect((await handle.query(getKycStatusQuery)).review).toMatchObject({ reasons: ['SCREENING_HIT'] });
      await decide(handle, officer('st_a', 'REJECT', 'tampered document and a likely listed person'));
    });
    expect(state.status).toBe(KycStatus.REJECTED);
    expect(acts.openKycReview).toHaveBeenCalledTimes(1);
  });

  it('rejects an under-age player before any screening or check', async () => {
    const { acts } = activities({ ofAge: false });
    const state = await runOnboarding(acts, async () => undefined);
    expect(state).toMatchObject({ status: KycStatus.REJECTED, reason: 'under the minimum age of 18 in GB' });
    expect(acts.screenPlayer).not.toHaveBeenCalled();
    expect(acts.requestKycChecks).not.toHaveBeenCalled();
  });

  it('sends the player to manual review when the provider does not answer in time, after reading missed results', async () => {
    const { acts, statuses } = activities();
    acts.kycCheckResults.mockResolvedValue([clear('chk_doc')]);
    const state = await runOnboarding(acts, async (handle) => {
      await untilChecksRequested(handle);
      await temporal.env.sleep(73 * HOUR);
      await untilStatus(handle, KycStatus.MANUAL_REVIEW);
      const live = await handle.query(getKycStatusQuery);
      expect(live.review).toMatchObject({ reasons: ['PROVIDER_TIMEOUT'], fourEyes: false });
      expect(live.checks).toEqual([clear('chk_doc')]);
      await decide(handle, officer('st_a', 'CLEAR', 'documents checked by phone'));
    });
    expect(acts.kycCheckResults).toHaveBeenCalledWith(CHECKS);
    expect(state.status).toBe(KycStatus.VERIFIED);
    expect(statuses).toEqual([KycStatus.PENDING, KycStatus.MANUAL_REVIEW, KycStatus.VERIFIED]);
    expect(acts.closeKycReview).toHaveBeenCalledWith(expect.objectContaining({ outcome: 'CLEAR' }));
  });

  it('sends a player who cannot be screened (personal data unreadable) to an officer, never verifying them by itself', async () => {
    const { acts, statuses } = activities();
    acts.screenPlayer.mockRejectedValue(
      ApplicationFailure.create({ type: 'ScreeningPersonalDataUnreadable', message: 'no key', nonRetryable: true }),
    );
    const state = await runOnboarding(acts, async (handle) => {
      await untilChecksRequested(handle);
      await signalAll(handle, [clear('chk_doc'), clear('chk_live', 'LIVENESS'), clear('chk_addr', 'ADDRESS')]);
      await untilStatus(handle, KycStatus.MANUAL_REVIEW);
      expect((await handle.query(getKycStatusQuery)).review).toMatchObject({ reasons: ['SCREENING_FAILED'] });
      await decide(handle, officer('st_a', 'REJECT', 'identity cannot be established'));
    });
    expect(state.status).toBe(KycStatus.REJECTED);
    expect(statuses).toEqual([KycStatus.PENDING, KycStatus.MANUAL_REVIEW, KycStatus.REJECTED]);
  });

  it('needs two different officers to clear a sanctions hit, and refuses the same officer twice', async () => {
    const { acts } = activities({ screening: sanctionsHit() });
    const state = await runOnboarding(acts, async (handle) => {
      await untilChecksRequested(handle);
      await signalAll(handle, [clear('chk_doc'), clear('chk_live', 'LIVENESS'), clear('chk_addr', 'ADDRESS')]);
      await untilStatus(handle, KycStatus.MANUAL_REVIEW);
      expect((await handle.query(getKycStatusQuery)).review).toMatchObject({
        fourEyes: true,
        reasons: ['SCREENING_HIT'],
      });
      const first = await decide(handle, officer('st_a', 'CLEAR', 'date of birth differs from the listed entry'));
      expect(first).toMatchObject({ status: KycStatus.MANUAL_REVIEW, review: { clearedBy: ['st_a'] } });
      expect(await refusalOf(decide(handle, officer('st_a', 'CLEAR')))).toBe('KYC_ALREADY_CLEARED');
      await decide(handle, officer('st_b', 'CLEAR', 'agree: a different person'));
    });
    expect(state.status).toBe(KycStatus.VERIFIED);
    expect(state.review?.clearedBy).toEqual(['st_a', 'st_b']);
    expect(acts.recordReviewDecision).toHaveBeenCalledTimes(2);
    expect(acts.openKycReview).toHaveBeenCalledWith(expect.objectContaining({ fourEyes: true }));
  });

  it('lets one officer reject a player with a hit', async () => {
    const { acts } = activities({ screening: pepHit() });
    const state = await runOnboarding(acts, async (handle) => {
      await untilChecksRequested(handle);
      await signalAll(handle, [clear('chk_doc'), clear('chk_live', 'LIVENESS'), clear('chk_addr', 'ADDRESS')]);
      await untilStatus(handle, KycStatus.MANUAL_REVIEW);
      await decide(handle, officer('st_a', 'REJECT', 'confirmed match with the listed person'));
    });
    expect(state).toMatchObject({
      status: KycStatus.REJECTED,
      reason: 'rejected by st_a: confirmed match with the listed person',
    });
    expect(acts.requireEnhancedDueDiligence).not.toHaveBeenCalled();
  });

  it('joins a re-screening hit to an open review: four eyes from then on, and earlier clearances no longer count', async () => {
    const { acts } = activities();
    const hit = pepHit();
    const state = await runOnboarding(acts, async (handle) => {
      await untilChecksRequested(handle);
      await signalAll(handle, [
        { checkId: 'chk_doc', kind: 'DOCUMENT', outcome: 'NEEDS_REVIEW', reasons: ['BLURRY_IMAGE'] },
        clear('chk_live', 'LIVENESS'),
        clear('chk_addr', 'ADDRESS'),
      ]);
      await untilStatus(handle, KycStatus.MANUAL_REVIEW);
      expect((await handle.query(getKycStatusQuery)).review).toMatchObject({ fourEyes: false });
      await handle.signal(screeningHitsSignal, hit);
      await until('the hit joined', async () => (await handle.query(getKycStatusQuery)).review?.fourEyes === true);
      await decide(handle, officer('st_a', 'CLEAR'));
      expect((await handle.query(getKycStatusQuery)).status).toBe(KycStatus.MANUAL_REVIEW);
      await decide(handle, officer('st_b', 'CLEAR'));
    });
    expect(state.status).toBe(KycStatus.VERIFIED);
    expect(state.review).toMatchObject({
      reasons: ['CHECK_NEEDS_REVIEW', 'SCREENING_HIT'],
      screeningIds: [hit.screeningId],
      fourEyes: true,
    });
    expect(acts.addReviewScreening).toHaveBeenCalledWith(
      expect.objectContaining({ screeningId: hit.screeningId, fourEyes: true }),
    );
    // The cleared PEP match raises the player to enhanced due diligence.
    expect(acts.requireEnhancedDueDiligence).toHaveBeenCalledWith(expect.objectContaining({ trigger: 'PEP_MATCH' }));
  });

  it('opens a new run under the same id for a re-screening hit on a verified player, and restores VERIFIED when cleared', async () => {
    const { acts, statuses } = activities({ statusBefore: KycStatus.VERIFIED });
    const taskQueue = `kyc-test-${randomUUID()}`;
    const playerId = `pl_${randomUUID()}`;
    const hit = pepHit();
    const state = await temporal.withWorkers({ [taskQueue]: acts }, async () => {
      const handle = await temporal.env.client.workflow.signalWithStart(KycWorkflowType.onboarding, {
        taskQueue,
        workflowId: kycOnboardingWorkflowId(playerId),
        args: [{ playerId, trigger: 'RESCREEN', checksTimeoutMs: HOUR }],
        signal: screeningHitsSignal,
        signalArgs: [hit],
      });
      await until('review opened', async () => (await handle.query(getKycStatusQuery)).status === 'MANUAL_REVIEW');
      await handle.executeUpdate(decideKycReviewUpdate, { args: [officer('st_a', 'CLEAR')] });
      await handle.executeUpdate(decideKycReviewUpdate, { args: [officer('st_b', 'CLEAR')] });
      return (await handle.result()) as Awaited<ReturnType<typeof kycOnboardingWorkflow>>;
    });
    expect(state.status).toBe(KycStatus.VERIFIED);
    expect(statuses).toEqual([KycStatus.MANUAL_REVIEW, KycStatus.VERIFIED]);
    expect(acts.screenPlayer).not.toHaveBeenCalled();
    expect(acts.requestKycChecks).not.toHaveBeenCalled();
  });

  it('onboards in full a player hit by re-screening who was never onboarded to the end, the hit held for review', async () => {
    const { acts, statuses } = activities({ statusBefore: KycStatus.NOT_STARTED });
    const hit = sanctionsHit();
    const state = await runOnboarding(
      acts,
      async (handle) => {
        await handle.signal(screeningHitsSignal, hit);
        await untilChecksRequested(handle);
        await signalAll(handle, [clear('chk_doc'), clear('chk_live', 'LIVENESS'), clear('chk_addr', 'ADDRESS')]);
        await untilStatus(handle, KycStatus.MANUAL_REVIEW);
        await decide(handle, officer('st_a', 'CLEAR'));
        await decide(handle, officer('st_b', 'CLEAR'));
      },
      { trigger: 'RESCREEN' },
    );
    expect(state.status).toBe(KycStatus.VERIFIED);
    expect(state.review?.screeningIds).toContain(hit.screeningId);
    expect(statuses).toEqual([KycStatus.PENDING, KycStatus.MANUAL_REVIEW, KycStatus.VERIFIED]);
    expect(acts.requestKycChecks).toHaveBeenCalled();
  });

  it('refuses decisions outside a review, without a reason, or from a role that may not decide', async () => {
    const { acts } = activities({ screening: sanctionsHit() });
    await runOnboarding(acts, async (handle) => {
      await untilChecksRequested(handle);
      expect(await refusalOf(decide(handle, officer('st_a', 'CLEAR')))).toBe('KYC_NOT_IN_REVIEW');
      await signalAll(handle, [clear('chk_doc'), clear('chk_live', 'LIVENESS'), clear('chk_addr', 'ADDRESS')]);
      await untilStatus(handle, KycStatus.MANUAL_REVIEW);
      expect(await refusalOf(decide(handle, officer('st_a', 'CLEAR', '  ')))).toBe('KYC_REASON_REQUIRED');
      expect(await refusalOf(decide(handle, { ...officer('st_c', 'CLEAR'), roles: ['cs_agent'] }))).toBe(
        'KYC_NOT_AUTHORISED',
      );
      await decide(handle, officer('st_a', 'REJECT', 'match confirmed'));
    });
    expect(acts.recordReviewDecision).toHaveBeenCalledTimes(1);
  });
});
