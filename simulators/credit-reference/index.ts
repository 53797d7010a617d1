import express from 'express';
import { z } from 'zod';
import { CreditMarker } from '../../contracts/rg';

/** The path prefix the credit reference simulator is served under (CREDIT_REFERENCE_URL's default ends with it). */
export const CREDIT_REFERENCE_PREFIX = '/credit-reference';

const markersSchema = z.array(z.enum(Object.values(CreditMarker) as [CreditMarker, ...CreditMarker[]]));
const lookupSchema = z.object({ consumerRef: z.string().min(1).max(200), dateOfBirth: z.string().nullable() });
const settingsSchema = z
  .object({
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    /** While true, every lookup answers 503 (the agency is down). */
    outage: z.boolean().optional(),
  })
  .strict();

/**
 * A credit reference agency, as a financial vulnerability check sees one: a lookup answers the markers of
 * financial difficulty on file for a consumer (bankruptcy, county court judgment, individual voluntary
 * arrangement, debt relief order), after a configurable latency, or 503 during an outage. Tests set a consumer's
 * markers and the agency's behaviour through the control endpoints. State is in memory: the agency's file is not
 * ours to keep, and a restarted simulator answers "nothing on file" like a clean record.
 */
export function createCreditReferenceRouter(): express.Router {
  const files = new Map<string, CreditMarker[]>();
  const settings = { latencyMs: 50, outage: false };
  let lookups = 0;
  const router = express.Router();

  router.post(`${CREDIT_REFERENCE_PREFIX}/v1/lookups`, async (req, res) => {
    const parsed = lookupSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'INVALID_REQUEST', detail: parsed.error.message });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, settings.latencyMs));
    if (settings.outage) {
      res.status(503).json({ error: 'SERVICE_UNAVAILABLE' });
      return;
    }
    lookups++;
    res.json({ consumerRef: parsed.data.consumerRef, markers: files.get(parsed.data.consumerRef) ?? [] });
  });

  router.put(`${CREDIT_REFERENCE_PREFIX}/control/consumers/:consumerRef`, (req, res) => {
    const parsed = z.object({ markers: markersSchema }).strict().safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'INVALID_REQUEST', detail: parsed.error.message });
      return;
    }
    files.set(req.params.consumerRef, parsed.data.markers);
    res.json({ consumerRef: req.params.consumerRef, markers: parsed.data.markers });
  });

  router.put(`${CREDIT_REFERENCE_PREFIX}/control/settings`, (req, res) => {
    const parsed = settingsSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'INVALID_REQUEST', detail: parsed.error.message });
      return;
    }
    Object.assign(settings, parsed.data);
    res.json({ ...settings, lookups });
  });

  router.get(`${CREDIT_REFERENCE_PREFIX}/control/settings`, (_req, res) => res.json({ ...settings, lookups }));
  return router;
}
