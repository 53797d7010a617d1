import {
  ApplicationFailure,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { createOpsActivities } from '../../activities/ops';
import { internalDbWrite } from '../activity-presets';
import { BusinessStatusSearchAttribute } from '../search-attributes';
import {
  OpsErrorType,
  ProbeStatus,
  type StackProbeInput,
  type StackProbeResult,
  type StackProbeState,
} from '../../contracts/ops';
import { getStatusQuery, probeEventDeliveredSignal } from './messages';

const { recordProbe, completeProbe } = proxyActivities<ReturnType<typeof createOpsActivities>>(internalDbWrite);

/**
 * A stack probe: records a row and its outbox event in one transaction, waits for the event to travel through
 * the outbox relay and Kafka and come back as a signal from a consumer, then marks the probe complete.
 */
export async function stackProbeWorkflow(input: StackProbeInput): Promise<StackProbeResult> {
  const state: StackProbeState = { probeId: input.probeId, status: ProbeStatus.RECORDING };
  const moveTo = (status: ProbeStatus) => {
    state.status = status;
    upsertSearchAttributes([{ key: BusinessStatusSearchAttribute, value: status }]);
  };
  setHandler(getStatusQuery, () => state);
  setHandler(probeEventDeliveredSignal, ({ seenAt }) => {
    state.eventSeenAt ??= seenAt; // Kafka delivers at least once: the first delivery counts
  });

  const { recordedAt } = await recordProbe({ probeId: input.probeId, requestedBy: input.requestedBy });
  state.recordedAt = recordedAt;
  moveTo(ProbeStatus.AWAITING_EVENT);

  const delivered = await condition(() => state.eventSeenAt !== undefined, input.eventTimeoutMs);
  if (!delivered) {
    moveTo(ProbeStatus.EVENT_NOT_DELIVERED);
    throw ApplicationFailure.create({
      type: OpsErrorType.ProbeEventNotDelivered,
      message: `The probe's event did not come back from Kafka within ${input.eventTimeoutMs} ms`,
      nonRetryable: true,
    });
  }

  const eventSeenAt = state.eventSeenAt!;
  const { completedAt } = await completeProbe({ probeId: input.probeId, eventSeenAt });
  state.completedAt = completedAt;
  moveTo(ProbeStatus.COMPLETED);
  return {
    probeId: input.probeId,
    recordedAt,
    eventSeenAt,
    completedAt,
    eventRoundTripMs: Date.parse(eventSeenAt) - Date.parse(recordedAt),
  };
}
