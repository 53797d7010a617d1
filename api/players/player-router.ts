import type { Client } from '@temporalio/client';
import { Router, type Response } from 'express';
import { z } from 'zod';
import { startKycOnboarding } from '../../domain/kyc/kyc-workflow-starts';
import { getWalletBalance } from '../../domain/wallet/ledger';
import type { PersonalDataVault } from '../../domain/wallet/player-personal-data';
import {
  findPlayer,
  playerRegistrationSchema,
  registerPlayer,
  SubjectAlreadyRegisteredError,
} from '../../domain/wallet/players';
import type { Db } from '../../platform/db';
import { HttpProblemError, notFound, parseOrThrow } from '../../platform/http-errors';
import type { playerSchema, playerWithWalletSchema } from './response-schemas';
import { recordDeviceOfRegistration } from './player-devices';
import { refuseNationallyExcludedRegistration } from '../rg/scheme-refusals';
import { authenticatedPlayerId, authenticatedSubject, PlayerAuthCode, requireOwnedBy } from './player-authentication';

export const playerIdParam = z.object({
  playerId: z.string().regex(/^pl_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a player id'),
});

/**
 * The player API: register the token's subject as a player, and read the player with their wallet, as `/players/me`
 * or by id (the authenticated player's own only: any other id answers 404, as an unknown one does). Registration
 * starts the player's KYC onboarding; a repeat (a retry after a lost answer, or after Temporal did not answer)
 * starts it if it is not running yet, so every registered player gets one. Registration is refused to a person
 * listed by the national self-exclusion scheme of the jurisdiction, and while that scheme does not answer.
 */
export function createPlayerRouter(deps: {
  db: Db;
  vault: PersonalDataVault;
  temporal: Client;
  kycChecksTimeoutMs: number;
}): Router {
  const router = Router();
  const startOnboarding = (playerId: string) =>
    startKycOnboarding(deps.temporal, { playerId, checksTimeoutMs: deps.kycChecksTimeoutMs });

  router.post('/', async (req, res) => {
    const registration = parseOrThrow(playerRegistrationSchema, req.body);
    // rg-exclusions: a person on the national self-exclusion scheme of the jurisdiction is not registered (403), and
    // neither is anyone while the scheme does not answer (503, fail closed: the client may retry).
    await refuseNationallyExcludedRegistration(deps.db, authenticatedSubject(res), registration);
    try {
      const player = await registerPlayer(deps.db, registration, {
        subject: authenticatedSubject(res),
        vault: deps.vault,
      });
      await recordDeviceOfRegistration(deps, res, player.playerId);
      await startOnboarding(player.playerId);
      res
        .status(201)
        .location(`${req.baseUrl}/${player.playerId}`)
        .json(player satisfies z.input<typeof playerSchema>);
    } catch (err) {
      if (!(err instanceof SubjectAlreadyRegisteredError)) throw err;
      await recordDeviceOfRegistration(deps, res, err.playerId);
      await startOnboarding(err.playerId);
      // A second registration (a retry after a lost answer, say) creates nothing: the problem names the player the
      // subject already is, whose own token may read it.
      throw new HttpProblemError(
        409,
        'Conflict',
        `This subject is registered already, as player ${err.playerId}.`,
        { code: PlayerAuthCode.SubjectAlreadyRegistered, playerId: err.playerId },
        { location: `${req.baseUrl}/${err.playerId}` },
      );
    }
  });

  const answerPlayer = async (res: Response, playerId: string) => {
    const player = await findPlayer(deps.db, playerId);
    if (!player) throw notFound(`No player ${playerId}`);
    res.json({
      ...player,
      // The document promises `wallet` on every answer: null, never left out, when the player has none.
      wallet: (await getWalletBalance(deps.db, playerId)) ?? null,
    } satisfies z.input<typeof playerWithWalletSchema>);
  };

  router.get('/me', async (_req, res) => {
    await answerPlayer(res, authenticatedPlayerId(res));
  });

  router.get('/:playerId', async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    requireOwnedBy(res, playerId, `No player ${playerId}`);
    await answerPlayer(res, playerId);
  });

  return router;
}
