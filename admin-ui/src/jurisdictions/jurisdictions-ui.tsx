import type { DomainUi } from '../domain-ui';
import { JurisdictionsPage } from './JurisdictionsPage';

/** The jurisdiction rules, read only: what each jurisdiction requires and the regulation it comes from. */
export const jurisdictionsUi: DomainUi = {
  name: 'jurisdictions',
  screens: [
    {
      path: 'jurisdictions',
      element: <JurisdictionsPage />,
      allowed: (a) => a.can('read', 'JurisdictionPolicy'),
      nav: { label: 'Jurisdiction rules', icon: 'rules', group: 'Compliance' },
    },
  ],
};
