// PLACEHOLDER (owned by rg-limits)
import type { RgLimitKind, RgLimitPeriod } from '../../../contracts/rg';
import type { Queryable } from '../../../platform/db';

/** Lowers a player's limit at once and cancels a pending increase of that kind and period (rg-limits builds it). */
export async function decreaseLimit(
  _db: Queryable,
  _input: {
    playerId: string;
    kind: RgLimitKind;
    period: RgLimitPeriod;
    amount: number;
    reason: string;
    requestedBy: string;
  },
): Promise<void> {
  // rg-limits' version replaces this file at merge; until then a level-3 intervention records the limit it asked for.
}
