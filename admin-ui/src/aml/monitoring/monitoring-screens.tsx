import type { Screen } from '../../domain-ui';
import { AlertListPage } from './AlertListPage';
import { AlertPage } from './AlertPage';
import { RuleListPage } from './RuleListPage';
import { RulePage } from './RulePage';

/** AML monitoring: the alert queue and each alert's explanation, the rules with versions, precision and back-tests. */
export const amlMonitoringScreens: readonly Screen[] = [
  {
    path: 'aml/alerts',
    element: <AlertListPage />,
    allowed: (a) => a.can('read', 'AmlAlert'),
    nav: { label: 'AML alerts', icon: 'alert', group: 'Compliance' },
  },
  { path: 'aml/alerts/:alertId', element: <AlertPage />, allowed: (a) => a.can('read', 'AmlAlert') },
  {
    path: 'aml/rules',
    element: <RuleListPage />,
    allowed: (a) => a.can('read', 'AmlRule'),
    nav: { label: 'AML rules', icon: 'rules', group: 'Compliance' },
  },
  { path: 'aml/rules/:ruleId', element: <RulePage />, allowed: (a) => a.can('read', 'AmlRule') },
];
