import type { DomainUi } from '../domain-ui';
import { OpsPage } from './OpsPage';

/** The operations screen: stack health, the stack probe and the live service levels. */
export const opsUi: DomainUi = {
  name: 'ops',
  screens: [
    {
      path: 'operations',
      element: <OpsPage />,
      allowed: (a) => a.can('run', 'OpsProbe'),
      nav: { label: 'Operations', icon: 'operations', group: 'Administration' },
    },
  ],
};
