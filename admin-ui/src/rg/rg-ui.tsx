import type { DomainUi } from '../domain-ui';
import { InterventionPage } from './interventions/InterventionPage';
import { InterventionQueuePage } from './interventions/InterventionQueuePage';

/**
 * Responsible gambling: the RG officer's intervention queue and intervention page. A player's RG standing (limits,
 * exclusions, harm score, restrictions, interactions) is a panel of the player 360 (`player/RgPanel.tsx`).
 */
export const rgUi: DomainUi = {
  name: 'rg',
  screens: [
    {
      path: 'rg/interventions',
      element: <InterventionQueuePage />,
      allowed: (a) => a.can('read', 'RgIntervention'),
      nav: { label: 'RG interventions', icon: 'queue', group: 'Players' },
    },
    {
      path: 'rg/interventions/:playerId/:n',
      element: <InterventionPage />,
      allowed: (a) => a.can('read', 'RgIntervention'),
    },
  ],
};
