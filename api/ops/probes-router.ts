import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { Router } from 'express';
import { z } from 'zod';
import { notFound, parseOrThrow } from '../../platform/http-errors';
import { newBusinessId } from '../../platform/ids';
import {
  getStatusQuery,
  OPS_TASK_QUEUE,
  ProbeStatus,
  stackProbeWorkflowId,
  type StackProbeResult,
} from '../../workflows/ops/definitions';
import { BusinessStatusSearchAttribute } from '../../workflows/search-attributes';

const startProbeBody = z
  .object({
    requestedBy: z.string().trim().min(1).max(100).default('api'),
    eventTimeoutMs: z.number().int().min(1_000).max(600_000).default(120_000),
  })
  .strict();

const probeIdParam = z.object({
  probeId: z.string().regex(/^pr_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a probe id (pr_…)'),
});

/** Back-office routes to run a stack probe and follow it. */
export function createProbesRouter(deps: { temporal: Client; webLink: (workflowId: string) => string }): Router {
  const router = Router();

  router.post('/', async (req, res) => {
    const body = parseOrThrow(startProbeBody, req.body ?? {});
    const probeId = newBusinessId('pr');
    const workflowId = stackProbeWorkflowId(probeId);
    await deps.temporal.workflow.start('stackProbeWorkflow', {
      taskQueue: OPS_TASK_QUEUE,
      workflowId,
      args: [{ probeId, ...body }],
      staticSummary: `Stack probe ${probeId} requested by ${body.requestedBy}`,
      typedSearchAttributes: [{ key: BusinessStatusSearchAttribute, value: ProbeStatus.RECORDING }],
    });
    res
      .status(202)
      .location(`${req.baseUrl}/${probeId}`)
      .json({ probeId, workflowId, temporalWebUrl: deps.webLink(workflowId) });
  });

  router.get('/:probeId', async (req, res) => {
    const { probeId } = parseOrThrow(probeIdParam, req.params, 'path');
    const workflowId = stackProbeWorkflowId(probeId);
    const handle = deps.temporal.workflow.getHandle(workflowId);
    try {
      const [description, state] = await Promise.all([handle.describe(), handle.query(getStatusQuery)]);
      const finished = description.status.name === 'COMPLETED';
      const result: StackProbeResult | undefined = finished ? await handle.result() : undefined;
      res.json({
        ...state,
        workflowId,
        workflowStatus: description.status.name,
        result,
        temporalWebUrl: deps.webLink(workflowId),
      });
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) throw notFound(`No stack probe ${probeId}`);
      throw err;
    }
  });

  return router;
}
