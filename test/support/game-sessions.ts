import type { GameProviderCatalog } from '../../domain/wallet/game-provider-catalog';
import { openGameSession, type GameSessionRequest } from '../../domain/wallet/game-sessions';
import type { Queryable } from '../../platform/db';

/** The game provider the test apps accept (test-app.ts holds its secret): every brand, the TEST_GAMES. */
export const TEST_PROVIDER = 'test-games';
/** A second provider the test apps accept, which serves one brand only (TEST_OTHER_BRAND) and one game. */
export const TEST_NARROW_PROVIDER = 'test-games-narrow';
export const TEST_OTHER_BRAND = 'othercasino';
/** The games TEST_PROVIDER offers; any other game is refused as GAME_NOT_OFFERED. */
export const TEST_GAMES = ['starburst', 'book-of-dead'] as const;

/**
 * What the test apps load as the game provider catalog (domain/wallet/game-provider-catalog.ts); tests that call
 * the wallet without a test app load it themselves.
 */
export const TEST_PROVIDER_CATALOG: GameProviderCatalog = {
  [TEST_PROVIDER]: { brands: '*', games: [...TEST_GAMES] },
  [TEST_NARROW_PROVIDER]: { brands: [TEST_OTHER_BRAND], games: ['starburst'] },
};

/** How long the sessions tests open live: the API's defaults. */
export const TEST_SESSION_SETTINGS = { idleTimeoutSeconds: 1800, maxDurationSeconds: 12 * 3600 } as const;

/**
 * Launches a game for a player and answers the launch token that the provider then carries on bets: the domain
 * function behind `POST /player/v1/game-sessions`, called directly because these tests are about the wallet, not
 * the player's sign-in (api/wallet/game-session-router.int.test.ts covers the route).
 */
export async function launchGame(
  db: Queryable,
  playerId: string,
  request: Partial<GameSessionRequest> = {},
): Promise<string> {
  const opened = await openGameSession(
    db,
    playerId,
    { providerId: TEST_PROVIDER, gameId: 'starburst', currency: 'EUR', ...request },
    TEST_SESSION_SETTINGS,
  );
  if (!opened) throw new Error(`no player ${playerId} to launch a game for`);
  return opened.launchToken;
}
