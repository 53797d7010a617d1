import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

/** A column header that orders the rows on the server; `direction` is this column's current order, if any. */
export function SortableTh({
  children,
  direction,
  onToggle,
}: {
  children: ReactNode;
  direction?: 'asc' | 'desc';
  onToggle: () => void;
}) {
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
  return (
    <Table.Th aria-sort={ariaSort}>
      <UnstyledButton onClick={onToggle} fw={600} fz="sm" style={{ whiteSpace: 'nowrap' }}>
        {children} <span aria-hidden="true">{direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
