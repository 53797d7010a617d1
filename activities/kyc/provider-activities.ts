import { ApplicationFailure } from '@temporalio/activity';
import { KycCheckKind, KycProviderFailure, type KycCheckResultNotice } from '../../contracts/kyc';
import { kycCheckResultsOf, recordKycCheckId, recordKycCheckRequested } from '../../domain/kyc/kyc-checks';
import { KycProviderRequestRefusedError, type KycApplicant, type KycProvider } from '../../domain/kyc/kyc-provider';
import type { PersonalDataVault } from '../../domain/wallet/player-personal-data';
import { findPlayer } from '../../domain/wallet/players';
import type { Db } from '../../platform/db';

/** Dependencies of the KYC provider activities, injected by the worker that hosts them (or a test). */
export interface KycProviderActivityDeps {
  db: Db;
  vault: PersonalDataVault;
  provider: KycProvider;
}

/** The checks every onboarding asks the provider for, in this order. */
const ONBOARDING_CHECKS: readonly KycCheckKind[] = [KycCheckKind.DOCUMENT, KycCheckKind.LIVENESS, KycCheckKind.ADDRESS];

/**
 * The onboarding's steps at the identity-verification provider. Personal data is read from the vault here and sent
 * to the provider only: the workflow gets check ids and result codes.
 */
export function createKycProviderActivities(deps: KycProviderActivityDeps) {
  async function applicantOf(playerId: string): Promise<KycApplicant> {
    const player = await findPlayer(deps.db, playerId);
    if (!player) {
      throw ApplicationFailure.create({
        type: KycProviderFailure.UNKNOWN_PLAYER,
        message: `no player ${playerId}`,
        nonRetryable: true,
      });
    }
    const personal = (await deps.vault.read(deps.db, [playerId])).get(playerId) ?? {};
    return {
      ...(personal.givenName === undefined ? {} : { givenName: personal.givenName }),
      ...(personal.familyName === undefined ? {} : { familyName: personal.familyName }),
      dateOfBirth: player.dateOfBirth,
      country: player.jurisdiction.slice(0, 2),
      ...(personal.address === undefined ? {} : { address: personal.address }),
    };
  }

  return {
    /**
     * Requests the document, liveness and address checks of `onboardingId` (idempotent: a retry, or a repeat of the
     * activity, sends each request with the same key and gets the same check); returns the provider's check ids in
     * that order. Their results arrive by webhook (Signal `KycSignal.checkCompleted`).
     */
    async requestKycChecks(input: { playerId: string; onboardingId: string }): Promise<{ checkIds: string[] }> {
      const applicant = await applicantOf(input.playerId);
      try {
        const checkIds = await Promise.all(
          ONBOARDING_CHECKS.map(async (kind) => {
            const check = await recordKycCheckRequested(deps.db, { ...input, kind });
            if (check.checkId) return check.checkId;
            const answer = await deps.provider.requestCheck({
              reference: check.reference,
              playerId: input.playerId,
              kind,
              applicant,
            });
            await recordKycCheckId(deps.db, check.reference, answer.checkId);
            return answer.checkId;
          }),
        );
        return { checkIds };
      } catch (err) {
        if (!(err instanceof KycProviderRequestRefusedError)) throw err; // unavailable: the activity's retries
        throw ApplicationFailure.create({
          type: KycProviderFailure.REQUEST_REFUSED,
          message: err.message,
          details: [{ status: err.status, code: err.code }],
          nonRetryable: true,
        });
      }
    },

    /** The results already stored of `checkIds`, for a workflow that may have missed their Signals. */
    async kycCheckResults(checkIds: string[]): Promise<KycCheckResultNotice[]> {
      return kycCheckResultsOf(deps.db, checkIds);
    },
  };
}
