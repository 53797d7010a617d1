import { createBackOfficePlayersRouter } from '../api/players/back-office-players-router';
import { createPlayerRouter } from '../api/players/player-router';
import { playersOpenApi } from '../api/players/openapi';
import type { DomainModule } from './domain-module';

/** Players: registration in the player API, and the player 360 and status changes in the back office. */
export const playersDomain: DomainModule = {
  name: 'players',
  openApi: playersOpenApi,
  routes: {
    public: [
      {
        path: '/player/v1/players',
        router: (deps) =>
          createPlayerRouter({
            db: deps.db,
            vault: deps.personalDataVault,
            temporal: deps.temporal,
            kycChecksTimeoutMs: deps.kycChecksTimeoutMs,
          }),
      },
    ],
    backOffice: [
      {
        path: '/players',
        router: (deps) =>
          createBackOfficePlayersRouter({
            db: deps.db,
            temporal: deps.temporal,
            webLink: deps.temporalWebLink,
            logger: deps.logger,
            vault: deps.personalDataVault,
          }),
      },
    ],
  },
};
