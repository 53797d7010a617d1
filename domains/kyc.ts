import { createKycWebhookRouter, KYC_WEBHOOK_PATH } from '../api/kyc/kyc-webhook-router';
import { kycOpenApi } from '../api/kyc/openapi';
import type { DomainModule } from './domain-module';

// PLACEHOLDER: replaced by kycflow's file at merge, which keeps this rawBody route mount.

/** KYC: onboarding, due diligence and sanctions/PEP screening; here, the provider's webhook only. */
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
  },
};
