import {
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { InterventionActivities } from '../../activities/rg/intervention-activities';
import {
  InterventionLevel,
  InterventionStatus,
  harmLevelOf,
  type HarmNotice,
  type RgInterventionInput,
  type RgInterventionState,
} from '../../contracts/rg';
import { internalDbWrite } from '../activity-presets';
import {
  BusinessIdSearchAttribute,
  BusinessStatusSearchAttribute,
  PlayerIdSearchAttribute,
} from '../search-attributes';
import { InterventionActions } from './intervention-actions';
import { getInterventionStatusQuery } from './intervention-messages';

const rg = proxyActivities<InterventionActivities>(internalDbWrite);

/**
 * A player's intervention, driven by markers of harm. It opens at the level the score calls for (a strong indicator:
 * level 3 at once) and goes up one level at a time: level 1 sends a safer-gambling message and watches; markers that
 * keep coming during the watch make it an RG officer's task (level 2) with an SLA; a task not resolved within its
 * SLA, an officer's escalation or a score at the level-3 threshold puts restrictions on (level 3), which an officer
 * reviews within its own SLA, after which it is flagged for a senior. A quiet watch at level 1 resolves it; from
 * level 2 only an officer does, after an interaction with the player.
 */
export async function rgInterventionWorkflow(input: RgInterventionInput): Promise<RgInterventionState> {
  const { workflowId } = workflowInfo();
  const state: RgInterventionState = {
    playerId: input.playerId,
    n: input.n,
    status: InterventionStatus.OPEN,
    level: 0,
    score: 0,
    markers: [],
    escalatedToSenior: false,
    interactionsLogged: 0,
  };
  let step = 0;
  const record = async (type: string, actor: string, reason: string, detail: Record<string, unknown> = {}) => {
    upsertSearchAttributes([{ key: BusinessStatusSearchAttribute, value: `${state.status}_L${state.level}` }]);
    step += 1;
    await rg.recordInterventionStep({ workflowId, stepKey: `${step}-${type}`, type, actor, reason, detail, state });
  };
  const actions = new InterventionActions(state, {
    record,
    logInteraction: async (staffId, kind, note) => {
      await rg.logInterventionInteraction({
        workflowId,
        playerId: input.playerId,
        kind,
        note,
        staffId,
        stepKey: `${step + 1}-interaction`,
      });
    },
  });
  actions.register();
  setHandler(getInterventionStatusQuery, () => state);
  upsertSearchAttributes([
    { key: PlayerIdSearchAttribute, value: input.playerId },
    { key: BusinessIdSearchAttribute, value: workflowId },
  ]);

  // rg-monitor starts it with signalWithStart: its first notice is there before the first task.
  await condition(() => actions.notices.length > 0);
  const sla = await rg.interventionSla();
  let target = takeNotices(actions.notices, 0).target;
  await record('OPENED', 'system', `harm score ${state.score} (${state.markers.join(', ')})`, { score: state.score });
  let dueMs = 0;

  const reach = async (level: InterventionLevel, actor: string, reason: string) => {
    state.level = level;
    dueMs = Date.now() + sla[level];
    state.slaDueAt = new Date(dueMs).toISOString();
    let detail: Record<string, unknown> = { score: state.score };
    if (level === InterventionLevel.MESSAGE) {
      await rg.sendSaferGamblingMessage({ workflowId, playerId: input.playerId, reason });
    } else if (level === InterventionLevel.RESTRICTIONS) {
      const applied = await rg.applyInterventionRestrictions({ workflowId, playerId: input.playerId, reason });
      detail = { ...applied, ...detail };
    }
    await record('LEVEL_REACHED', actor, reason, detail);
    actions.levelRecorded = level;
  };

  await reach(
    Math.max(target, 1) as InterventionLevel,
    'system',
    `harm score ${state.score} reached level ${Math.max(target, 1)}`,
  );
  while (!actions.resolution) {
    const somethingToDo = () => !!actions.resolution || !!actions.escalation || actions.notices.length > 0;
    const acted = state.escalatedToSenior
      ? await condition(somethingToDo)
      : await condition(somethingToDo, Math.max(dueMs - Date.now(), 1));
    if (actions.resolution) break;
    if (actions.escalation) {
      const { staffId, reason } = actions.escalation;
      actions.escalation = undefined;
      await reach((state.level + 1) as InterventionLevel, staffId, `escalated by the officer: ${reason}`);
      continue;
    }
    if (actions.notices.length > 0) {
      const taken = takeNotices(actions.notices, target);
      target = taken.target;
      // Markers that keep coming after the message are the next level's business; a strong one acts at once.
      const next = taken.strong ? 3 : Math.max(target, state.level === 1 ? 2 : state.level);
      if (next > state.level) {
        const why = taken.strong ? 'strong indicator of harm' : `markers continued (score ${state.score})`;
        await reach(next as InterventionLevel, 'system', why);
      } else {
        await record('MARKERS_ADDED', 'system', `harm score ${state.score}`, { markers: state.markers });
      }
      continue;
    }
    if (acted) continue;
    // The level's SLA ran out.
    if (state.level === 1) {
      Object.assign(state, { status: InterventionStatus.RESOLVED, outcome: 'NO_FURTHER_MARKERS' });
      state.slaDueAt = undefined;
      await record('RESOLVED', 'system', 'no further markers during the watch after the safer-gambling message');
      await condition(allHandlersFinished);
      return state;
    }
    if (state.level === 2) {
      await reach(InterventionLevel.RESTRICTIONS, 'system', 'the officer task was not resolved within its SLA');
    } else {
      state.escalatedToSenior = true;
      await record('ESCALATED_TO_SENIOR', 'system', 'the restrictions were not reviewed within the SLA');
    }
  }
  const { staffId, outcome, reason } = actions.resolution;
  Object.assign(state, { status: InterventionStatus.RESOLVED, outcome });
  state.slaDueAt = undefined;
  await record('RESOLVED', staffId, reason, { outcome });
  actions.resolutionRecorded = true;
  await condition(allHandlersFinished);
  return state;
}

/** Looks at the notices received, answers the highest level they call for and whether one was strong. */
function takeNotices(notices: HarmNotice[], target: number) {
  let strong = false;
  let highest = target;
  for (const n of notices.splice(0)) {
    const { level, strong: s } = harmLevelOf(n.score);
    highest = Math.max(highest, level);
    strong ||= s || n.strong;
  }
  return { target: strong ? 3 : highest, strong };
}
