import { Badge } from '@mantine/core';
import { DateTime } from './DateTime';
import { HoverHint } from './HoverHint';
import { useNow } from './use-now';

function formatSpan(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${String(mins).padStart(2, '0')}m`;
  if (minutes > 0) return `${mins}m`;
  return '<1m';
}

/**
 * Time left before a queue item (a withdrawal, an AML case, an RG task) escalates; amber in the last hour, red once
 * overdue. `escalatedTo` names who it went to once it has.
 */
export function SlaCountdown({
  dueAt,
  escalated,
  escalatedTo = 'senior compliance',
}: {
  dueAt: string;
  escalated: boolean;
  escalatedTo?: string;
}) {
  // Minutes are the finest unit shown, so a refresh every 15 s keeps it right without re-rendering every row each second.
  const now = useNow(15_000);
  const left = new Date(dueAt).getTime() - now;
  const color = left <= 0 ? 'red' : left < 3_600_000 ? 'orange' : 'gray';
  const text = left <= 0 ? `Overdue ${formatSpan(left)}` : `${formatSpan(left)} left`;
  return (
    <HoverHint
      label={
        <span>
          SLA due <DateTime value={dueAt} />
          {escalated ? ` · escalated to ${escalatedTo}` : ''}
        </span>
      }
    >
      <Badge
        color={color}
        variant={left <= 0 ? 'filled' : 'light'}
        data-testid="sla-countdown"
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {text}
      </Badge>
    </HoverHint>
  );
}
