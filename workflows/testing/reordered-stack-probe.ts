import { condition, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import type { createOpsActivities } from '../../activities/ops';
import { internalDbWrite } from '../activity-presets';
import { BusinessStatusSearchAttribute } from '../search-attributes';
import { ProbeStatus, type StackProbeInput } from '../../contracts/ops';
import { probeEventDeliveredSignal } from '../ops/messages';

const { recordProbe, completeProbe } = proxyActivities<ReturnType<typeof createOpsActivities>>(internalDbWrite);

/**
 * A plausible refactor of `stackProbeWorkflow` that breaks running probes: it announces AWAITING_EVENT before
 * recording the probe, so its first command is an upsert where the recorded history scheduled an activity. Only
 * the replay-gate test bundles it, to prove the gate catches a changed command order.
 */
export async function stackProbeWorkflow(input: StackProbeInput): Promise<void> {
  let eventSeenAt: string | undefined;
  setHandler(probeEventDeliveredSignal, ({ seenAt }) => {
    eventSeenAt ??= seenAt;
  });
  upsertSearchAttributes([{ key: BusinessStatusSearchAttribute, value: ProbeStatus.AWAITING_EVENT }]);
  await recordProbe({ probeId: input.probeId, requestedBy: input.requestedBy });
  await condition(() => eventSeenAt !== undefined, input.eventTimeoutMs);
  await completeProbe({ probeId: input.probeId, eventSeenAt: eventSeenAt! });
}
