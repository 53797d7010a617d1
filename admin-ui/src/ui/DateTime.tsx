import { Text } from '@mantine/core';
import { HoverHint } from './HoverHint';

/** The officer's own time zone, as the browser knows it. */
export const officerTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const FORMATS = {
  datetime: new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }),
  date: new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: '2-digit' }),
  // For dense tables of recent items (the queue): the year is implied.
  short: new Intl.DateTimeFormat(undefined, {
    month: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  // Probe steps are milliseconds apart.
  'time-ms': new Intl.DateTimeFormat(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 3,
    hourCycle: 'h23',
  }),
} as const;

/** The exact instant in UTC, for the tooltip and for comparing with logs. */
function utcText(date: Date): string {
  return `${date.toISOString().replace('T', ' ').replace('Z', '')} UTC`;
}

/**
 * A time, in the one place the back office formats times: shown in the officer's time zone, with the exact UTC
 * instant on hover (audit trails and logs are in UTC).
 */
export function DateTime({
  value,
  format = 'datetime',
  size,
  testId,
}: {
  value: string | Date | null | undefined;
  format?: keyof typeof FORMATS;
  size?: 'xs' | 'sm' | 'md';
  testId?: string;
}) {
  if (!value) {
    return (
      <Text component="span" inherit c="dimmed">
        —
      </Text>
    );
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return <span>{String(value)}</span>;
  return (
    <HoverHint label={`${utcText(date)} · shown in ${officerTimeZone}`}>
      <Text
        component="time"
        dateTime={date.toISOString()}
        inherit={size === undefined}
        size={size}
        style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        data-testid={testId}
      >
        {FORMATS[format].format(date)}
      </Text>
    </HoverHint>
  );
}
