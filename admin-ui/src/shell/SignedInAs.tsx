import { Group, Text } from '@mantine/core';
import { useSession } from '../admin/session-context';
import { roleLabel } from '../admin/role-labels';

/** The signed-in staff member in the header, so a screenshot always says who was acting. */
export function SignedInAs() {
  const { session } = useSession();
  return (
    <Group gap="xs" wrap="nowrap" visibleFrom="sm">
      <Text size="sm" fw={600}>
        {session.staff.displayName}
      </Text>
      <Text size="xs" c="gray.4">
        {session.staff.roles.map(roleLabel).join(' · ')}
      </Text>
    </Group>
  );
}
