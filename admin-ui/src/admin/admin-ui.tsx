import type { DomainUi } from '../domain-ui';
import { AuditLogPage } from './AuditLogPage';
import { StaffPage } from './StaffPage';

/** The administration screens: the audit log, and staff with their roles. */
export const adminUi: DomainUi = {
  name: 'admin',
  screens: [
    {
      path: 'audit',
      element: <AuditLogPage />,
      allowed: (a) => a.can('read', 'AuditLog'),
      nav: { label: 'Audit log', icon: 'audit', group: 'Compliance' },
    },
    {
      path: 'staff',
      element: <StaffPage />,
      allowed: (a) => a.can('manage', 'Staff'),
      nav: { label: 'Staff & roles', icon: 'staff', group: 'Administration' },
    },
  ],
};
