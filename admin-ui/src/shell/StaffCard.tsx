import { Avatar, Group, Stack, Text } from '@mantine/core';
import { RoleBadge } from '../admin/RoleBadge';
import { useSession } from '../admin/session-context';
import { SignOutButton } from '../admin/SignOutButton';

/** Who is signed in, with every role they hold, and sign-out: at the foot of the navigation. */
export function StaffCard() {
  const { session } = useSession();
  const { staff } = session;
  return (
    <Stack gap={6} data-testid="signed-in-staff">
      <Group gap="sm" wrap="nowrap">
        <Avatar name={staff.displayName} color="initials" size="md" />
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} truncate>
            {staff.displayName}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace" truncate>
            {staff.username}
          </Text>
        </div>
      </Group>
      <Group gap={4}>
        {staff.roles.map((role) => (
          <RoleBadge key={role} role={role} size="xs" />
        ))}
      </Group>
      <Group justify="flex-end">
        <SignOutButton />
      </Group>
    </Stack>
  );
}
