import { Router } from 'express';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../../platform/db';
import { rolls, type Random } from '../shared/random';
import { SimulatorApiError, parseOr400 } from '../shared/json-errors';
import { checkRequestSchema, idempotencyKeySchema } from './check-request';
import { createCheck, findCheck } from './check-store';
import type { KycSimulatorSettings } from './kyc-settings';
import { loadKycSettings } from './settings-store';

/** What the provider API needs: the simulator's database, its dice, and a signal that cuts held requests short. */
export interface KycApiDeps {
  db: Db;
  random: Random;
  /** Aborts on shutdown, so requests held for a simulated timeout do not keep the process alive. */
  closing: AbortSignal;
}

/** The fault a request meets, in the PSP simulator's order: an outage (window or roll), then a timeout roll. */
function requestFault(settings: KycSimulatorSettings, random: Random, mayTimeOut: boolean) {
  const now = Date.now();
  const inWindow = settings.outageWindows.some((w) => Date.parse(w.from) <= now && now < Date.parse(w.to));
  if (inWindow || rolls(settings.faultRates.outage, random)) return 'OUTAGE';
  if (mayTimeOut && rolls(settings.faultRates.timeout, random)) return 'TIMEOUT';
  return undefined;
}

/**
 * The simulated identity-verification provider's API under `/v1`: request a check (document, selfie liveness and
 * face match, or proof of address) of an applicant, idempotently, answered 202 PENDING with the result following by
 * signed webhook; and look a check up. Every answer waits the latency first; an outage (window or roll) answers
 * 503 to either; a check request may also roll a timeout (held, then 504, nothing recorded).
 */
export function createKycApiRouter(deps: KycApiDeps): Router {
  const router = Router();
  const pause = (ms: number) => sleep(ms, undefined, { signal: deps.closing }).catch(() => undefined);

  /** Waits the latency and applies the faults a request of `playerId` meets; throws the fault's answer. */
  async function enter(mayTimeOut: boolean, playerId?: string) {
    const settings = await loadKycSettings(deps.db, { playerId });
    await pause(settings.latencyMs);
    const fault = requestFault(settings, deps.random, mayTimeOut);
    if (fault === 'OUTAGE') throw new SimulatorApiError(503, 'service_unavailable', 'The provider is unavailable');
    if (fault === 'TIMEOUT') {
      await pause(settings.timeoutHoldMs);
      throw new SimulatorApiError(504, 'gateway_timeout', 'The provider did not answer in time');
    }
    return settings;
  }

  router.post('/v1/checks', async (req, res) => {
    // Faults come before validation (a provider that is down does not read the body), but they are the player's.
    const settings = await enter(true, checkRequestSchema.safeParse(req.body).data?.playerId);
    const idempotencyKey = parseOr400(idempotencyKeySchema, req.header('idempotency-key'), 'header.Idempotency-Key');
    const request = parseOr400(checkRequestSchema, req.body);
    const result = await createCheck(deps.db, { idempotencyKey, request, settings });
    if (result.outcome === 'KEY_REUSED') {
      throw new SimulatorApiError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was used with a different request',
      );
    }
    if (result.outcome === 'REPLAYED') res.setHeader('Idempotent-Replayed', 'true');
    res.status(202).json(result.check);
  });

  router.get('/v1/checks/:checkId', async (req, res) => {
    const known = await findCheck(deps.db, req.params.checkId);
    await enter(false, known?.playerId);
    // Read again after the latency: the check may have completed meanwhile.
    const check = known && (await findCheck(deps.db, known.checkId));
    if (!check) throw new SimulatorApiError(404, 'check_not_found', `No check ${req.params.checkId}`);
    res.json(check);
  });

  return router;
}
