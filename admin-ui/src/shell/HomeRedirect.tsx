import { Alert } from '@mantine/core';
import { Navigate } from 'react-router';
import { useSession } from '../admin/session-context';
import { homePathFor } from './nav-items';

/** Sends a staff member to the first screen their roles allow. */
export function HomeRedirect() {
  const { ability } = useSession();
  const home = homePathFor(ability);
  if (home) return <Navigate to={home} replace />;
  return (
    <Alert color="orange" variant="light" title="No screens for your roles">
      Your account has no role that opens a back-office screen. Ask an administrator.
    </Alert>
  );
}
