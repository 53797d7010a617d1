// PLACEHOLDER (owned by rg-exclusions)
import type { Queryable } from '../../../platform/db';

/** Why the player's national self-exclusion scheme refuses a deposit (listed, or unreachable: fail closed). */
export async function schemeDepositRefusal(_db: Queryable, _playerId: string): Promise<string | undefined> {
  return undefined;
}
