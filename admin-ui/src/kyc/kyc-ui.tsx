import type { DomainUi } from '../domain-ui';
import { KycReviewPage } from './KycReviewPage';
import { KycReviewQueuePage } from './KycReviewQueuePage';
import { ScreeningListsPage } from './ScreeningListsPage';

/**
 * KYC: the review queue where compliance officers clear or reject players held for a decision, and the sanctions and
 * PEP lists they screen against (versions, what each import changed, new imports).
 */
export const kycUi: DomainUi = {
  name: 'kyc',
  screens: [
    {
      path: 'kyc/reviews',
      element: <KycReviewQueuePage />,
      allowed: (a) => a.can('read', 'KycReview'),
      nav: { label: 'KYC reviews', icon: 'queue', group: 'Compliance' },
    },
    { path: 'kyc/reviews/:reviewId', element: <KycReviewPage />, allowed: (a) => a.can('read', 'KycReview') },
    {
      path: 'kyc/screening-lists',
      element: <ScreeningListsPage />,
      allowed: (a) => a.can('read', 'ScreeningList'),
      nav: { label: 'Sanctions and PEP lists', icon: 'rules', group: 'Compliance' },
    },
  ],
};
