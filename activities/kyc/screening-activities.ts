// PLACEHOLDER: replaced by screening's file at merge (the agreed signatures; it screens against nothing).
import { randomUUID } from 'node:crypto';
import type { ScreenPlayerInput, ScreeningOutcome } from '../../contracts/kyc';
import type { Db } from '../../platform/db';

/** The sanctions and PEP screening activities (placeholder: no lists, so no hits; every player re-screened). */
export function createScreeningActivities(deps: { db: Db }) {
  return {
    async screenPlayer(_input: ScreenPlayerInput): Promise<ScreeningOutcome> {
      return { screeningId: `scr_${randomUUID()}`, hitCount: 0, sanctionsHits: 0, pepHits: 0, highestScore: 0 };
    },
    async playersToRescreen(input: {
      listVersionId?: string;
      afterPlayerId?: string;
      limit: number;
    }): Promise<string[]> {
      const { rows } = await deps.db.query<{ playerId: string }>(
        `SELECT player_id AS "playerId" FROM players WHERE ($1::TEXT IS NULL OR player_id > $1)
         ORDER BY player_id LIMIT $2`,
        [input.afterPlayerId ?? null, input.limit],
      );
      return rows.map((row) => row.playerId);
    },
  };
}
