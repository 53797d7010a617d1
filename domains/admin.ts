import { createAuditRouter } from '../api/admin/audit-router';
import { createAuthRouter } from '../api/admin/auth-router';
import { createStaffRouter } from '../api/admin/staff-router';
import { adminOpenApi } from '../api/admin/openapi';
import type { DomainModule } from './domain-module';

/** Administration: staff sign-in, staff and roles, and the tamper-evident audit log. */
export const adminDomain: DomainModule = {
  name: 'admin',
  openApi: adminOpenApi,
  routes: {
    staffSignIn: [{ path: '/auth', router: (deps) => createAuthRouter({ db: deps.db, sessions: deps.sessions }) }],
    backOffice: [
      { path: '/audit', router: (deps) => createAuditRouter({ db: deps.db }) },
      { path: '/staff', router: (deps) => createStaffRouter({ db: deps.db }) },
    ],
  },
};
