import type { DomainUi } from '../domain-ui';
import { KycReviewPage } from './KycReviewPage';
import { KycReviewQueuePage } from './KycReviewQueuePage';

/** KYC: the review queue where compliance officers clear or reject players held for a decision. */
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
  ],
};
