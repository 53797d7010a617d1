import type { Client } from '@temporalio/client';
import { Router } from 'express';
import { z } from 'zod';
import { AmlRetentionMode } from '../../contracts/aml';
import { listRetentionRuns, purgeableReport } from '../../domain/aml/retention';
import { startAmlRetentionRun } from '../../domain/aml/retention-schedule';
import type { Db } from '../../platform/db';
import { parseOrThrow } from '../../platform/http-errors';
import { auditOf, authorize, staffOf } from '../admin/access-control';
import type { retentionReportSchema, retentionRunListSchema, retentionRunStartedSchema } from './retention-schemas';

export const retentionRunsQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }).strict();

export const startRetentionRunBody = z
  .object({
    mode: z.enum(AmlRetentionMode).meta({
      description: 'PURGE deletes the records whose retention period has ended; REPORT_ONLY only lists them.',
    }),
  })
  .strict();

/**
 * The back office of AML record retention: the last runs with what each found and purged, a dry-run report of what
 * is purgeable now (read only), and a run started now by the MLRO (audited; the run itself audits what it purges).
 */
export function createAmlRetentionRouter(deps: { db: Db; temporal: Client }): Router {
  const router = Router();

  router.get('/retention/runs', authorize('read', 'AmlRetention'), async (req, res) => {
    const { limit } = parseOrThrow(retentionRunsQuery, req.query, 'query');
    const items = await listRetentionRuns(deps.db, limit);
    res.json({ items } satisfies z.input<typeof retentionRunListSchema>);
  });

  router.get('/retention/report', authorize('read', 'AmlRetention'), async (_req, res) => {
    res.json((await purgeableReport(deps.db, new Date())) satisfies z.input<typeof retentionReportSchema>);
  });

  router.post('/retention/runs', authorize('run', 'AmlRetention'), async (req, res) => {
    const { mode } = parseOrThrow(startRetentionRunBody, req.body);
    const started = await startAmlRetentionRun(deps.temporal, { mode, requestedBy: staffOf(res).staffId });
    await auditOf(res)({
      action: 'aml.retention.run.start',
      entityType: 'AmlRetention',
      entityId: started.runId,
      after: { mode, workflowId: started.workflowId },
    });
    res.status(202).json(started satisfies z.input<typeof retentionRunStartedSchema>);
  });

  return router;
}
