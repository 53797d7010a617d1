// PLACEHOLDER (owned by aml-rules)
import type { Queryable } from '../../platform/db';

/** The monitoring part's drill check: each violation since `since`, none when every promise held. */
export async function checkMonitoringAfterDrill(_db: Queryable, _since: Date): Promise<string[]> {
  return [];
}
