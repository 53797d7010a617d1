import { walletTransactionPostedEvent } from '../domain/wallet/events';
import { createGameSessionRouter } from '../api/wallet/game-session-router';
import { walletOpenApi } from '../api/wallet/openapi';
import type { DomainModule } from './domain-module';

/**
 * The wallet and its ledger. Its seamless-wallet API is the per-bet hot path, which the API server routes to a
 * plain Node handler ahead of Express (see `api/app.ts`), so it is not an Express mount here; the player API's game
 * sessions, whose launch tokens the bets carry, are.
 */
export const walletDomain: DomainModule = {
  name: 'wallet',
  openApi: walletOpenApi,
  routes: {
    public: [
      {
        path: '/player/v1/game-sessions',
        router: (deps) => createGameSessionRouter({ db: deps.db, settings: deps.gameSessionSettings }),
      },
    ],
  },
  processes: [
    {
      name: 'wallet-worker',
      entry: 'workers/wallet.worker.ts',
      description: 'Temporal worker, task queue "wallet"',
      metricsPort: 9468,
    },
  ],
  topics: [{ topic: walletTransactionPostedEvent.topic, numPartitions: 12 }],
};
