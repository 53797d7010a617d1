import type { Client } from '@temporalio/client';
import express, { Router, type Request } from 'express';
import { z } from 'zod';
import { ListFormatError, ListSource } from '../../domain/kyc/screening/list-entry';
import { importAuditedList } from '../../domain/kyc/screening/list-import';
import { FILES_OF_FORMAT, parseListFiles } from '../../domain/kyc/screening/list-formats';
import { currentVersions, listChanges, listVersion, listVersions } from '../../domain/kyc/screening/list-versions';
import { screeningWithHits } from '../../domain/kyc/screening/screening-hits';
import { rescreenAfterImport } from '../../domain/kyc/kyc-workflow-starts';
import type { Db } from '../../platform/db';
import { HttpProblemError, notFound, parseOrThrow, PlatformErrorCode } from '../../platform/http-errors';
import { auditContextOf, authorize } from '../admin/access-control';
import type {
  listImportResultSchema,
  listVersionPageSchema,
  listVersionSchema,
  listChangePageSchema,
  currentListsSchema,
  screeningHitsSchema,
} from './screening-response-schemas';

/** The problem codes of the screening routes, each with its one HTTP status. */
export const ScreeningErrorCode = {
  /** The uploaded files are not in the format they were imported as. */
  LIST_FORMAT_INVALID: 'LIST_FORMAT_INVALID',
} as const;

export const versionIdParam = z.object({ versionId: z.string().regex(/^slv_[0-9A-HJKMNP-TV-Z]{26}$/) });
export const screeningIdParam = z.object({ screeningId: z.string().regex(/^scr_[0-9A-HJKMNP-TV-Z]{26}$/) });
export const versionsQuery = z
  .object({
    source: z.enum(ListSource).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export const changesQuery = z
  .object({
    change: z.enum(['ADDED', 'REMOVED', 'CHANGED']).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  })
  .strict();

const csvFile = z.instanceof(Blob).meta({ type: 'string', format: 'binary' });
/** The import form: the format, and its files (OFAC's three by name, the others one `file`). */
export const listImportForm = z.discriminatedUnion('format', [
  z.object({ format: z.literal('ofac-csv'), sdn: csvFile, alt: csvFile, add: csvFile }).strict(),
  z.object({ format: z.enum(['uk-csv', 'pep-csv']), file: csvFile }).strict(),
]);

/** The largest import accepted: the real OFAC and OFSI files are a few megabytes each. */
const IMPORT_BODY_LIMIT = '64mb';

/** The multipart form of a request, parsed by the runtime's own (undici's) form-data reader. */
async function formOf(req: Request): Promise<Record<string, unknown>> {
  const contentType = req.headers['content-type'] ?? '';
  if (!Buffer.isBuffer(req.body) || !contentType.startsWith('multipart/form-data')) {
    throw new HttpProblemError(415, 'Unsupported Media Type', 'send the list files as multipart/form-data', {
      code: PlatformErrorCode.UnsupportedMediaType,
    });
  }
  const form = await new Response(req.body, { headers: { 'content-type': contentType } }).formData().catch(() => {
    throw new HttpProblemError(400, 'Malformed request', 'the multipart body could not be read', {
      code: PlatformErrorCode.MalformedRequest,
    });
  });
  return Object.fromEntries(form.entries());
}

/**
 * The sanctions and PEP lists in the back office: the current version of each source, every version with its counts
 * and diff, an import of new files (audited), and a screening's hits beside the list entries they matched.
 */
export function createScreeningRouter(deps: { db: Db; temporal: Client }): Router {
  const router = Router();

  router.get('/screening-lists', authorize('read', 'ScreeningList'), async (_req, res) => {
    res.json({ items: await currentVersions(deps.db) } satisfies z.input<typeof currentListsSchema>);
  });

  router.get('/screening-lists/versions', authorize('read', 'ScreeningList'), async (req, res) => {
    const query = parseOrThrow(versionsQuery, req.query, 'query');
    const page = await listVersions(deps.db, query);
    res.json({ ...page, limit: query.limit, offset: query.offset } satisfies z.input<typeof listVersionPageSchema>);
  });

  router.get('/screening-lists/versions/:versionId', authorize('read', 'ScreeningList'), async (req, res) => {
    const { versionId } = parseOrThrow(versionIdParam, req.params, 'path');
    const version = await listVersion(deps.db, versionId);
    if (!version) throw notFound(`no list version ${versionId}`);
    res.json(version satisfies z.input<typeof listVersionSchema>);
  });

  router.get('/screening-lists/versions/:versionId/changes', authorize('read', 'ScreeningList'), async (req, res) => {
    const { versionId } = parseOrThrow(versionIdParam, req.params, 'path');
    const query = parseOrThrow(changesQuery, req.query, 'query');
    if (!(await listVersion(deps.db, versionId))) throw notFound(`no list version ${versionId}`);
    const page = await listChanges(deps.db, versionId, query);
    res.json({ ...page, limit: query.limit, offset: query.offset } satisfies z.input<typeof listChangePageSchema>);
  });

  router.post(
    '/screening-lists/imports',
    authorize('create', 'ScreeningList'),
    express.raw({ type: 'multipart/form-data', limit: IMPORT_BODY_LIMIT }),
    async (req, res) => {
      const form = parseOrThrow(listImportForm, await formOf(req));
      const contents: Record<string, Buffer> = {};
      const names: Record<string, string> = {};
      for (const name of FILES_OF_FORMAT[form.format]) {
        const blob = 'file' in form ? form.file : form[name.replace('.csv', '') as 'sdn' | 'alt' | 'add'];
        contents[name] = Buffer.from(await blob.arrayBuffer());
        if (blob instanceof File && blob.name) names[name] = blob.name;
      }
      let parsed;
      try {
        parsed = parseListFiles(form.format, contents);
      } catch (err) {
        if (!(err instanceof ListFormatError)) throw err;
        throw new HttpProblemError(422, 'Not a list in that format', err.message, {
          code: ScreeningErrorCode.LIST_FORMAT_INVALID,
          file: err.file,
          ...(err.line === undefined ? {} : { line: err.line }),
        });
      }
      parsed.files = parsed.files.map((file) => ({ ...file, name: names[file.name] ?? file.name }));
      const { actor, requestId, sourceIp } = auditContextOf(res);
      const outcome = await importAuditedList(deps.db, parsed, {
        actor,
        requestId,
        sourceIp,
        reason: `import of ${form.format} from the back office`,
      });
      // Every active player is screened against what changed; the import stands even if Temporal is down meanwhile
      // (the daily re-screening covers it), so only the run's id is reported.
      const rescreeningWorkflowId = await rescreenAfterImport(deps.temporal, outcome).catch(() => undefined);
      res
        .status(outcome.unchanged ? 200 : 201)
        .json({ ...outcome, rescreeningWorkflowId } satisfies z.input<typeof listImportResultSchema>);
    },
  );

  router.get('/screenings/:screeningId/hits', authorize('read', 'ScreeningHit'), async (req, res) => {
    const { screeningId } = parseOrThrow(screeningIdParam, req.params, 'path');
    const screening = await screeningWithHits(deps.db, screeningId);
    if (!screening) throw notFound(`no screening ${screeningId}`);
    res.json(screening satisfies z.input<typeof screeningHitsSchema>);
  });

  return router;
}
