import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AppAbility } from '../../../domain/admin/abilities';
import { useSession } from '../admin/session-context';
import { NavIcon } from '../ui/NavIcon';

/** Renders a screen only for staff whose abilities allow it; a bookmarked link to another screen explains why not. */
export function RequireAbility({
  allowed,
  children,
}: {
  allowed: (ability: AppAbility) => boolean;
  children: ReactNode;
}) {
  const { ability } = useSession();
  if (allowed(ability)) return children;
  return (
    <Alert
      color="orange"
      variant="light"
      title="Not available for your roles"
      icon={<NavIcon name="lock" />}
      role="alert"
    >
      This screen is not part of your roles. Ask an administrator if you need it.
    </Alert>
  );
}
