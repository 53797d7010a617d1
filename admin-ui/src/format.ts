const clock = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
  hour12: false,
});

/** A wall-clock time to the millisecond, in the viewer's time zone; probe steps are milliseconds apart. */
export function formatClock(iso: string | Date): string {
  return clock.format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** Milliseconds from `fromIso` to `toIso`. */
export function elapsedMs(fromIso: string, toIso: string): number {
  return new Date(toIso).getTime() - new Date(fromIso).getTime();
}

/** A duration in whole milliseconds, or seconds once it is long enough that milliseconds stop helping. */
export function formatDuration(ms: number): string {
  return ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A duration in whole milliseconds, for figures that are compared run to run (latencies, round trips). */
export function formatMs(ms: number): string {
  return `${Math.round(ms)} ms`;
}
