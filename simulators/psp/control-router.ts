import { Router, type Request, type RequestHandler } from 'express';
import { z } from 'zod';
import type { Db } from '../../platform/db';
import { SimulatorApiError, parseOr400 } from '../shared/json-errors';
import { forcePaymentStatus } from './payment-store';
import { pspProfiles, type PspProfile } from './psp-profiles';
import { pspSettingsPatchSchema, type PspSettingsPatch } from './psp-settings';
import { recordSettlementItem } from './settlement-report';
import { loadPspSettings, resetAllPspSettings, updatePlayerPspSettings, updatePspSettings } from './settings-store';

const phantomItemSchema = z.strictObject({
  pspReference: z.string().min(1),
  reference: z.string().min(1),
  kind: z.enum(['DEPOSIT', 'PAYOUT']),
  amountMinor: z
    .number()
    .refine(Number.isSafeInteger, { error: 'must be a safe integer number of minor units' })
    .refine((n) => n > 0, { error: 'must be positive' }),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
  status: z.enum(['CAPTURED', 'PAID']),
  settledAt: z.iso.datetime({ offset: true }).optional(),
});

const forcedStatusSchema = z
  .strictObject({ status: z.enum(['CAPTURED', 'PAID', 'DECLINED']), code: z.string().min(1).max(40).optional() })
  .refine((s) => (s.status === 'DECLINED') === (s.code !== undefined), {
    error: 'code is required with DECLINED and not allowed otherwise',
  });

// The control API changes how the outside world behaves, so only this machine may call it.
const loopbackOnly: RequestHandler = (req, _res, next) => {
  const address = req.socket.remoteAddress ?? '';
  if (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.')) next();
  else next(new SimulatorApiError(403, 'forbidden', 'The control API answers loopback callers only'));
};

function profileOf(req: Request) {
  const profile = pspProfiles.get(String(req.params.psp));
  if (!profile) throw new SimulatorApiError(404, 'unknown_psp', `No PSP named ${String(req.params.psp)}`);
  return profile;
}

/** A settings patch for `profile`'s PSP, or a 400 naming what is wrong with it. */
function settingsPatchFor(profile: PspProfile, body: unknown): PspSettingsPatch {
  const patch = parseOr400(pspSettingsPatchSchema, body);
  if (profile.confirmation === 'WEBHOOK' && patch.pendingRate !== undefined && patch.pendingRate !== 1) {
    throw new SimulatorApiError(400, 'invalid_request', `body.pendingRate: ${profile.id} always answers PENDING`);
  }
  return patch;
}

/**
 * The simulator's control API under `/control`, for tests and chaos drills: read and change a PSP's faults, for
 * everyone or for one player, reset them all, plant a phantom settlement item, and force a pending payment's final status.
 */
export function createControlRouter(deps: { db: Db }): Router {
  const router = Router();
  router.use('/control', loopbackOnly);

  router.post('/control/reset', async (_req, res) => {
    await resetAllPspSettings(deps.db);
    const settings = await Promise.all([...pspProfiles.values()].map((p) => loadPspSettings(deps.db, p)));
    res.json(Object.fromEntries([...pspProfiles.keys()].map((id, i) => [id, settings[i]])));
  });

  router.get('/control/:psp', async (req, res) => {
    res.json(await loadPspSettings(deps.db, profileOf(req)));
  });

  router.put('/control/:psp', async (req, res) => {
    const profile = profileOf(req);
    const patch = settingsPatchFor(profile, req.body);
    res.json(await updatePspSettings(deps.db, profile, patch));
  });

  // A scenario for one player only: tests set the world their own players meet, whatever else runs meanwhile.
  router.get('/control/:psp/players/:playerId', async (req, res) => {
    res.json(await loadPspSettings(deps.db, profileOf(req), { playerId: req.params.playerId }));
  });

  router.put('/control/:psp/players/:playerId', async (req, res) => {
    const profile = profileOf(req);
    const patch = settingsPatchFor(profile, req.body);
    res.json(await updatePlayerPspSettings(deps.db, profile, req.params.playerId, patch));
  });

  router.post('/control/:psp/settlement-items', async (req, res) => {
    const profile = profileOf(req);
    const item = parseOr400(phantomItemSchema, req.body);
    res.status(201).json(await recordSettlementItem(deps.db, profile.id, item, true));
  });

  router.post('/control/:psp/payments/:pspReference/status', async (req, res) => {
    const profile = profileOf(req);
    const final = parseOr400(forcedStatusSchema, req.body);
    const result = await forcePaymentStatus(deps.db, profile.id, req.params.pspReference, final);
    if (!('refusal' in result)) {
      res.json(result);
      return;
    }
    const { refusal, payment } = result;
    if (refusal === 'NOT_FOUND')
      throw new SimulatorApiError(404, 'payment_not_found', `No payment ${req.params.pspReference}`);
    if (refusal === 'NOT_PENDING') {
      throw new SimulatorApiError(409, 'payment_not_pending', `The payment is already ${payment?.status ?? 'final'}`);
    }
    throw new SimulatorApiError(
      400,
      'invalid_request',
      `body.status: a ${payment?.kind ?? ''} cannot become ${final.status}`,
    );
  });

  return router;
}
