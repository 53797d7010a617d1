import { Router } from 'express';
import { listJurisdictionPolicies } from '../../domain/jurisdictions/registry';
import { authorize } from '../admin/access-control';

/** `GET /api/jurisdictions`: every jurisdiction's rules with the regulation each comes from, read only. */
export function createJurisdictionsRouter(): Router {
  const router = Router();

  router.get('/', authorize('read', 'JurisdictionPolicy'), (_req, res) => {
    res.json({ items: listJurisdictionPolicies() });
  });

  return router;
}
