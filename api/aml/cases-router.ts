import { subject } from '@casl/ability';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { Router, type Response } from 'express';
import { z } from 'zod';
import {
  AML_SEVERITIES,
  AmlCaseOutcome,
  AmlCaseStatus,
  type AmlCaseStatus as CaseStatus,
  type AmlSeverity,
  AmlCaseErrorType,
  type AmlCaseActor,
  type AmlCaseState,
} from '../../contracts/aml';
import { addCaseNote, amlCaseRef, findAmlCase, listAmlCases } from '../../domain/aml/cases';
import { discardSarRevision, findApprovedSar, sarToGoAmlXml, writeSarRevision } from '../../domain/aml/sar';
import { maskName, type PersonalDataVault } from '../../domain/wallet/player-personal-data';
import type { Db } from '../../platform/db';
import { HttpProblemError, notFound, parseOrThrow } from '../../platform/http-errors';
import { newBusinessId } from '../../platform/ids';
import {
  approveSarUpdate,
  assignAmlCaseUpdate,
  claimAmlCaseUpdate,
  closeAmlCaseUpdate,
  draftSarUpdate,
  escalateAmlCaseUpdate,
  investigateAmlCaseUpdate,
  rejectSarUpdate,
} from '../../workflows/aml/messages';
import { abilityOf, auditOf, authorize, staffOf } from '../admin/access-control';
import type { amlCaseDetailSchema, amlCasePageSchema, amlCaseStateSchema } from './cases-response-schemas';

const csv = <T extends string>(values: readonly T[]) =>
  z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values as [T, ...T[]])))
    .optional();

export const caseQueueQuery = z
  .object({
    status: csv(Object.values(AmlCaseStatus) as CaseStatus[]).meta({
      description: 'Comma-separated statuses; all but CLOSED when absent.',
    }),
    severity: csv(AML_SEVERITIES as AmlSeverity[]).meta({ description: 'Comma-separated severities.' }),
    assignee: z.enum(['all', 'mine', 'unassigned']).default('all'),
    playerId: z.string().max(100).optional(),
    sort: z.enum(['slaDueAt', 'openedAt', 'severity']).default('slaDueAt'),
    order: z.enum(['asc', 'desc']).default('asc'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export const caseIdParam = z.object({ caseId: z.string().regex(/^case_[0-9A-Z]{26}$/, 'must be a case id') });
export const assignBody = z.object({ assignee: z.string().trim().min(1).max(100) }).strict();
export const reasonBody = z.object({ reason: z.string().trim().min(1, 'give a reason').max(4000) }).strict();
export const closeBody = z
  .object({ outcome: z.enum(AmlCaseOutcome), reason: z.string().trim().min(1, 'give a reason').max(4000) })
  .strict();
export const sarDraftBody = z
  .object({
    narrative: z.string().trim().min(1).max(20_000),
    reasonForSuspicion: z.string().trim().min(1).max(4000),
    alertIds: z.array(z.string().max(100)).max(500).default([]),
    paymentIds: z.array(z.string().max(100)).max(500).default([]),
  })
  .strict();
export const noteBody = z
  .object({
    body: z.string().trim().min(1).max(10_000),
    evidence: z
      .array(
        z.object({ kind: z.enum(['PAYMENT', 'DOCUMENT', 'URL']), ref: z.string().trim().min(1).max(2000) }).strict(),
      )
      .max(20)
      .default([]),
  })
  .strict();

/** The HTTP status of each refusal of the case Updates' validators. */
export const amlCaseRefusalStatus: Record<AmlCaseErrorType, number> = {
  [AmlCaseErrorType.NotAuthorised]: 403,
  [AmlCaseErrorType.SeniorRequired]: 403,
  [AmlCaseErrorType.SarDrafterCannotApprove]: 403,
  [AmlCaseErrorType.CaseClosed]: 409,
  [AmlCaseErrorType.InvalidTransition]: 409,
  [AmlCaseErrorType.SarNotAwaitingDecision]: 409,
  [AmlCaseErrorType.SarAlreadyApproved]: 409,
  [AmlCaseErrorType.ReasonRequired]: 400,
  [AmlCaseErrorType.SarRequired]: 422,
};
/** The export of a case whose SAR is not approved. */
export const SAR_NOT_APPROVED = 'AML_SAR_NOT_APPROVED';

const refused = (code: AmlCaseErrorType, detail: string) =>
  new HttpProblemError(amlCaseRefusalStatus[code], 'Refused', detail, { code });

/** Who the reporting entity of an exported SAR is (the operator), from the API's configuration. */
export interface ReportingEntity {
  id: string;
  name: string;
}

/**
 * The AML case queue and case page, and every officer action on a case as a Workflow Update on `aml:case:<caseId>`:
 * claim, assign, investigate, escalate, the SAR's draft and the MLRO's decision, close. The abilities are enforced
 * here and the workflow's validators check again (maker ≠ checker on the SAR); every action, accepted or refused,
 * is audited. The SAR's text is written to Postgres and only its revision id goes to the workflow.
 */
export function createAmlCasesRouter(deps: {
  db: Db;
  temporal: Client;
  vault: PersonalDataVault;
  reportingEntity: ReportingEntity;
}): Router {
  const router = Router();

  const caseOrNotFound = async (caseId: string) => {
    const found = await amlCaseRef(deps.db, caseId);
    if (!found) throw notFound(`No AML case ${caseId}`);
    return found;
  };
  /** The players' names, masked as every list shows them (unmasked personal data is read, audited, elsewhere). */
  const maskedNamesOf = async (playerIds: string[]) => {
    const data = await deps.vault.read(deps.db, [...new Set(playerIds)]);
    return (playerId: string) => {
      const d = data.get(playerId);
      const full = [d?.givenName, d?.familyName].filter(Boolean).join(' ');
      return full ? maskName(full) : null;
    };
  };
  const actorOf = (res: Response): AmlCaseActor => {
    const staff = staffOf(res);
    return { staffId: staff.staffId, roles: [...staff.roles] };
  };

  /** Sends an Update to the case's workflow; its refusal becomes the problem it names; both are audited. */
  const act = async (
    res: Response,
    caseId: string,
    action: string,
    send: (handle: ReturnType<Client['workflow']['getHandle']>) => Promise<AmlCaseState>,
    reason?: string,
  ): Promise<AmlCaseState> => {
    const { workflowId } = await caseOrNotFound(caseId);
    try {
      const state = await send(deps.temporal.workflow.getHandle(workflowId)).catch((err: unknown) => {
        if (err instanceof WorkflowNotFoundError) throw refused(AmlCaseErrorType.CaseClosed, 'the case is closed');
        const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
        if (cause instanceof ApplicationFailure && cause.type && cause.type in amlCaseRefusalStatus) {
          throw refused(cause.type as AmlCaseErrorType, cause.message);
        }
        throw err;
      });
      await auditOf(res)({
        action: `aml.case.${action}`,
        entityType: 'AmlCase',
        entityId: caseId,
        reason,
        after: { status: state.status, assignee: state.assignee ?? null, sar: state.sar?.status ?? null },
      });
      return state;
    } catch (err) {
      if (err instanceof HttpProblemError) {
        await auditOf(res)({
          action: `aml.case.${action}.refused`,
          entityType: 'AmlCase',
          entityId: caseId,
          reason,
          after: { httpStatus: err.status, code: err.extensions.code ?? null, detail: err.detail ?? null },
        });
      }
      throw err;
    }
  };

  router.get('/cases', authorize('read', 'AmlCase'), async (req, res) => {
    const query = parseOrThrow(caseQueueQuery, req.query, 'query');
    const status = query.status?.length ? query.status : Object.values(AmlCaseStatus).filter((s) => s !== 'CLOSED');
    const page = await listAmlCases(deps.db, staffOf(res).staffId, { ...query, status });
    const nameOf = await maskedNamesOf(page.items.map((c) => c.playerId));
    res.json({
      items: page.items.map((c) => ({ ...c, playerName: nameOf(c.playerId) })),
      total: page.total,
      limit: query.limit,
      offset: query.offset,
    } satisfies z.input<typeof amlCasePageSchema>);
  });

  router.get('/cases/:caseId', authorize('read', 'AmlCase'), async (req, res) => {
    const { caseId } = parseOrThrow(caseIdParam, req.params, 'path');
    const found = await findAmlCase(deps.db, caseId);
    if (!found) throw notFound(`No AML case ${caseId}`);
    const nameOf = await maskedNamesOf([found.playerId]);
    res.json({ ...found, playerName: nameOf(found.playerId) } as z.input<typeof amlCaseDetailSchema>);
  });

  const answer = (res: Response, state: AmlCaseState) => res.json(state satisfies z.input<typeof amlCaseStateSchema>);

  router.post('/cases/:caseId/claim', authorize('update', 'AmlCase'), async (req, res) => {
    const { caseId } = parseOrThrow(caseIdParam, req.params, 'path');
    const actor = actorOf(res);
    answer(res, await act(res, caseId, 'claim', (h) => h.executeUpdate(claimAmlCaseUpdate, { args: [actor] })));
  });

  router.post('/cases/:caseId/assign', authorize('update', 'AmlCase'), async (req, res) => {
    const { caseId } = parseOrThrow(caseIdParam, req.params, 'path');
    const { assignee } = parseOrThrow(assignBody, req.body ?? {});
    const actor = actorOf(res);
    answer(
      res,
      await act(res, caseId, 'assign', (h) => h.executeUpdate(assignAmlCaseUpdate, { args: [{ ...actor, assignee }] })),
    );
  });

  router.post('/cases/:caseId/investigate', authorize('update', 'AmlCase'), async (req, res) => {
    const { caseId } = parseOrThrow(caseIdParam, req.params, 'path');
    const actor = actorOf(res);
    answer(
      res,
      await act(res, caseId, 'investigate', (h) => h.executeUpdate(investigateAmlCaseUpdate, { args: [actor] })),
    );
  });

  router.post('/cases/:caseId/escalate', authorize('update', 'AmlCase'), async (req, res) => {
    const { caseId } = parseOrThrow(caseIdParam, req.params, 'path');
    const { reason } = parseOrThrow(reasonBody, req.body ?? {});
    const actor = actorOf(res);
    answer(
      res,
      await act(
        res,
        caseId,
        'escalate',
        (h) => h.executeUpdate(escalateAmlCaseUpdate, { args: [{ ...actor, reason }] }),
        reason,
      ),
    );
  });

  router.post('/cases/:caseId/close', authorize('update', 'AmlCase'), async (req, res) => {
    const { caseId } = parseOrThrow(caseIdParam, req.params, 'path');
    const { outcome, reason } = parseOrThrow(closeBody, req.body ?? {});
    const actor = actorOf(res);
    answer(
      res,
      await act(
        res,
        caseId,
        'close',
        (h) => h.executeUpdate(closeAmlCaseUpdate, { args: [{ ...actor, outcome, reason }] }),
        reason,
      ),
    );
  });

  router.post('/cases/:caseId/notes', authorize('update', 'AmlCase'), async (req, res) => {
    const { caseId } = parseOrThrow(caseIdParam, req.params, 'path');
    const note = parseOrThrow(noteBody, req.body ?? {});
    const noteId = newBusinessId('note');
    if (!(await addCaseNote(deps.db, { noteId, caseId, author: staffOf(res).staffId, ...note }))) {
      throw notFound(`No AML case ${caseId}`);
    }
    res.status(201).json({ noteId });
  });

  router.put('/cases/:caseId/sar', authorize('create', 'Sar'), async (req, res) => {
    const { caseId } = parseOrThrow(caseIdParam, req.params, 'path');
    const draft = parseOrThrow(sarDraftBody, req.body ?? {});
    await caseOrNotFound(caseId);
    const actor = actorOf(res);
    const revisionId = await writeSarRevision(deps.db, { caseId, author: actor.staffId, ...draft });
    try {
      answer(
        res,
        await act(res, caseId, 'sar.draft', (h) =>
          h.executeUpdate(draftSarUpdate, { args: [{ ...actor, revisionId }] }),
        ),
      );
    } catch (err) {
      await discardSarRevision(deps.db, revisionId); // refused: nothing half-written stays behind
      throw err;
    }
  });

  /** The CASL check of maker ≠ checker, against every officer who wrote a revision of the SAR. */
  const mayDecideSar = async (res: Response, caseId: string, decision: 'approve' | 'reject') => {
    const found = await findAmlCase(deps.db, caseId);
    if (!found) throw notFound(`No AML case ${caseId}`);
    const draftedBy = (found.sar as { draftedBy?: string[] } | null)?.draftedBy ?? [];
    const ability = abilityOf(res);
    if (draftedBy.some((d) => !ability.can(decision, subject('Sar', { __typename: 'Sar' as const, draftedBy: d })))) {
      throw refused(AmlCaseErrorType.SarDrafterCannotApprove, 'you drafted this SAR: another MLRO must decide it');
    }
  };

  router.post('/cases/:caseId/sar/approve', authorize('approve', 'Sar'), async (req, res) => {
    const { caseId } = parseOrThrow(caseIdParam, req.params, 'path');
    await mayDecideSar(res, caseId, 'approve');
    const actor = actorOf(res);
    answer(res, await act(res, caseId, 'sar.approve', (h) => h.executeUpdate(approveSarUpdate, { args: [actor] })));
  });

  router.post('/cases/:caseId/sar/reject', authorize('reject', 'Sar'), async (req, res) => {
    const { caseId } = parseOrThrow(caseIdParam, req.params, 'path');
    const { reason } = parseOrThrow(reasonBody, req.body ?? {});
    await mayDecideSar(res, caseId, 'reject');
    const actor = actorOf(res);
    answer(
      res,
      await act(
        res,
        caseId,
        'sar.reject',
        (h) => h.executeUpdate(rejectSarUpdate, { args: [{ ...actor, reason }] }),
        reason,
      ),
    );
  });

  router.get('/cases/:caseId/sar/export', authorize('export', 'Sar'), async (req, res) => {
    const { caseId } = parseOrThrow(caseIdParam, req.params, 'path');
    await caseOrNotFound(caseId);
    const sar = await findApprovedSar(deps.db, caseId);
    if (!sar) {
      throw new HttpProblemError(409, 'Not approved', 'only an approved SAR is exported', { code: SAR_NOT_APPROVED });
    }
    const person = (await deps.vault.read(deps.db, [sar.playerId])).get(sar.playerId) ?? {};
    // The export reads the player's personal data: audited before it leaves, as every unmasked read is.
    await auditOf(res)({
      action: 'player.personal_data.read',
      entityType: 'Player',
      entityId: sar.playerId,
      reason: `SAR ${sar.sarId} export`,
      after: { fields: Object.keys(person), sarId: sar.sarId },
    });
    await auditOf(res)({
      action: 'aml.sar.export',
      entityType: 'AmlCase',
      entityId: caseId,
      after: { sarId: sar.sarId },
    });
    res
      .type('application/xml')
      .attachment(`${sar.sarId}.xml`)
      .send(sarToGoAmlXml(sar, person, deps.reportingEntity));
  });

  return router;
}
