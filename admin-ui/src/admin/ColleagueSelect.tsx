import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { StaffRole } from '../../../contracts/admin';
import { listColleagues } from './admin-api';
import { roleLabel } from './role-labels';

/**
 * Picks a colleague by name among those who hold any of `roles` (whom the work may go to), searchable, each with
 * their roles beside the name. The value is the staff id.
 */
export function ColleagueSelect({
  roles,
  value,
  onChange,
  label = 'Assign to',
}: {
  roles: readonly StaffRole[];
  value: string | null;
  onChange: (staffId: string | null) => void;
  label?: string;
}) {
  const colleagues = useQuery({
    queryKey: ['colleagues', ...roles],
    queryFn: ({ signal }) => listColleagues(roles, signal),
    staleTime: 60_000,
  });
  return (
    <Select
      label={label}
      placeholder={colleagues.isLoading ? 'Loading colleagues…' : 'Choose a colleague'}
      searchable
      required
      nothingFoundMessage="No colleague by that name"
      value={value}
      onChange={onChange}
      error={colleagues.isError ? 'The list of colleagues could not be loaded' : undefined}
      data={(colleagues.data?.items ?? []).map((c) => ({
        value: c.staffId,
        label: `${c.displayName} (${c.roles.map(roleLabel).join(', ')})`,
      }))}
    />
  );
}
