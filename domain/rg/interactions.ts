import type { RgInteractionKind } from '../../contracts/rg';
import type { Queryable } from '../../platform/db';
import { appendOutboxEvent } from '../../platform/events';
import { newBusinessId } from '../../platform/ids';
import { rgInteractionLoggedEvent } from './harm/events';

/** An interaction to log. `by` is a staff id, or `system` for an automated step. */
export interface InteractionInput {
  playerId: string;
  kind: RgInteractionKind;
  note: string;
  by: string;
  interventionWorkflowId?: string;
  /** The player said something that is a strong indicator of harm (e.g. they cannot stop): act at once. */
  strongIndicator?: boolean;
  /** A workflow's step key: a retried activity logs the interaction once and answers the first one. */
  idempotencyKey?: string;
}

/** An interaction as the back office shows it. */
export interface InteractionRecord {
  interactionId: string;
  kind: RgInteractionKind;
  note: string;
  strongIndicator: boolean;
  by: string;
  interventionWorkflowId: string | null;
  createdAt: string;
}

/**
 * Logs an interaction with its `rg.interaction.logged` event (the harm monitor reads customer contact about
 * gambling from it). Pass a transaction client when it goes with other changes, so the row and event are one.
 */
export async function logInteraction(db: Queryable, i: InteractionInput): Promise<{ interactionId: string }> {
  const interactionId = newBusinessId('rgi');
  const { rows } = await db.query<{ created_at: Date }>(
    `INSERT INTO rg_interactions (interaction_id, player_id, kind, note, strong_indicator, by_actor,
                                  intervention_workflow_id, idempotency_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (idempotency_key) DO NOTHING RETURNING created_at`,
    [
      interactionId,
      i.playerId,
      i.kind,
      i.note.trim(),
      i.strongIndicator ?? false,
      i.by,
      i.interventionWorkflowId ?? null,
      i.idempotencyKey ?? null,
    ],
  );
  if (!rows[0]) {
    const first = await db.query<{ interaction_id: string }>(
      'SELECT interaction_id FROM rg_interactions WHERE idempotency_key = $1',
      [i.idempotencyKey],
    );
    return { interactionId: first.rows[0]!.interaction_id };
  }
  await appendOutboxEvent(db, rgInteractionLoggedEvent, i.playerId, {
    interactionId,
    playerId: i.playerId,
    kind: i.kind,
    strongIndicator: i.strongIndicator ?? false,
    at: rows[0]!.created_at.toISOString(),
  });
  return { interactionId };
}

/** A player's interactions, newest first. */
export async function listInteractions(db: Queryable, playerId: string, limit = 100): Promise<InteractionRecord[]> {
  const { rows } = await db.query<InteractionRecord>(
    `SELECT interaction_id AS "interactionId", kind, note, strong_indicator AS "strongIndicator", by_actor AS "by",
            intervention_workflow_id AS "interventionWorkflowId", to_json(created_at) #>> '{}' AS "createdAt"
     FROM rg_interactions WHERE player_id = $1 ORDER BY created_at DESC, interaction_id LIMIT $2`,
    [playerId, limit],
  );
  return rows;
}
