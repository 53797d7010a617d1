import { Badge } from '@mantine/core';
import { DateTime } from '../ui/DateTime';
import { HoverHint } from '../ui/HoverHint';
import { useNow } from '../ui/use-now';

function formatSpan(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${String(mins).padStart(2, '0')}m`;
  return `${mins}m`;
}

/**
 * Time left until something takes effect (a limit increase after its cooling-off, the end of a time-out): the
 * sibling of SlaCountdown for a date the player waits for rather than a deadline staff must meet, so it is never red.
 */
export function EffectiveCountdown({ at, doneText = 'Due now' }: { at: string; doneText?: string }) {
  const now = useNow(15_000);
  const left = new Date(at).getTime() - now;
  return (
    <HoverHint label={<DateTime value={at} />}>
      <Badge color={left <= 0 ? 'gray' : 'blue'} variant="light" data-testid="effective-countdown">
        {left <= 0 ? doneText : `in ${formatSpan(left)}`}
      </Badge>
    </HoverHint>
  );
}
