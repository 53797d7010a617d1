import { Checkbox, Stack } from '@mantine/core';
import type { StaffRole } from './admin-api';
import { ALL_ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from './role-labels';

/** The roles to grant, each with what it allows, so an administrator knows what they hand out. */
export function RolesPicker({
  value,
  onChange,
  error,
}: {
  value: StaffRole[];
  onChange: (roles: StaffRole[]) => void;
  error?: string;
}) {
  return (
    <Checkbox.Group
      label="Roles"
      value={value}
      onChange={(next) => onChange(next as StaffRole[])}
      error={error}
      withAsterisk
    >
      <Stack gap="xs" mt="xs">
        {ALL_ROLES.map((role) => (
          <Checkbox key={role} value={role} label={ROLE_LABELS[role]} description={ROLE_DESCRIPTIONS[role]} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
