import type { Screen } from '../../domain-ui';
import { AmlRetentionPage } from './AmlRetentionPage';

/** Record retention: what is purgeable, the runs, a run started now (MLRO). */
export const amlRetentionScreens: readonly Screen[] = [
  {
    path: 'aml/retention',
    element: <AmlRetentionPage />,
    allowed: (a) => a.can('read', 'AmlRetention'),
    nav: { label: 'Retention', icon: 'clock', group: 'Compliance' },
  },
];
