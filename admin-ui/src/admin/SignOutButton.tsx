import { Button } from '@mantine/core';
import { NavIcon } from '../ui/NavIcon';
import { useSession } from './session-context';

/** Ends the session on the server and returns to the login screen. */
export function SignOutButton() {
  const { signOut, signingOut } = useSession();
  return (
    <Button
      variant="subtle"
      color="gray"
      size="xs"
      leftSection={<NavIcon name="logout" size={14} />}
      onClick={signOut}
      loading={signingOut}
    >
      Sign out
    </Button>
  );
}
