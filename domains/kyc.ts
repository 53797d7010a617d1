import { createBackOfficeDueDiligenceRouter, createPlayerDueDiligenceRouter } from '../api/kyc/due-diligence-router';
import { createKycReviewRouter } from '../api/kyc/kyc-review-router';
import { createScreeningRouter } from '../api/kyc/screening-router';
import { createKycWebhookRouter, KYC_WEBHOOK_PATH } from '../api/kyc/kyc-webhook-router';
import { kycOpenApi } from '../api/kyc/openapi';
import { kycStatusChangedEvent } from '../domain/kyc/events';
import type { DomainModule } from './domain-module';

/**
 * KYC: onboarding (age rule, screening, provider checks, manual review), re-screening, the review queue, and the
 * provider's signed webhook, the sanctions and PEP lists with their imports, and due diligence (the standing, source-of-funds requests and their clearance).
 */
export const kycDomain: DomainModule = {
  name: 'kyc',
  openApi: kycOpenApi,
  routes: {
    rawBody: [
      {
        path: KYC_WEBHOOK_PATH,
        router: (deps) =>
          createKycWebhookRouter({
            db: deps.db,
            temporal: deps.temporal,
            logger: deps.logger,
            secret: deps.kycWebhookSecret,
            toleranceSeconds: deps.kycWebhookToleranceSeconds,
            rateLimits: deps.rateLimiters,
          }),
      },
    ],
    public: [
      {
        path: '/player/v1',
        router: (deps) =>
          createPlayerDueDiligenceRouter({ db: deps.db, temporal: deps.temporal, vault: deps.personalDataVault }),
      },
    ],
    backOffice: [
      { path: '/kyc', router: (deps) => createBackOfficeDueDiligenceRouter({ db: deps.db, temporal: deps.temporal }) },
      { path: '/kyc', router: (deps) => createScreeningRouter({ db: deps.db, temporal: deps.temporal }) },
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
