// PLACEHOLDER: replaced by kycflow's file at merge. kycflow's domains/kyc.ts is the KYC domain module; at merge it
// mounts createScreeningRouter at '/kyc' among its back-office routes and lists screeningOpenApi beside its own
// api/kyc/openapi.ts (DomainModule takes one openApi: merge the two parts' tags, requestSchemas and operations).
import { screeningOpenApi } from '../api/kyc/screening-openapi';
import { createScreeningRouter } from '../api/kyc/screening-router';
import type { DomainModule } from './domain-module';

/** KYC: onboarding, due diligence, and sanctions and PEP screening. */
export const kycDomain: DomainModule = {
  name: 'kyc',
  openApi: screeningOpenApi,
  routes: { backOffice: [{ path: '/kyc', router: (deps) => createScreeningRouter({ db: deps.db }) }] },
};
