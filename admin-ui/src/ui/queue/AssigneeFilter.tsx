import { SegmentedControl } from '@mantine/core';

/** Whose items a queue shows: everyone's, mine (claimed by or assigned to me), or those nobody works yet. */
export type AssigneeScope = 'all' | 'mine' | 'unassigned';

const SCOPES: { value: AssigneeScope; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'mine', label: 'Mine' },
  { value: 'unassigned', label: 'Unassigned' },
];

/** The "my items" switch every work queue has (withdrawals, AML alerts, AML cases); the API filters by it. */
export function AssigneeFilter({ value, onChange }: { value: AssigneeScope; onChange: (v: AssigneeScope) => void }) {
  return (
    <SegmentedControl
      aria-label="Whose items"
      data={SCOPES}
      value={value}
      onChange={(v) => onChange(v as AssigneeScope)}
      size="sm"
    />
  );
}

/** The scope an URL parameter names, `all` for anything else. */
export const assigneeScopeOf = (value: string | undefined): AssigneeScope =>
  value === 'mine' || value === 'unassigned' ? value : 'all';
