import { Badge } from '@mantine/core';
import { SEVERITY_COLOR } from './monitoring-api';

/** An alert's or a rule's severity, in its colour and its word. */
export function SeverityBadge({ severity }: { severity: string }) {
  return (
    <Badge color={SEVERITY_COLOR[severity] ?? 'gray'} variant="light">
      {severity.charAt(0) + severity.slice(1).toLowerCase()}
    </Badge>
  );
}
