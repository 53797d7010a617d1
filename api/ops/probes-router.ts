import {
  WorkflowNotFoundError,
  type Client,
  type WorkflowExecutionDescription,
  type WorkflowHandle,
} from '@temporalio/client';
import { Router } from 'express';
import { z } from 'zod';
import { notFound, parseOrThrow } from '../../platform/http-errors';
import { auditOf, authorize, staffOf } from '../admin/access-control';
import { newBusinessId } from '../../platform/ids';
import {
  OPS_TASK_QUEUE,
  OpsWorkflowType,
  ProbeStatus,
  stackProbeWorkflowId,
  type StackProbeResult,
  type StackProbeState,
} from '../../contracts/ops';
import { getStatusQuery } from '../../workflows/ops/messages';
import type { stackProbeWorkflow } from '../../workflows/ops/stack-probe';
import { BusinessIdSearchAttribute, BusinessStatusSearchAttribute } from '../../workflows/search-attributes';
import type { stackProbeStartedSchema, stackProbeStatusSchema } from './response-schemas';

export const startProbeBody = z
  .object({
    /** Ignored, kept so older clients are not refused: who requested a probe is the session's staff member. */
    requestedBy: z.string().trim().max(100).optional(),
    eventTimeoutMs: z.number().int().min(1_000).max(600_000).default(120_000),
  })
  .strict();

export const probeIdParam = z.object({
  probeId: z.string().regex(/^pr_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a probe id (pr_…)'),
});

/** The probe's state from its `getStatus` query, or from its search attribute when no worker answers the query. */
async function liveState(
  handle: WorkflowHandle,
  description: WorkflowExecutionDescription,
  probeId: string,
): Promise<StackProbeState> {
  try {
    return await handle.query(getStatusQuery);
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) throw notFound(`No stack probe ${probeId}`);
    const status = description.typedSearchAttributes.get(BusinessStatusSearchAttribute);
    if (!isProbeStatus(status)) throw err;
    return { probeId, status };
  }
}

const isProbeStatus = (value: unknown): value is ProbeStatus => Object.values<unknown>(ProbeStatus).includes(value);

/** Back-office routes to run a stack probe and follow it (for whoever may run one: payments ops, administrators). */
export function createProbesRouter(deps: { temporal: Client; webLink: (workflowId: string) => string }): Router {
  const router = Router();

  router.post('/', authorize('run', 'OpsProbe'), async (req, res) => {
    const { eventTimeoutMs } = parseOrThrow(startProbeBody, req.body ?? {});
    const requestedBy = staffOf(res).staffId;
    const probeId = newBusinessId('pr');
    const workflowId = stackProbeWorkflowId(probeId);
    await deps.temporal.workflow.start<typeof stackProbeWorkflow>(OpsWorkflowType.stackProbe, {
      taskQueue: OPS_TASK_QUEUE,
      workflowId,
      args: [{ probeId, requestedBy, eventTimeoutMs }],
      staticSummary: `Stack probe ${probeId} requested by ${requestedBy}`,
      typedSearchAttributes: [
        { key: BusinessIdSearchAttribute, value: probeId },
        { key: BusinessStatusSearchAttribute, value: ProbeStatus.RECORDING },
      ],
    });
    await auditOf(res)({ action: 'ops_probe.run', entityType: 'OpsProbe', entityId: probeId, after: { workflowId } });
    res
      .status(202)
      .location(`${req.baseUrl}/${probeId}`)
      .json({ probeId, workflowId, temporalWebUrl: deps.webLink(workflowId) } satisfies z.input<
        typeof stackProbeStartedSchema
      >);
  });

  router.get('/:probeId', authorize('run', 'OpsProbe'), async (req, res) => {
    const { probeId } = parseOrThrow(probeIdParam, req.params, 'path');
    const workflowId = stackProbeWorkflowId(probeId);
    const handle = deps.temporal.workflow.getHandle(workflowId);
    let description: WorkflowExecutionDescription;
    try {
      description = await handle.describe();
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) throw notFound(`No stack probe ${probeId}`);
      throw err;
    }
    const finished = description.status.name === 'COMPLETED';
    // A finished probe is told by its result alone; a running one by its query, or, while no worker can answer one
    // (its worker restarting), by the status it last wrote to its search attribute.
    const result: StackProbeResult | undefined = finished ? await handle.result() : undefined;
    const state: StackProbeState = result
      ? {
          probeId,
          status: ProbeStatus.COMPLETED,
          recordedAt: result.recordedAt,
          eventSeenAt: result.eventSeenAt,
          completedAt: result.completedAt,
        }
      : await liveState(handle, description, probeId);
    res.json({
      ...state,
      workflowId,
      workflowStatus: description.status.name,
      result,
      temporalWebUrl: deps.webLink(workflowId),
    } satisfies z.input<typeof stackProbeStatusSchema>);
  });

  return router;
}
