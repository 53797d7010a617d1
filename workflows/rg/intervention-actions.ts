import { condition, setHandler } from '@temporalio/workflow';
import { StaffRole } from '../../contracts/admin';
import {
  InterventionStatus,
  RgInterventionErrorType,
  type HarmNotice,
  type RgInteractionKind,
  type RgInterventionActor,
  type RgInterventionState,
} from '../../contracts/rg';
import { refusal } from '../refusal';
import {
  claimInterventionUpdate,
  escalateInterventionUpdate,
  harmNoticeSignal,
  logInterventionInteractionUpdate,
  resolveInterventionUpdate,
} from './intervention-messages';

/** What the officers' acts need from the workflow: the timeline and the interaction's record (activities). */
export interface InterventionEffects {
  record(type: string, actor: string, reason: string, detail?: Record<string, unknown>): Promise<void>;
  logInteraction(staffId: string, kind: RgInteractionKind, note: string): Promise<void>;
}

/**
 * The people's side of an intervention: claim, log an interaction, escalate, resolve, each with its rule, and the
 * notices the monitor signals. A refused request leaves no trace in the history; every refusal has one shape.
 */
export class InterventionActions {
  /** Notices not yet looked at by the workflow body. */
  readonly notices: HarmNotice[] = [];
  /** An officer's escalation, carried out by the body. */
  escalation: { staffId: string; reason: string } | undefined;
  /** The accepted resolution; set once. */
  resolution: { staffId: string; outcome: string; reason: string } | undefined;
  /** The level whose LEVEL_REACHED step the body has recorded, and whether it recorded the resolution. */
  levelRecorded = 0;
  resolutionRecorded = false;

  constructor(
    private readonly state: RgInterventionState,
    private readonly effects: InterventionEffects,
  ) {}

  register(): void {
    setHandler(harmNoticeSignal, (n) => {
      this.notices.push(n);
      this.state.score = Math.max(this.state.score, n.score);
      for (const m of n.markers) if (!this.state.markers.includes(m)) this.state.markers.push(m);
    });
    setHandler(claimInterventionUpdate, (a) => this.claim(a), { validator: (a) => this.validateClaim(a) });
    setHandler(logInterventionInteractionUpdate, (a) => this.log(a), { validator: (a) => this.validateLog(a) });
    setHandler(escalateInterventionUpdate, (a) => this.escalate(a), { validator: (a) => this.validateEscalate(a) });
    setHandler(resolveInterventionUpdate, (a) => this.resolve(a), { validator: (a) => this.validateResolve(a) });
  }

  private validateOfficer(a: RgInterventionActor): void {
    if (!a.roles.includes(StaffRole.RG_OFFICER)) {
      throw refusal(RgInterventionErrorType.NotAnOfficer, 'only an RG officer works interventions');
    }
    if (this.state.status !== InterventionStatus.OPEN || this.resolution) {
      throw refusal(RgInterventionErrorType.NotOpen, 'the intervention is resolved');
    }
  }

  private validateHolder(a: RgInterventionActor): void {
    this.validateOfficer(a);
    if (this.state.assignee !== a.staffId) {
      throw refusal(RgInterventionErrorType.NotYours, 'claim the intervention first');
    }
  }

  validateClaim(a: RgInterventionActor): void {
    this.validateOfficer(a);
    if (this.state.assignee === a.staffId) throw refusal(RgInterventionErrorType.NotYours, 'it is already yours');
    // An intervention that went past its review SLA may be taken over by anyone (it waits for a senior's eyes).
    if (this.state.assignee && !this.state.escalatedToSenior) {
      throw refusal(RgInterventionErrorType.NotYours, `it is with ${this.state.assignee}: ask them`);
    }
  }

  async claim(a: RgInterventionActor): Promise<RgInterventionState> {
    this.state.assignee = a.staffId;
    await this.effects.record('CLAIMED', a.staffId, 'claimed by the officer');
    return this.state;
  }

  validateLog(a: RgInterventionActor & { note: string }): void {
    this.validateHolder(a);
    if (!a.note.trim()) throw refusal(RgInterventionErrorType.NoInteraction, 'an interaction needs a note');
  }

  async log(a: RgInterventionActor & { kind: RgInteractionKind; note: string }): Promise<RgInterventionState> {
    await this.effects.logInteraction(a.staffId, a.kind, a.note.trim());
    this.state.interactionsLogged += 1;
    await this.effects.record('INTERACTION_LOGGED', a.staffId, `${a.kind} logged`, { kind: a.kind });
    return this.state;
  }

  validateEscalate(a: RgInterventionActor & { reason: string }): void {
    this.validateHolder(a);
    if (!a.reason.trim()) throw refusal(RgInterventionErrorType.NoInteraction, 'an escalation needs a reason');
    if (this.state.level >= 3 || this.escalation) {
      throw refusal(RgInterventionErrorType.AlreadyAtTop, 'the intervention is at its top level');
    }
  }

  async escalate(a: RgInterventionActor & { reason: string }): Promise<RgInterventionState> {
    const level = this.state.level + 1;
    this.escalation = { staffId: a.staffId, reason: a.reason.trim() };
    // Answered once the body has reached the level (and recorded it): the officer sees the intervention after it.
    await condition(() => this.levelRecorded >= level);
    return this.state;
  }

  validateResolve(a: RgInterventionActor & { outcome: string; reason: string }): void {
    this.validateHolder(a);
    if (!a.reason.trim() || !a.outcome.trim()) {
      throw refusal(RgInterventionErrorType.NoInteraction, 'a resolution needs an outcome and a reason');
    }
    // An officer's task is resolved on what the player said, not on the file alone.
    if (this.state.level >= 2 && this.state.interactionsLogged === 0) {
      throw refusal(RgInterventionErrorType.NoInteraction, 'log an interaction with the player before resolving');
    }
  }

  async resolve(a: RgInterventionActor & { outcome: string; reason: string }): Promise<RgInterventionState> {
    this.resolution = { staffId: a.staffId, outcome: a.outcome.trim(), reason: a.reason.trim() };
    // Answered once the body has recorded the resolution, never in the task that cancels the body's SLA timer.
    await condition(() => this.resolutionRecorded);
    return this.state;
  }
}
