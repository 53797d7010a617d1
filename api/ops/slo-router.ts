import { Router } from 'express';
import type { Admin } from 'kafkajs';
import { z } from 'zod';
import { buildSloReport } from '../../domain/ops/service-level-report';
import { createServiceLevelSamplers, type ServiceLevelSamplers } from '../../domain/ops/service-level-samplers';
import type { SloReport, SloWindow } from '../../contracts/ops';
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

/** How long a report is answered again: every open Operations page asks for one every 10 s. */
export const SLO_REPORT_LIFETIME_MS = 5_000;

/** What the SLO report reads from; `samplers` are the API process's own, started with it. */
export interface SloRouterDeps {
  /**
   * The pool the report's Postgres reads use: in the API process a small one of its own, so open Operations pages
   * never take connections from the seamless wallet's pool.
   */
  db: Db;
  kafkaAdmin: Admin;
  logger: Logger;
  /** Its approval SLA (WITHDRAWAL_APPROVAL_SLA_SECONDS) is the approval-wait target; read per report built. */
  paymentSettings: { policy: { approvalSlaMs: number } };
  /**
   * Without them (an app built by a test), the report samples on demand: the bet and consumer-lag charts then hold
   * only what was observed up to the request.
   */
  samplers?: ServiceLevelSamplers;
}

/**
 * One report per window at a time, answered again for `lifetimeMs` after it was built: callers that arrive while
 * it is being built wait for the same one (single flight). A failed build is not kept.
 */
export function cachedPerWindow(
  build: (window: SloWindow) => Promise<SloReport>,
  lifetimeMs: number,
  now: () => number = Date.now,
): (window: SloWindow) => Promise<SloReport> {
  const entries = new Map<SloWindow, { builtAt: number; report: Promise<SloReport> }>();
  return (window) => {
    const cached = entries.get(window);
    if (cached && now() - cached.builtAt < lifetimeMs) return cached.report;
    // Until it is built, a report is as fresh as can be: everyone asking meanwhile shares it.
    const entry = { builtAt: Infinity, report: build(window) };
    entries.set(window, entry);
    void entry.report.then(
      () => (entry.builtAt = now()),
      () => entries.get(window) === entry && entries.delete(window),
    );
    return entry.report;
  };
}

/** `GET /api/ops/slo`: the service levels the back office promises, live, for the Operations page. */
export function createSloRouter(deps: SloRouterDeps): Router {
  const router = Router();
  let samplers = deps.samplers;
  const reportOf = cachedPerWindow((window) => {
    samplers ??= createServiceLevelSamplers({ kafkaAdmin: deps.kafkaAdmin, logger: deps.logger });
    return buildSloReport(
      {
        db: deps.db,
        betAcceptance: samplers.betAcceptance,
        consumerLag: samplers.consumerLag,
        targets: sloTargetsFor({ approvalSlaSeconds: deps.paymentSettings.policy.approvalSlaMs / 1000 }),
        onError: (indicator, err) => deps.logger.warn({ err, indicator }, 'SLO indicator unavailable'),
      },
      window,
    );
  }, SLO_REPORT_LIFETIME_MS);

  router.get('/', authorize('read', 'ServiceLevels'), async (req, res) => {
    const { window } = parseOrThrow(sloQuery, req.query, 'query');
    res.set('Cache-Control', 'no-store').json(await reportOf(window));
  });

  return router;
}
