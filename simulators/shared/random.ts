/** A source of uniform numbers in [0, 1), injectable so tests are deterministic. */
export type Random = () => number;

/** True with probability `rate`; 0 never and 1 always, whatever `random` returns (and without consuming it). */
export function rolls(rate: number, random: Random): boolean {
  if (rate <= 0) return false;
  if (rate >= 1) return true;
  return random() < rate;
}
