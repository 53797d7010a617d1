import type { AppAbility } from '../../../domain/admin/abilities';
import type { Screen } from '../domain-ui';
import { domainUis } from '../domains';

/** One entry of the main navigation, shown only to staff whose abilities allow its screen. */
export type NavItem = NonNullable<Screen['nav']> & Pick<Screen, 'allowed'> & { path: string };

/** The screens of every domain that the menu lists, in the domains' order. */
export const NAV_ITEMS: readonly NavItem[] = domainUis.flatMap((domain) =>
  domain.screens.flatMap((screen) =>
    screen.nav ? [{ ...screen.nav, path: `/${screen.path}`, allowed: screen.allowed }] : [],
  ),
);

/** Where a staff member lands after signing in: the first screen they may use. */
export function homePathFor(ability: AppAbility): string | undefined {
  return NAV_ITEMS.find((item) => item.allowed(ability))?.path;
}
