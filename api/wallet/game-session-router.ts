import { Router } from 'express';
import { z } from 'zod';
import { GameSessionEndReason } from '../../contracts/wallet';
import {
  endGameSession,
  endPlayerSessions,
  gameSessionRequestSchema,
  GameSessionRefusedError,
  openGameSession,
  type GameSessionSettings,
} from '../../domain/wallet/game-sessions';
import { walletRefusalStatus } from '../../domain/wallet/seamless-wallet';
import type { Db } from '../../platform/db';
import { HttpProblemError, notFound, parseOrThrow } from '../../platform/http-errors';
import { authenticatedPlayerId } from '../players/player-authentication';
import type { endedSessionsSchema, gameSessionSchema, openedGameSessionSchema } from './response-schemas';

export const gameSessionIdParam = z.object({
  sessionId: z.string().regex(/^gs_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a game session id'),
});

/**
 * The player API's game sessions: open one to launch a game (the answer carries the launch token the game provider
 * sends with every bet), end one, or end them all (logout). Always the authenticated player's own sessions.
 */
export function createGameSessionRouter(deps: { db: Db; settings: GameSessionSettings }): Router {
  const router = Router();

  router.post('/', async (req, res) => {
    const playerId = authenticatedPlayerId(res);
    const request = parseOrThrow(gameSessionRequestSchema, req.body);
    try {
      const opened = await openGameSession(deps.db, playerId, request, deps.settings);
      if (!opened) throw notFound(`No player ${playerId}`);
      res
        .status(201)
        .location(`${req.baseUrl}/${opened.session.sessionId}`)
        .json({ ...opened.session, launchToken: opened.launchToken } satisfies z.input<typeof openedGameSessionSchema>);
    } catch (err) {
      if (!(err instanceof GameSessionRefusedError)) throw err;
      const title = err.code.replaceAll('_', ' ').toLowerCase();
      throw new HttpProblemError(walletRefusalStatus[err.code], title, err.detail, { code: err.code });
    }
  });

  // Logout: every open session of the player ends, so a game left open in another tab takes no more bets.
  router.delete('/', async (_req, res) => {
    const ended = await endPlayerSessions(deps.db, authenticatedPlayerId(res), GameSessionEndReason.LOGOUT);
    res.json({ ended } satisfies z.input<typeof endedSessionsSchema>);
  });

  router.delete('/:sessionId', async (req, res) => {
    const playerId = authenticatedPlayerId(res);
    const { sessionId } = parseOrThrow(gameSessionIdParam, req.params, 'path');
    // Another player's session is answered as unknown: its id tells the caller nothing.
    const session = await endGameSession(deps.db, playerId, sessionId);
    if (!session) throw notFound(`No game session ${sessionId}`);
    res.json(session satisfies z.input<typeof gameSessionSchema>);
  });

  return router;
}
