// PLACEHOLDER (owned by aml-cases)
import type { Queryable } from '../../platform/db';

/** The cases part's drill check: each violation since `since`, none when every promise held. */
export async function checkCasesAfterDrill(_db: Queryable, _since: Date): Promise<string[]> {
  return [];
}
