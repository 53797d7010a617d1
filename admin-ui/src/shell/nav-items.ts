import type { AppAbility } from '../../../domain/admin/abilities';
import type { IconName } from '../ui/NavIcon';

/** One entry of the main navigation, shown only to staff whose abilities allow its screen. */
export interface NavItem {
  path: string;
  label: string;
  icon: IconName;
  group: 'Payments' | 'Players' | 'Compliance' | 'Administration';
  allowed: (ability: AppAbility) => boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  {
    path: '/withdrawals',
    label: 'Withdrawal queue',
    icon: 'queue',
    group: 'Payments',
    allowed: (a) => a.can('read', 'Withdrawal'),
  },
  {
    path: '/payments',
    label: 'Payments',
    icon: 'payments',
    group: 'Payments',
    allowed: (a) => a.can('read', 'Payment'),
  },
  { path: '/players', label: 'Players', icon: 'players', group: 'Players', allowed: (a) => a.can('read', 'Player') },
  {
    path: '/audit',
    label: 'Audit log',
    icon: 'audit',
    group: 'Compliance',
    allowed: (a) => a.can('read', 'AuditLog'),
  },
  {
    path: '/jurisdictions',
    label: 'Jurisdiction rules',
    icon: 'rules',
    group: 'Compliance',
    allowed: (a) => a.can('read', 'JurisdictionPolicy'),
  },
  {
    path: '/staff',
    label: 'Staff & roles',
    icon: 'staff',
    group: 'Administration',
    allowed: (a) => a.can('manage', 'Staff'),
  },
  {
    path: '/operations',
    label: 'Operations',
    icon: 'operations',
    group: 'Administration',
    allowed: (a) => a.can('run', 'OpsProbe'),
  },
];

/** Where a staff member lands after signing in: the first screen they may use. */
export function homePathFor(ability: AppAbility): string | undefined {
  return NAV_ITEMS.find((item) => item.allowed(ability))?.path;
}
