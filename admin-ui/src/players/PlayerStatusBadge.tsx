import { Badge } from '@mantine/core';

const COLORS: Record<string, string> = { ACTIVE: 'teal', BLOCKED: 'red', SELF_EXCLUDED: 'orange', CLOSED: 'gray' };

/** A player's account status: active, blocked, self-excluded (responsible gambling) or closed. */
export function PlayerStatusBadge({ status, size = 'sm' }: { status: string; size?: 'sm' | 'lg' }) {
  return (
    <Badge color={COLORS[status] ?? 'gray'} size={size} data-testid="player-status" data-status={status}>
      {status.replaceAll('_', ' ')}
    </Badge>
  );
}
