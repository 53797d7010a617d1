import { Badge } from '@mantine/core';
import { roleLabel } from './role-labels';

const ROLE_COLORS: Record<string, string> = {
  compliance_officer: 'indigo',
  senior_compliance: 'violet',
  payments_ops: 'cyan',
  cs_agent: 'gray',
  risk_analyst: 'orange',
  engineer: 'teal',
  admin: 'red',
  mlro: 'grape',
  rg_officer: 'lime',
};

/** A staff role, named and coloured the same everywhere. */
export function RoleBadge({ role, size = 'sm' }: { role: string; size?: 'xs' | 'sm' }) {
  return (
    <Badge color={ROLE_COLORS[role] ?? 'gray'} size={size} data-role={role}>
      {roleLabel(role)}
    </Badge>
  );
}
