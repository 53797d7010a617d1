import { proxyActivities } from '@temporalio/workflow';
import type { createOpsActivities } from '../../activities/ops';
import { internalDbWrite } from '../activity-presets';

const { noop } = proxyActivities<ReturnType<typeof createOpsActivities>>(internalDbWrite);

/**
 * The baseline of `npm run bench:payments`: the least a workflow with one activity costs on this Temporal server,
 * so deposit throughput reads as a share of what the engine itself allows.
 */
export async function benchBaselineWorkflow(): Promise<void> {
  await noop();
}
