// PLACEHOLDER (owned by aml-context)
import { SegmentedControl } from '@mantine/core';

export type AssigneeScope = 'all' | 'mine' | 'unassigned';

export function AssigneeFilter({ value, onChange }: { value: AssigneeScope; onChange: (v: AssigneeScope) => void }) {
  return (
    <SegmentedControl
      aria-label="Whose items"
      value={value}
      onChange={(v) => onChange(v as AssigneeScope)}
      data={[
        { value: 'all', label: 'All' },
        { value: 'mine', label: 'Mine' },
        { value: 'unassigned', label: 'Unassigned' },
      ]}
    />
  );
}
