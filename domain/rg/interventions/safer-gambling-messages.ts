import type { Queryable } from '../../../platform/db';
import { newBusinessId } from '../../../platform/ids';

/** A safer-gambling message to a player: which template, why, and what asked for it (an intervention's id). */
export interface SaferGamblingMessage {
  playerId: string;
  template: 'SAFER_GAMBLING_CHECK_IN';
  reason: string;
  sourceRef: string;
}

/**
 * How a safer-gambling message reaches a player. The journey-comms issue fills it with a real channel (email, in-app,
 * respecting the player's preferences); `send` must be idempotent by (sourceRef, template).
 */
export interface SaferGamblingMessages {
  send(message: SaferGamblingMessage): Promise<void>;
}

/** Until journey-comms delivers them: records each message in `rg_safer_gambling_messages`, once per source. */
export function recordingSaferGamblingMessages(db: Queryable): SaferGamblingMessages {
  return {
    async send(m) {
      await db.query(
        `INSERT INTO rg_safer_gambling_messages (message_id, player_id, template, reason, source_ref)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (source_ref, template) DO NOTHING`,
        [newBusinessId('sgm'), m.playerId, m.template, m.reason, m.sourceRef],
      );
    },
  };
}
