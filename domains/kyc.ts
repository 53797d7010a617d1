import { createKycReviewRouter } from '../api/kyc/kyc-review-router';
import { kycOpenApi } from '../api/kyc/openapi';
import { kycStatusChangedEvent } from '../domain/kyc/events';
import type { DomainModule } from './domain-module';

/** KYC: onboarding (age rule, screening, provider checks, manual review), re-screening, the review queue. */
export const kycDomain: DomainModule = {
  name: 'kyc',
  openApi: kycOpenApi,
  routes: {
    backOffice: [
      {
        path: '/kyc',
        router: (deps) =>
          createKycReviewRouter({ db: deps.db, temporal: deps.temporal, webLink: deps.temporalWebLink }),
      },
    ],
  },
  workflows: 'kyc',
  processes: [
    {
      name: 'kyc-worker',
      entry: 'workers/kyc.worker.ts',
      description: 'Temporal worker, task queue "kyc"',
      metricsPort: 9471,
    },
  ],
  topics: [{ topic: kycStatusChangedEvent.topic, numPartitions: 6 }],
};
