import type { DomainUi } from '../domain-ui';
import { PlayerPage } from './PlayerPage';
import { PlayersPage } from './PlayersPage';

/** The players screens: the list and the player 360. */
export const playersUi: DomainUi = {
  name: 'players',
  screens: [
    {
      path: 'players',
      element: <PlayersPage />,
      allowed: (a) => a.can('read', 'Player'),
      nav: { label: 'Players', icon: 'players', group: 'Players' },
    },
    { path: 'players/:playerId', element: <PlayerPage />, allowed: (a) => a.can('read', 'Player') },
  ],
};
