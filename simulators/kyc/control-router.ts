import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { Db } from '../../platform/db';
import { SimulatorApiError, parseOr400 } from '../shared/json-errors';
import { forceCheckResult } from './check-store';
import { CheckReason, kycSimulatorSettingsPatchSchema } from './kyc-settings';
import { loadKycSettings, resetKycSettings, updateKycSettings, updatePlayerKycSettings } from './settings-store';
import { deliveriesOfCheck } from './webhook-outbox';

const forcedResultSchema = z
  .strictObject({
    outcome: z.enum(['CLEAR', 'REJECTED', 'NEEDS_REVIEW']),
    reasons: z.array(z.enum(CheckReason)).max(5).default([]),
  })
  .refine((r) => r.outcome !== 'CLEAR' || r.reasons.length === 0, { error: 'a CLEAR result has no reasons' })
  .refine((r) => r.outcome !== 'REJECTED' || r.reasons.length > 0, { error: 'REJECTED needs at least one reason' });

// The control API changes how the outside world behaves, so only this machine may call it.
const loopbackOnly: RequestHandler = (req, _res, next) => {
  const address = req.socket.remoteAddress ?? '';
  if (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.')) next();
  else next(new SimulatorApiError(403, 'forbidden', 'The control API answers loopback callers only'));
};

/**
 * The simulator's control API under `/control`, for tests and chaos drills: read and change the provider's
 * outcome, latency and faults, for everyone or for one player; reset them; answer a pending check now; and see a
 * check's webhook deliveries.
 */
export function createKycControlRouter(deps: { db: Db }): Router {
  const router = Router();
  router.use('/control', loopbackOnly);

  router.post('/control/reset', async (_req, res) => {
    await resetKycSettings(deps.db);
    res.json(await loadKycSettings(deps.db));
  });

  router.get('/control', async (_req, res) => {
    res.json(await loadKycSettings(deps.db));
  });

  router.put('/control', async (req, res) => {
    res.json(await updateKycSettings(deps.db, parseOr400(kycSimulatorSettingsPatchSchema, req.body)));
  });

  // A scenario for one player only: tests set the world their own players meet, whatever else runs meanwhile.
  router.get('/control/players/:playerId', async (req, res) => {
    res.json(await loadKycSettings(deps.db, { playerId: req.params.playerId }));
  });

  router.put('/control/players/:playerId', async (req, res) => {
    const patch = parseOr400(kycSimulatorSettingsPatchSchema, req.body);
    res.json(await updatePlayerKycSettings(deps.db, req.params.playerId, patch));
  });

  router.post('/control/checks/:checkId/result', async (req, res) => {
    const result = await forceCheckResult(deps.db, req.params.checkId, parseOr400(forcedResultSchema, req.body));
    if (!('refusal' in result)) {
      res.json(result);
      return;
    }
    if (result.refusal === 'NOT_FOUND')
      throw new SimulatorApiError(404, 'check_not_found', `No check ${req.params.checkId}`);
    throw new SimulatorApiError(409, 'check_not_pending', 'The check is already completed');
  });

  router.get('/control/checks/:checkId/deliveries', async (req, res) => {
    res.json(await deliveriesOfCheck(deps.db, req.params.checkId));
  });

  return router;
}
