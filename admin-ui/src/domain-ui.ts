import type { ReactNode } from 'react';
import type { AppAbility } from '../../domain/admin/abilities';
import type { IconName } from './ui/NavIcon';

/** The main navigation's groups, by team, in the order the menu shows them. */
export const NAV_GROUPS = ['Payments', 'Players', 'Compliance', 'Administration'] as const;

/** One screen of the back office at its own URL, shown only to staff whose abilities allow it. */
export interface Screen {
  /** The route path, relative to the root (`payments/:paymentId`). */
  path: string;
  element: ReactNode;
  allowed: (ability: AppAbility) => boolean;
  /** Its entry in the main navigation, for screens people open from the menu. */
  nav?: { label: string; icon: IconName; group: (typeof NAV_GROUPS)[number] };
}

/** What one domain adds to the admin UI; `domains.ts` lists them all. */
export interface DomainUi {
  /** The folder name the domain has in every layer. */
  name: string;
  screens: readonly Screen[];
}
