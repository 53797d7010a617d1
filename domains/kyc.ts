// PLACEHOLDER: replaced by kycflow's file at merge; add the two due diligence routers and dueDiligenceOpenApi
// below to it (kycgates' part of the KYC domain).
import { createBackOfficeDueDiligenceRouter, createPlayerDueDiligenceRouter } from '../api/kyc/due-diligence-router';
import { dueDiligenceOpenApi } from '../api/kyc/due-diligence-openapi';
import type { DomainModule } from './domain-module';

/** KYC: onboarding, screening and due diligence (here only kycgates' part: standing and enhanced due diligence). */
export const kycDomain: DomainModule = {
  name: 'kyc',
  openApi: dueDiligenceOpenApi,
  routes: {
    public: [
      {
        path: '/player/v1',
        router: (deps) =>
          createPlayerDueDiligenceRouter({ db: deps.db, temporal: deps.temporal, vault: deps.personalDataVault }),
      },
    ],
    backOffice: [
      { path: '/kyc', router: (deps) => createBackOfficeDueDiligenceRouter({ db: deps.db, temporal: deps.temporal }) },
    ],
  },
};
