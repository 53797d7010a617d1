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
