import { Badge, Group, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { listStaff } from './admin-api';
import { DateTime } from '../ui/DateTime';
import { PageHeader } from '../ui/PageHeader';
import { TableState } from '../ui/TableState';
import { ChangeRolesButton } from './ChangeRolesButton';
import { CreateStaffButton } from './CreateStaffButton';
import { DisableStaffButton } from './DisableStaffButton';
import { EnableStaffButton } from './EnableStaffButton';
import { RoleBadge } from './RoleBadge';

/** Staff and their roles: who may do what in the back office. Administrators only. */
export function StaffPage() {
  const staff = useQuery({ queryKey: ['staff'], queryFn: ({ signal }) => listStaff(signal) });
  const items = staff.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="Staff & roles"
        description="Who can use the back office and what their roles allow. Every change is recorded in the audit log."
        actions={<CreateStaffButton />}
      />
      <Paper p={0}>
        <Table.ScrollContainer minWidth={960}>
          <Table highlightOnHover aria-label="Staff">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Staff member</Table.Th>
                <Table.Th>Roles</Table.Th>
                <Table.Th>Two-step</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Last sign-in</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <TableState columns={6} loading={staff.isPending} error={staff.error} empty={items.length === 0} />
              {items.map((member) => (
                <Table.Tr
                  key={member.staffId}
                  data-testid={`staff-row-${member.username}`}
                  bg={member.disabled ? 'gray.1' : undefined}
                >
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {member.displayName}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {member.username} · {member.staffId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {member.roles.map((role) => (
                        <RoleBadge key={role} role={role} />
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      size="sm"
                      color={member.totpEnabled ? 'teal' : 'gray'}
                      variant={member.totpEnabled ? 'light' : 'outline'}
                    >
                      {member.totpEnabled ? 'TOTP on' : 'Off'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Badge size="sm" color={member.disabled ? 'red' : 'teal'}>
                      {member.disabled ? 'Disabled' : 'Active'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <DateTime value={member.lastLoginAt ?? null} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} justify="flex-end" wrap="nowrap">
                      <ChangeRolesButton member={member} />
                      <DisableStaffButton member={member} />
                      <EnableStaffButton member={member} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </>
  );
}
