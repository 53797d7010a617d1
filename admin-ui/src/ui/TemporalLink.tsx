import { Button } from '@mantine/core';
import { NavIcon } from './NavIcon';

/** Opens a workflow in Temporal Web, in a new tab: its history, search attributes and pending activities. */
export function TemporalLink({ href, compact = false }: { href: string; compact?: boolean }) {
  return (
    <Button
      component="a"
      href={href}
      target="_blank"
      rel="noreferrer"
      variant="default"
      size={compact ? 'compact-xs' : 'sm'}
      rightSection={<NavIcon name="external" size={compact ? 12 : 14} />}
    >
      {compact ? 'Temporal Web' : 'Open in Temporal Web'}
    </Button>
  );
}
