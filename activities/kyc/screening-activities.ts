import { ApplicationFailure } from '@temporalio/activity';
import { ScreeningFailure, type ScreenPlayerInput, type ScreeningOutcome } from '../../contracts/kyc';
import { playersToRescreen, screenPlayer, UnknownPlayerError } from '../../domain/kyc/screening/player-screening';
import { ScreeningIndexCache } from '../../domain/kyc/screening/screening-index-cache';
import { PersonalDataUnreadableError, type PersonalDataVault } from '../../domain/wallet/player-personal-data';
import type { Db } from '../../platform/db';

/** Dependencies of the screening activities, injected by the KYC worker (or a test). */
export interface ScreeningActivityDeps {
  db: Db;
  vault: PersonalDataVault;
  /** One per worker process: the index of the current list versions, rebuilt when a list changes. */
  indexCache?: ScreeningIndexCache;
}

/** The failure type of screening a player who does not exist: final, retrying cannot help. */
export const UNKNOWN_PLAYER_FAILURE = ScreeningFailure.UNKNOWN_PLAYER;

/**
 * The screening activities: screen one player (names read from the vault here, so they never enter the workflow)
 * and page through the players a re-screening run covers.
 */
export function createScreeningActivities(deps: ScreeningActivityDeps) {
  const screening = { db: deps.db, vault: deps.vault, indexCache: deps.indexCache ?? new ScreeningIndexCache() };
  return {
    /** Screens a player against the current lists, or against what one list version changed; records the hits. */
    async screenPlayer(input: ScreenPlayerInput): Promise<ScreeningOutcome> {
      try {
        return await screenPlayer(screening, input);
      } catch (err) {
        if (err instanceof UnknownPlayerError) {
          throw ApplicationFailure.create({ type: UNKNOWN_PLAYER_FAILURE, message: err.message, nonRetryable: true });
        }
        if (err instanceof PersonalDataUnreadableError) {
          throw ApplicationFailure.create({
            type: ScreeningFailure.PERSONAL_DATA_UNREADABLE,
            message: err.message,
            nonRetryable: true,
          });
        }
        throw err;
      }
    },

    /** The next page of players to re-screen, by player id; empty when the run is done. */
    async playersToRescreen(input: {
      listVersionId?: string;
      afterPlayerId?: string;
      limit: number;
    }): Promise<string[]> {
      return playersToRescreen(deps.db, input);
    },
  };
}
