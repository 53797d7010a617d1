import { Router, type Request } from 'express';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { Random } from '../shared/random';
import { decideRequestFault } from './fault-injection';
import { SimulatorApiError, parseOr400 } from '../shared/json-errors';
import { tokeniseInstrument } from './instrument-vault';
import { idempotencyKeySchema, paymentRequestSchema } from './payment-request';
import { createPayment, findPayment, findPaymentByReference, findPaymentPlayer } from './payment-store';
import { pspProfiles } from './psp-profiles';
import { listSettlementItems } from './settlement-report';
import { loadPspSettings } from './settings-store';

const isoInstant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with a zone' });
const settlementQuerySchema = z.object({ from: isoInstant, to: isoInstant });
const lookupQuerySchema = z.object({ reference: z.string({ error: 'is required' }).min(1) });
const tokeniseSchema = z.strictObject({
  playerId: z.string().min(1).max(200),
  kind: z.enum(['CARD', 'BANK_ACCOUNT', 'EWALLET']),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});

/** What the PSP API needs: the simulator's database, its dice, and a signal that cuts held requests short. */
export interface PspApiDeps {
  db: Db;
  random: Random;
  /** Aborts on shutdown, so requests held for a simulated timeout do not keep the process alive. */
  closing: AbortSignal;
}

/**
 * The API every simulated PSP offers under `/<psp>/v1`: create a payment (a deposit tokenises the player's
 * instrument; a payment may name one by token), look it up by our reference or its own, tokenise an instrument, and
 * its settlement report. Every answer waits the PSP's latency first; an outage (window or roll) answers
 * 503 to any of them; only payment creation also meets timeouts and declines.
 */
export function createPspApiRouter(deps: PspApiDeps): Router {
  const router = Router();

  const pause = (ms: number) => sleep(ms, undefined, { signal: deps.closing }).catch(() => undefined);

  function profileOf(req: Request) {
    const profile = pspProfiles.get(String(req.params.psp));
    if (!profile) throw new SimulatorApiError(404, 'unknown_psp', `No PSP named ${String(req.params.psp)}`);
    return profile;
  }

  /**
   * Waits the PSP's latency and applies its faults, as they are for `playerId` when the request concerns one
   * player (see the control API's per-player overrides); throws the fault's answer.
   */
  async function enter(req: Request, mayTimeOut: boolean, playerId?: string) {
    const profile = profileOf(req);
    const settings = await loadPspSettings(deps.db, profile, { playerId });
    await pause(settings.latencyMs);
    const fault = decideRequestFault(settings, deps.random, { nowMs: Date.now(), mayTimeOut });
    if (fault === 'OUTAGE') throw new SimulatorApiError(503, 'service_unavailable', `${profile.id} is unavailable`);
    if (fault === 'TIMEOUT') {
      await pause(settings.timeoutHoldMs);
      throw new SimulatorApiError(504, 'gateway_timeout', `${profile.id} did not answer in time`);
    }
    return { profile, settings };
  }

  router.post('/:psp/v1/payments', async (req, res) => {
    // Faults come before validation (a PSP that is down does not read the body), but they are the player's.
    const { profile, settings } = await enter(req, true, paymentRequestSchema.safeParse(req.body).data?.playerId);
    const idempotencyKey = parseOr400(idempotencyKeySchema, req.header('idempotency-key'), 'header.Idempotency-Key');
    const request = parseOr400(paymentRequestSchema, req.body);
    if (!profile.kinds.includes(request.kind)) {
      throw new SimulatorApiError(400, 'unsupported_kind', `${profile.id} does not support ${request.kind}`);
    }
    const result = await createPayment(deps.db, { profile, settings, idempotencyKey, request, random: deps.random });
    if (result.outcome === 'KEY_REUSED') {
      throw new SimulatorApiError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was used with a different request',
      );
    }
    if (result.outcome === 'REPLAYED') res.setHeader('Idempotent-Replayed', 'true');
    res.status(result.httpStatus).json(result.payment);
  });

  router.get('/:psp/v1/payments', async (req, res) => {
    const asked = lookupQuerySchema.safeParse(req.query).data?.reference;
    const player =
      asked === undefined ? undefined : await findPaymentPlayer(deps.db, profileOf(req).id, { reference: asked });
    const { profile } = await enter(req, false, player);
    const { reference } = parseOr400(lookupQuerySchema, req.query, 'query');
    const payment = await findPaymentByReference(deps.db, profile.id, reference);
    if (!payment)
      throw new SimulatorApiError(404, 'payment_not_found', `No ${profile.id} payment with reference ${reference}`);
    res.json(payment);
  });

  router.get('/:psp/v1/payments/:pspReference', async (req, res) => {
    const { pspReference } = req.params;
    const { profile } = await enter(req, false, await findPaymentPlayer(deps.db, profileOf(req).id, { pspReference }));
    const payment = await findPayment(deps.db, profile.id, pspReference);
    if (!payment)
      throw new SimulatorApiError(404, 'payment_not_found', `No ${profile.id} payment ${req.params.pspReference}`);
    res.json(payment);
  });

  // What the PSP's hosted page does when the player enters an instrument there: it answers the merchant with a token
  // and display data only. Tests use it for an instrument of a deposit made elsewhere (test/support).
  router.post('/:psp/v1/instruments', async (req, res) => {
    const profile = profileOf(req);
    const { playerId, kind, country } = parseOr400(tokeniseSchema, req.body);
    res.status(201).json(await tokeniseInstrument(deps.db, { psp: profile.id, playerId, kind, country }));
  });

  router.get('/:psp/v1/settlements', async (req, res) => {
    const { profile } = await enter(req, false);
    const { from, to } = parseOr400(settlementQuerySchema, req.query, 'query');
    const items = await listSettlementItems(deps.db, profile.id, new Date(from), new Date(to));
    res.json({ psp: profile.id, items });
  });

  return router;
}
