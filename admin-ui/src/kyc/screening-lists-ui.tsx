import type { DomainUi } from '../domain-ui';
import { ScreeningListsPage } from './ScreeningListsPage';

/**
 * The screening-lists page of the KYC domain. PLACEHOLDER wiring: at merge, kycflow's KYC DomainUi takes this screen
 * beside its review queue (or domains.ts keeps listing both).
 */
export const screeningListsUi: DomainUi = {
  name: 'kyc',
  screens: [
    {
      path: 'kyc/screening-lists',
      element: <ScreeningListsPage />,
      allowed: (a) => a.can('read', 'ScreeningList'),
      nav: { label: 'Sanctions and PEP lists', icon: 'rules', group: 'Compliance' },
    },
  ],
};
