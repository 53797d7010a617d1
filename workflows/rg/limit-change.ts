import { condition, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import type { RgLimitActivities } from '../../activities/rg/limit-activities';
import {
  RgLimitChangeStatus,
  RgLimitErrorType,
  type RgLimitChangeInput,
  type RgLimitChangeState,
} from '../../contracts/rg';
import { internalDbWrite } from '../activity-presets';
import { refusal } from '../refusal';
import {
  BusinessIdSearchAttribute,
  BusinessStatusSearchAttribute,
  PlayerIdSearchAttribute,
} from '../search-attributes';
import { cancelLimitChangeSignal, confirmLimitChangeUpdate, getLimitChangeStatusQuery } from './messages';

const { awaitRgLimitConfirmation, applyRgLimitChange, expireRgLimitChange } =
  proxyActivities<RgLimitActivities>(internalDbWrite);

const HOUR_MS = 60 * 60 * 1000;

/**
 * The state of one limit change and the rules of its messages, apart from Temporal so that they can be tested on
 * their own: a confirmation is accepted only while the change awaits it (after the cooling-off), a cancellation
 * at any time before the change has settled.
 */
export class LimitChange {
  readonly state: RgLimitChangeState;
  private cancelled = false;
  private confirmed = false;

  constructor(input: RgLimitChangeInput, startedAtMs: number) {
    this.state = {
      changeId: input.changeId,
      playerId: input.playerId,
      kind: input.kind,
      period: input.period,
      toAmount: input.toAmount,
      status: RgLimitChangeStatus.COOLING_OFF,
      effectiveAt: new Date(startedAtMs + input.coolingOffHours * HOUR_MS).toISOString(),
      needsConfirmation: input.needsConfirmation,
      confirmBy: null,
      confirmedAt: null,
    };
  }

  get isCancelled(): boolean {
    return this.cancelled;
  }
  get isConfirmed(): boolean {
    return this.confirmed;
  }
  /** Final: applied, cancelled or expired. */
  get settled(): boolean {
    return ![RgLimitChangeStatus.COOLING_OFF, RgLimitChangeStatus.AWAITING_CONFIRMATION].includes(
      this.state.status as 'COOLING_OFF',
    );
  }

  /** The confirmation Update's validator: only while the change awaits it. */
  validateConfirm(): void {
    if (this.state.status === RgLimitChangeStatus.COOLING_OFF && !this.cancelled) {
      throw refusal(
        RgLimitErrorType.NOT_CONFIRMABLE_YET,
        `the cooling-off runs until ${this.state.effectiveAt}: confirm after it`,
      );
    }
    if (this.state.status !== RgLimitChangeStatus.AWAITING_CONFIRMATION || this.cancelled || this.confirmed) {
      throw refusal(RgLimitErrorType.NOT_PENDING, `this limit change is ${this.state.status}: nothing to confirm`);
    }
  }

  confirm(at: Date): void {
    this.confirmed = true;
    this.state.confirmedAt = at.toISOString();
  }

  cancel(): void {
    if (!this.settled) this.cancelled = true;
  }

  awaitConfirmation(confirmBy: string): void {
    this.state.status = RgLimitChangeStatus.AWAITING_CONFIRMATION;
    this.state.confirmBy = confirmBy;
  }

  settle(status: RgLimitChangeStatus): void {
    this.state.status = status;
  }
}

/**
 * An increase (or removal) of a player's limit: it waits the jurisdiction's cooling-off on a durable timer, then,
 * where the jurisdiction asks, the player's confirmation (an Update, accepted only after the cooling-off, for
 * `confirmWithinHours`), then applies. A decrease of the same limit cancels it (in Postgres, then a Signal), at any
 * point before it applies; the apply step itself refuses a change no longer pending, so a lost Signal never lets a
 * cancelled increase through.
 */
export async function rgLimitChangeWorkflow(input: RgLimitChangeInput): Promise<RgLimitChangeState> {
  const change = new LimitChange(input, Date.now());
  const tell = () => upsertSearchAttributes([{ key: BusinessStatusSearchAttribute, value: change.state.status }]);
  upsertSearchAttributes([
    { key: PlayerIdSearchAttribute, value: input.playerId },
    { key: BusinessIdSearchAttribute, value: input.changeId },
    { key: BusinessStatusSearchAttribute, value: change.state.status },
  ]);
  setHandler(getLimitChangeStatusQuery, () => change.state);
  setHandler(cancelLimitChangeSignal, () => change.cancel());
  setHandler(
    confirmLimitChangeUpdate,
    async () => {
      change.confirm(new Date());
      await condition(() => change.settled);
      return change.state;
    },
    { validator: () => change.validateConfirm() },
  );
  const end = (status: RgLimitChangeStatus) => {
    change.settle(status);
    tell();
    return change.state;
  };

  const coolingOffMs = Math.max(0, Date.parse(change.state.effectiveAt) - Date.now());
  if (await condition(() => change.isCancelled, coolingOffMs)) return end(RgLimitChangeStatus.CANCELLED);

  if (input.needsConfirmation) {
    const awaiting = await awaitRgLimitConfirmation({
      changeId: input.changeId,
      confirmWithinHours: input.confirmWithinHours,
    });
    if (awaiting.status !== RgLimitChangeStatus.AWAITING_CONFIRMATION) return end(awaiting.status);
    change.awaitConfirmation(
      awaiting.confirmBy ?? new Date(Date.now() + input.confirmWithinHours * HOUR_MS).toISOString(),
    );
    tell();
    await condition(() => change.isConfirmed || change.isCancelled, input.confirmWithinHours * HOUR_MS);
    if (change.isCancelled) return end(RgLimitChangeStatus.CANCELLED);
    if (!change.isConfirmed) return end(await expireRgLimitChange({ changeId: input.changeId }));
  }
  return end(await applyRgLimitChange({ changeId: input.changeId, confirmed: change.isConfirmed }));
}
