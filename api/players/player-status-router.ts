import { Router } from 'express';
import { z } from 'zod';
import { PlayerStatus, setPlayerStatus } from '../../domain/wallet/players';
import type { Db } from '../../platform/db';
import { notFound, parseOrThrow } from '../../platform/http-errors';
import { playerIdParam } from './player-router';

const statusBody = z
  .object({ status: z.enum(Object.values(PlayerStatus) as [PlayerStatus, ...PlayerStatus[]]) })
  .strict();

/** Back-office route to block, unblock, self-exclude or close a player; takes effect on the next bet. */
export function createPlayerStatusRouter(deps: { db: Db }): Router {
  const router = Router();
  router.put('/:playerId/status', async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    const { status } = parseOrThrow(statusBody, req.body);
    const player = await setPlayerStatus(deps.db, playerId, status);
    if (!player) throw notFound(`No player ${playerId}`);
    res.json(player);
  });
  return router;
}
