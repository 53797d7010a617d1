import { Router } from 'express';
import { z } from 'zod';
import { auditEntriesAsCsv, listAuditEntries } from '../../domain/admin/audit-log';
import type { Db } from '../../platform/db';
import { parseOrThrow } from '../../platform/http-errors';
import { auditOf, authorize } from './access-control';
import type { auditPageSchema } from './response-schemas';

const filters = {
  actor: z.string().trim().min(1).max(100).optional(),
  action: z.string().trim().min(1).max(100).optional(),
  entityType: z.string().trim().min(1).max(100).optional(),
  entityId: z.string().trim().min(1).max(200).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
};
export const listQuery = z
  .object({
    ...filters,
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export const exportQuery = z.object(filters).strict();

/** The most entries one export holds; narrow the filters (a time range) for more. */
const EXPORT_MAX_ENTRIES = 100_000;

/**
 * The audit log, newest first, with filters; and the same as CSV (with the hash chain, so an export can be
 * checked offline). Exports are themselves audited: who took which part of the log out.
 */
export function createAuditRouter(deps: { db: Db }): Router {
  const router = Router();

  router.get('/', authorize('read', 'AuditLog'), async (req, res) => {
    const query = parseOrThrow(listQuery, req.query, 'query');
    const page = await listAuditEntries(deps.db, query);
    res.json({ ...page, limit: query.limit, offset: query.offset } satisfies z.input<typeof auditPageSchema>);
  });

  router.get('/export.csv', authorize('export', 'AuditLog'), async (req, res) => {
    const query = parseOrThrow(exportQuery, req.query, 'query');
    const { items, total } = await listAuditEntries(deps.db, { ...query, limit: EXPORT_MAX_ENTRIES, offset: 0 });
    await auditOf(res)({
      action: 'audit.export',
      entityType: 'AuditLog',
      after: { filters: query, entries: items.length, total },
    });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    res
      .type('text/csv; charset=utf-8')
      .attachment(`audit-log-${stamp}.csv`)
      .set('X-Total-Count', String(total))
      .send(auditEntriesAsCsv(items));
  });

  return router;
}
