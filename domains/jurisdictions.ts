import { createJurisdictionsRouter } from '../api/jurisdictions/jurisdictions-router';
import { jurisdictionsOpenApi } from '../api/jurisdictions/openapi';
import type { DomainModule } from './domain-module';

/** The registry of per-jurisdiction rules (domain/jurisdictions) that every domain reads; staff read it too. */
export const jurisdictionsDomain: DomainModule = {
  name: 'jurisdictions',
  openApi: jurisdictionsOpenApi,
  routes: { backOffice: [{ path: '/jurisdictions', router: () => createJurisdictionsRouter() }] },
};
