import {
  RgLimitKind,
  RgLimitPeriod,
  RgRestrictionKind,
  RgRestrictionSource,
  type InterventionStatus,
  type RgInterventionState,
} from '../../../contracts/rg';
import { withTransaction, type Db, type Queryable } from '../../../platform/db';
import { appendOutboxEvent } from '../../../platform/events';
import { rgInterventionLevelEvent } from '../harm/events';
import { decreaseLimit } from '../limits/limits';
import { applyRestriction } from '../restrictions';

/** One step of an intervention's timeline, with the state after it. */
export interface InterventionStep {
  workflowId: string;
  stepKey: string;
  type: string;
  actor: string;
  reason: string;
  detail?: Record<string, unknown>;
  state: RgInterventionState;
}

/**
 * Records a timeline step and brings the intervention's row to the state (level, assignee, SLA, status), in one
 * transaction; a step that reaches a new level writes `rg.intervention.level`. The row is created when missing (the
 * monitor's transaction normally made it), so the timeline never lacks its intervention. Idempotent by step key.
 */
export async function recordInterventionStep(db: Db, step: InterventionStep): Promise<void> {
  const s = step.state;
  await withTransaction(db, async (tx) => {
    await tx.query(
      `INSERT INTO rg_interventions (workflow_id, player_id, n, score) VALUES ($1, $2, $3, $4)
       ON CONFLICT (workflow_id) DO NOTHING`,
      [step.workflowId, s.playerId, s.n, s.score],
    );
    const { rowCount } = await tx.query(
      `INSERT INTO rg_intervention_steps (workflow_id, step_key, type, level, actor, reason, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (workflow_id, step_key) DO NOTHING`,
      [step.workflowId, step.stepKey, step.type, s.level, step.actor, step.reason, JSON.stringify(step.detail ?? {})],
    );
    if (!rowCount) return;
    await tx.query(
      `UPDATE rg_interventions SET level = $2, score = GREATEST(score, $3), assignee = $4, sla_due_at = $5,
              escalated_to_senior = $6, status = $7,
              resolved_at = CASE WHEN $7 = 'RESOLVED' THEN coalesce(resolved_at, now()) END,
              resolved_by = CASE WHEN $7 = 'RESOLVED' THEN $8 END, outcome = $9
       WHERE workflow_id = $1`,
      [
        step.workflowId,
        s.level,
        s.score,
        s.assignee ?? null,
        s.slaDueAt ?? null,
        s.escalatedToSenior,
        s.status,
        step.actor,
        s.outcome ?? null,
      ],
    );
    if (step.type === 'LEVEL_REACHED' && s.level > 0) {
      await appendOutboxEvent(tx, rgInterventionLevelEvent, s.playerId, {
        playerId: s.playerId,
        workflowId: step.workflowId,
        level: s.level,
        score: s.score,
        at: new Date().toISOString(),
      });
    }
  });
}

/** The floor of a level-3 deposit limit: a limit below a small deposit would only push play elsewhere. */
const MIN_LEVEL3_DAILY_DEPOSIT_MINOR = 1_000;

/**
 * Level 3: blocks deposits and bonuses, suppresses marketing, and lowers the daily deposit limit to half the
 * player's average daily credited deposits of the last 30 days (at least 10.00), through rg-limits' decreaseLimit.
 * Idempotent: each restriction is keyed by the intervention, and a decrease to the same amount changes nothing. A
 * pending raise of that limit is cancelled, and `tellCancelled` tells its workflow before the transaction commits.
 */
export async function applyInterventionRestrictions(
  db: Db,
  input: { workflowId: string; playerId: string; reason: string },
  tellCancelled: (limitChangeWorkflowIds: string[]) => Promise<void> = async () => undefined,
): Promise<{ restrictions: string[]; depositLimitMinor: number | null }> {
  return withTransaction(db, async (tx) => {
    const kinds = [
      RgRestrictionKind.DEPOSIT_BLOCK,
      RgRestrictionKind.BONUS_BLOCK,
      RgRestrictionKind.MARKETING_SUPPRESSION,
    ] as const;
    for (const kind of kinds) {
      await applyRestriction(tx, {
        playerId: input.playerId,
        kind,
        source: RgRestrictionSource.INTERVENTION,
        sourceRef: input.workflowId,
        reason: input.reason,
        appliedBy: 'system',
      });
    }
    const { rows } = await tx.query<{ avg: string | null }>(
      `SELECT sum(amount_minor) / 30 AS avg FROM payments
       WHERE player_id = $1 AND kind = 'DEPOSIT' AND status = 'CREDITED' AND updated_at > now() - interval '30 days'`,
      [input.playerId],
    );
    const average = Number(rows[0]?.avg ?? 0);
    const depositLimitMinor = average > 0 ? Math.max(Math.floor(average / 2), MIN_LEVEL3_DAILY_DEPOSIT_MINOR) : null;
    if (depositLimitMinor !== null) {
      await decreaseLimit(
        tx,
        {
          playerId: input.playerId,
          kind: RgLimitKind.DEPOSIT,
          period: RgLimitPeriod.DAY,
          amount: depositLimitMinor,
          reason: input.reason,
          requestedBy: 'system',
        },
        tellCancelled,
      );
    }
    return { restrictions: [...kinds], depositLimitMinor };
  });
}

/** An intervention in the RG officer queue. */
export interface InterventionQueueItem {
  workflowId: string;
  playerId: string;
  n: number;
  status: InterventionStatus;
  level: number;
  score: number;
  assignee: string | null;
  slaDueAt: string | null;
  escalatedToSenior: boolean;
  openedAt: string;
}

const QUEUE_SORTS = { slaDueAt: 'sla_due_at', score: 'score', level: 'level', openedAt: 'opened_at' } as const;
/** The queue's sort keys. */
export const INTERVENTION_QUEUE_SORTS = Object.keys(QUEUE_SORTS) as [
  keyof typeof QUEUE_SORTS,
  ...(keyof typeof QUEUE_SORTS)[],
];

/** One page of open interventions: whose, sorted and paged on the server. */
export async function listOpenInterventions(
  db: Queryable,
  q: {
    assignee: 'all' | 'mine' | 'unassigned';
    staffId: string;
    sort: keyof typeof QUEUE_SORTS;
    order: 'asc' | 'desc';
    limit: number;
    offset: number;
  },
): Promise<{ items: InterventionQueueItem[]; total: number }> {
  const where = ["status = 'OPEN'"];
  const params: unknown[] = [];
  if (q.assignee === 'mine') {
    params.push(q.staffId);
    where.push(`assignee = $${params.length}`);
  } else if (q.assignee === 'unassigned') {
    where.push('assignee IS NULL');
  }
  const order = `${QUEUE_SORTS[q.sort]} ${q.order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, workflow_id`;
  const { rows } = await db.query<InterventionQueueItem & { total: string }>(
    `SELECT workflow_id AS "workflowId", player_id AS "playerId", n, status, level, score, assignee,
            to_json(sla_due_at) #>> '{}' AS "slaDueAt", escalated_to_senior AS "escalatedToSenior",
            to_json(opened_at) #>> '{}' AS "openedAt", count(*) OVER () AS total
     FROM rg_interventions WHERE ${where.join(' AND ')} ORDER BY ${order}
     LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, q.limit, q.offset],
  );
  return { items: rows.map(({ total: _t, ...item }) => item), total: Number(rows[0]?.total ?? 0) };
}

/** A timeline step as the back office shows it. */
export interface InterventionTimelineStep {
  type: string;
  level: number;
  actor: string;
  reason: string;
  detail: Record<string, unknown>;
  at: string;
}

/** One intervention with its timeline, or undefined. */
export async function findIntervention(
  db: Queryable,
  workflowId: string,
): Promise<
  | (InterventionQueueItem & {
      resolvedAt: string | null;
      outcome: string | null;
      timeline: InterventionTimelineStep[];
    })
  | undefined
> {
  const { rows } = await db.query<InterventionQueueItem & { resolvedAt: string | null; outcome: string | null }>(
    `SELECT workflow_id AS "workflowId", player_id AS "playerId", n, status, level, score, assignee,
            to_json(sla_due_at) #>> '{}' AS "slaDueAt", escalated_to_senior AS "escalatedToSenior",
            to_json(opened_at) #>> '{}' AS "openedAt", to_json(resolved_at) #>> '{}' AS "resolvedAt", outcome
     FROM rg_interventions WHERE workflow_id = $1`,
    [workflowId],
  );
  if (!rows[0]) return undefined;
  const { rows: timeline } = await db.query<InterventionTimelineStep>(
    `SELECT type, level, actor, reason, detail, to_json(at) #>> '{}' AS at FROM rg_intervention_steps
     WHERE workflow_id = $1 ORDER BY step_id`,
    [workflowId],
  );
  return { ...rows[0], timeline };
}
