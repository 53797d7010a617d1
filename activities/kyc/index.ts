import { ApplicationFailure, Context } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import {
  ScreeningFailure,
  type KycReviewDecision,
  type KycStanding,
  type KycStatus,
  type ScreenPlayerInput,
} from '../../contracts/kyc';
import { onboardingContextOf, type OnboardingContext } from '../../domain/kyc/age-rule';
import {
  addReviewScreening,
  closeKycReview,
  openKycReview,
  recordReviewDecision,
  type NewKycReview,
} from '../../domain/kyc/kyc-reviews';
import { recordKycStatus } from '../../domain/kyc/kyc-standing';
import { signalScreeningHits } from '../../domain/kyc/kyc-workflow-starts';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import type { DueDiligenceActivities } from './due-diligence-activities';
import type { createKycProviderActivities } from './provider-activities';
import type { createScreeningActivities } from './screening-activities';

/** Dependencies of the KYC activities, injected by the KYC worker (or a test). */
export interface KycActivityDeps {
  db: Db;
  /** For the re-screening's signalWithStart on each player's onboarding. */
  temporal: Client;
  screening: Pick<ReturnType<typeof createScreeningActivities>, 'screenPlayer'>;
  checksTimeoutMs: number;
  logger: Logger;
  /** How many players of a batch are screened at once. */
  rescreeningConcurrency?: number;
}

/**
 * The onboarding's own activities: what it needs to know of the player (codes only: the date of birth stays here),
 * the standing it records, the review it opens and the decisions taken in it, and the re-screening batches.
 */
export function createKycActivities(deps: KycActivityDeps) {
  return {
    /** The jurisdiction, its minimum age and whether the player has it, and the standing before this run. */
    async kycOnboardingContext({ playerId }: { playerId: string }): Promise<OnboardingContext> {
      return onboardingContextOf(deps.db, playerId);
    },

    async recordKycStatus(input: { playerId: string; status: KycStatus; reason: string }): Promise<KycStanding> {
      return recordKycStatus(deps.db, input.playerId, input.status, input.reason);
    },

    async openKycReview(input: NewKycReview): Promise<{ reviewId: string }> {
      await openKycReview(deps.db, input);
      return { reviewId: input.reviewId };
    },

    async addReviewScreening(input: { reviewId: string; screeningId: string; fourEyes: boolean }): Promise<void> {
      await addReviewScreening(deps.db, input);
    },

    async recordReviewDecision(input: {
      reviewId: string;
      staffId: string;
      decision: KycReviewDecision;
      reason: string;
      at: string;
    }): Promise<void> {
      await recordReviewDecision(deps.db, input);
    },

    async closeKycReview(input: { reviewId: string; outcome: KycReviewDecision }): Promise<void> {
      await closeKycReview(deps.db, input.reviewId, input.outcome);
    },

    /**
     * Screens a batch of players against what a list version changed (or every list) and hands each one's new hits
     * to their onboarding. It heartbeats the players done, so a retry after a lost worker resumes where it stopped.
     */
    async rescreenPlayers(input: {
      runId: string;
      playerIds: string[];
      listVersionId?: string;
    }): Promise<{ playersWithHits: number }> {
      const context = Context.current();
      const resumed = (context.info.heartbeatDetails as { done: number; playersWithHits: number } | undefined) ?? {
        done: 0,
        playersWithHits: 0,
      };
      let { done, playersWithHits } = resumed;
      const concurrency = deps.rescreeningConcurrency ?? 8;
      while (done < input.playerIds.length) {
        const slice = input.playerIds.slice(done, done + concurrency);
        const found = await Promise.all(
          slice.map(async (playerId) => {
            const request: ScreenPlayerInput = { playerId, reason: 'RESCREEN', listVersionId: input.listVersionId };
            const outcome = await deps.screening.screenPlayer(request).catch((err: unknown) => {
              // One player whose personal data cannot be read must not stop everyone else's re-screening; their
              // onboarding already sent them to an officer for the same reason.
              if (!(err instanceof ApplicationFailure && err.type === ScreeningFailure.PERSONAL_DATA_UNREADABLE)) {
                throw err;
              }
              deps.logger.warn({ playerId, runId: input.runId }, 'not re-screened: personal data unreadable');
              return undefined;
            });
            if (!outcome || outcome.hitCount === 0) return 0;
            await signalScreeningHits(deps.temporal, { playerId, outcome, checksTimeoutMs: deps.checksTimeoutMs });
            return 1;
          }),
        );
        done += slice.length;
        playersWithHits += found.reduce<number>((sum, n) => sum + n, 0);
        context.heartbeat({ done, playersWithHits });
      }
      return { playersWithHits };
    },
  };
}

/** Every activity the KYC workflows call: their own, the screening's and the provider's. */
export type KycActivities = ReturnType<typeof createKycActivities> &
  ReturnType<typeof createScreeningActivities> &
  ReturnType<typeof createKycProviderActivities> &
  DueDiligenceActivities;
