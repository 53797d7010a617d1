import { Router } from 'express';
import { z } from 'zod';
import { getWalletBalance } from '../../domain/wallet/ledger';
import type { PersonalDataVault } from '../../domain/wallet/player-personal-data';
import { findPlayer, playerRegistrationSchema, registerPlayer } from '../../domain/wallet/players';
import type { Db } from '../../platform/db';
import { notFound, parseOrThrow } from '../../platform/http-errors';
import type { playerSchema, playerWithWalletSchema } from './response-schemas';

export const playerIdParam = z.object({
  playerId: z.string().regex(/^pl_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a player id'),
});

/** The player API: register a player and read one with their wallet. */
export function createPlayerRouter(deps: { db: Db; vault: PersonalDataVault }): Router {
  const router = Router();

  router.post('/', async (req, res) => {
    const registration = parseOrThrow(playerRegistrationSchema, req.body);
    const player = await registerPlayer(deps.db, registration, deps.vault);
    res
      .status(201)
      .location(`${req.baseUrl}/${player.playerId}`)
      .json(player satisfies z.input<typeof playerSchema>);
  });

  router.get('/:playerId', async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    const player = await findPlayer(deps.db, playerId);
    if (!player) throw notFound(`No player ${playerId}`);
    res.json({
      ...player,
      // The document promises `wallet` on every answer: null, never left out, when the player has none.
      wallet: (await getWalletBalance(deps.db, playerId)) ?? null,
    } satisfies z.input<typeof playerWithWalletSchema>);
  });

  return router;
}
