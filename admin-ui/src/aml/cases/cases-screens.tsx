import type { Screen } from '../../domain-ui';
import { CasePage } from './CasePage';
import { CaseQueuePage } from './CaseQueuePage';

/** The AML case queue and the case file. */
export const amlCaseScreens: readonly Screen[] = [
  {
    path: 'aml/cases',
    element: <CaseQueuePage />,
    allowed: (a) => a.can('read', 'AmlCase'),
    nav: { label: 'AML cases', icon: 'queue', group: 'Compliance' },
  },
  { path: 'aml/cases/:caseId', element: <CasePage />, allowed: (a) => a.can('read', 'AmlCase') },
];
