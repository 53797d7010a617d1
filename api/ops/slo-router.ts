import { Router } from 'express';
import type { Admin } from 'kafkajs';
import { z } from 'zod';
import { buildSloReport } from '../../domain/ops/service-level-report';
import { createServiceLevelSamplers, type ServiceLevelSamplers } from '../../domain/ops/service-level-samplers';
import { SLO_WINDOWS } from '../../domain/ops/slo-series';
import { sloTargetsFor } from '../../domain/ops/slo-targets';
import type { Db } from '../../platform/db';
import { parseOrThrow } from '../../platform/http-errors';
import type { Logger } from '../../platform/logger';
import { authorize } from '../admin/access-control';

export const sloQuery = z
  .object({
    /** How far back the series reach; one point a minute for an hour, coarser for longer windows. */
    window: z.enum(SLO_WINDOWS).default('1h'),
  })
  .strict();

/** What the SLO report reads from; `samplers` are the API process's own, started with it. */
export interface SloRouterDeps {
  db: Db;
  kafkaAdmin: Admin;
  logger: Logger;
  /** Its approval SLA (WITHDRAWAL_APPROVAL_SLA_SECONDS) is the approval-wait target; read per request. */
  paymentSettings: { policy: { approvalSlaMs: number } };
  /**
   * Without them (an app built by a test), the report samples on demand: the bet and consumer-lag charts then hold
   * only what was observed up to the request.
   */
  samplers?: ServiceLevelSamplers;
}

/** `GET /api/ops/slo`: the service levels the back office promises, live, for the Operations page. */
export function createSloRouter(deps: SloRouterDeps): Router {
  const router = Router();
  let samplers = deps.samplers;

  router.get('/', authorize('read', 'ServiceLevels'), async (req, res) => {
    const { window } = parseOrThrow(sloQuery, req.query, 'query');
    samplers ??= createServiceLevelSamplers({ kafkaAdmin: deps.kafkaAdmin, logger: deps.logger });
    const report = await buildSloReport(
      {
        db: deps.db,
        betAcceptance: samplers.betAcceptance,
        consumerLag: samplers.consumerLag,
        targets: sloTargetsFor({ approvalSlaSeconds: deps.paymentSettings.policy.approvalSlaMs / 1000 }),
        onError: (indicator, err) => deps.logger.warn({ err, indicator }, 'SLO indicator unavailable'),
      },
      window,
    );
    res.set('Cache-Control', 'no-store').json(report);
  });

  return router;
}
