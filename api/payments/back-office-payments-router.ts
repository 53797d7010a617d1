import { subject } from '@casl/ability';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { Router, type Response } from 'express';
import { z } from 'zod';
import { findTotpSecret, withStaffNames } from '../../domain/admin/staff';
import { consumeTotp } from '../../domain/admin/totp';
import { knownPsps } from '../../domain/payments/decline-taxonomy';
import { getPaymentDetail, listPayments } from '../../domain/payments/payments-repository';
import {
  assignWithdrawal,
  getWithdrawalDecisionFacts,
  listWithdrawalQueue,
  WITHDRAWAL_QUEUE_SORTS,
  WithdrawalAssignmentError,
  WithdrawalAssignmentRefusal,
  withdrawalSubjectOf,
  type WithdrawalDecisionFacts,
} from '../../domain/payments/withdrawal-queue';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { unavailableEngineOf } from '../../platform/engine-errors';
import { HttpProblemError, notFound, parseOrThrow } from '../../platform/http-errors';
import { newBusinessId } from '../../platform/ids';
import {
  AWAITING_DECISION_STATUSES,
  PaymentsErrorType,
  PaymentsWorkflowType,
  PAYMENTS_TASK_QUEUE,
  reconciliationWorkflowId,
  type StaffActor,
  type WithdrawalState,
  type WithdrawalStatus,
} from '../../contracts/payments';
import { currencySchema } from '../../contracts/wallet';
import { playerTagSchema } from '../../domain/players/player-notes';
import { assignBody, queueQueryShape } from '../queue-query';
import {
  approveWithdrawalUpdate,
  getWithdrawalStatusQuery,
  rejectWithdrawalUpdate,
  retryPayoutUpdate,
} from '../../workflows/payments/messages';
import type { reconciliationWorkflow } from '../../workflows/payments/reconciliation';
import { abilityOf, auditContextOf, auditOf, authorize, StaffRefusalCode, staffOf } from '../admin/access-control';
import { decisionStatus, updateOrProblem } from './payment-sagas';
import { paymentRequestBody, startWithdrawalSaga, type PaymentSettings } from './player-payments-router';
import { BusinessIdSearchAttribute } from '../../workflows/search-attributes';
import { listRecordedMismatches } from '../../domain/payments/reconciliation';
import type {
  reconciliationMismatchesSchema,
  reconciliationResultSchema,
  withdrawalAssignmentSchema,
} from './response-schemas';

/** How long a payment's page waits for its saga's live state before showing the payment without it. */
const LIVE_STATE_TIMEOUT_MS = 1_500;

const csv = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .optional();

export const listQuery = z
  .object({
    kind: z.enum(['DEPOSIT', 'WITHDRAWAL']).optional(),
    status: csv,
    playerId: z.string().max(100).optional(),
    psp: z.string().max(50).optional(),
    brand: z.string().max(50).optional(),
    createdFrom: z.coerce.date().optional(),
    createdTo: z.coerce.date().optional(),
    order: z.enum(['oldest', 'newest']).default('newest'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

export const paymentIdParam = z.object({
  paymentId: z.string().regex(/^(dep|wd)_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a payment id (dep_… or wd_…)'),
});
export const withdrawalIdParam = z.object({
  paymentId: z.string().regex(/^wd_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a withdrawal id (wd_…)'),
});
export const decisionBody = z
  .object({ reason: z.string().trim().max(1000).optional(), totp: z.string().trim().max(12).optional() })
  .strict();
export const rejectionBody = z
  .object({ reason: z.string().trim().min(1, 'a rejection needs a reason').max(1000) })
  .strict();
export const queueQuery = z
  .object({
    ...queueQueryShape(WITHDRAWAL_QUEUE_SORTS, { sort: 'createdAt', order: 'asc' }),
    status: z
      .enum(AWAITING_DECISION_STATUSES as [WithdrawalStatus, ...WithdrawalStatus[]])
      .optional()
      .meta({ description: 'Only those awaiting a first (AWAITING_APPROVAL) or a second decision.' }),
    currency: currencySchema.optional(),
    playerTag: playerTagSchema.optional().meta({ description: 'Only those of players with this tag.' }),
    limit: z.coerce.number().int().min(1).max(200).default(25),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    q: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,40}$/, 'a withdrawal or player id, or part of one')
      .optional()
      .describe('Keeps withdrawals whose withdrawal or player id contains this.'),
  })
  .strict();
export const staffWithdrawalBody = paymentRequestBody.extend({
  clientKey: z.string().regex(/^[A-Za-z0-9._:-]{8,100}$/),
});
export const reconciliationBody = z
  .object({
    psp: z.enum(knownPsps as [string, ...string[]]).optional(),
    from: z.coerce.date(),
    to: z.coerce.date(),
  })
  .strict()
  .refine((b) => b.from < b.to, { message: 'from must be before to', path: ['from'] });
export const mismatchesQuery = z.object({ runId: z.string().max(100).optional() }).strict();

/** The one HTTP status of each refusal of a claim or an assignment. */
export const assignmentRefusalStatus: Record<WithdrawalAssignmentRefusal, number> = {
  [WithdrawalAssignmentRefusal.NOT_AWAITING_DECISION]: 409,
  [WithdrawalAssignmentRefusal.CLAIMED_BY_ANOTHER]: 409,
  [WithdrawalAssignmentRefusal.ASSIGNEE_CANNOT_DECIDE]: 422,
};

/** The acting staff member as the sagas' Update validators take them. */
const actorOf = (res: Response): StaffActor => {
  const { staffId, roles } = staffOf(res);
  return { staffId, roles: [...roles] };
};

/** The saga's state with each decision's officer named (`staffName`), as every answer that carries it shows it. */
async function withDecisionNames<T extends { decisions?: readonly { staffId: string }[] }>(
  db: Db,
  state: T | undefined,
) {
  if (!state?.decisions) return state;
  return { ...state, decisions: await withStaffNames(db, state.decisions) };
}

const refusal = (code: PaymentsErrorType, detail: string) =>
  new HttpProblemError(decisionStatus[code], 'Decision refused', detail, { code });

/** A four-eyes approval without a valid TOTP code of the approving officer. */
export const STEP_UP_REQUIRED = 'STEP_UP_REQUIRED';

/**
 * Why the abilities refuse this officer's decision on this withdrawal, in the saga's own terms (its checks, in
 * its order), so the API answers the same whether CASL or the Update validator says no.
 */
function decisionRefusal(res: Response, facts: WithdrawalDecisionFacts) {
  const { staffId, roles } = staffOf(res);
  if (facts.payment.requestedBy === staffId) {
    return refusal(PaymentsErrorType.MakerCannotApprove, 'the maker of a request cannot decide it');
  }
  if (facts.decidedBy.includes(staffId)) {
    return refusal(PaymentsErrorType.AlreadyDecided, `${staffId} has already decided this withdrawal`);
  }
  if (facts.seniorRequiredForNext && !roles.includes('senior_compliance')) {
    return refusal(PaymentsErrorType.SeniorApprovalRequired, 'only senior compliance may take this decision');
  }
  return new HttpProblemError(403, 'Decision refused', 'your roles may not decide this withdrawal', {
    code: StaffRefusalCode.Forbidden,
  });
}

/**
 * The back-office API for payments: lists from the read model, the approval queue, one payment with its whole
 * story (and the live saga state), withdrawal decisions as Workflow Updates, payout retries, and on-demand
 * reconciliation. The session's abilities are enforced here and the sagas' Update validators check again; every
 * action, and every refused decision, is audited.
 */
export function createBackOfficePaymentsRouter(deps: {
  db: Db;
  temporal: Client;
  webLink: (workflowId: string) => string;
  settings: PaymentSettings;
  logger?: Logger;
}): Router {
  const router = Router();

  router.get('/', authorize('read', 'Payment'), async (req, res) => {
    const query = parseOrThrow(listQuery, req.query, 'query');
    const page = await listPayments(deps.db, query);
    res.json({ ...page, limit: query.limit, offset: query.offset });
  });

  router.get('/withdrawals/queue', authorize('read', 'Withdrawal'), async (req, res) => {
    const { limit, offset, q, status, ...filters } = parseOrThrow(queueQuery, req.query, 'query');
    const page = await listWithdrawalQueue(deps.db, {
      approvalSlaMs: deps.settings.policy.approvalSlaMs,
      limit,
      offset,
      search: q,
      status: status && [status],
      staffId: staffOf(res).staffId,
      ...filters,
    });
    res.json({ ...page, limit, offset });
  });

  // Working a withdrawal: an officer who may decide withdrawals claims one, or assigns it to another such officer
  // (or back to nobody). Audited in the transaction that changes it.
  const assign = async (res: Response, paymentId: string, assignee: string | null, claim: boolean) => {
    try {
      const assigned = await assignWithdrawal(deps.db, { paymentId, assignee, claim }, auditContextOf(res));
      if (!assigned) throw notFound(`No withdrawal ${paymentId}`);
      res.json(assigned satisfies z.input<typeof withdrawalAssignmentSchema>);
    } catch (err) {
      if (!(err instanceof WithdrawalAssignmentError)) throw err;
      throw new HttpProblemError(assignmentRefusalStatus[err.code], 'Assignment refused', err.message, {
        code: err.code,
        ...(err.assignee ? { assignee: err.assignee } : {}),
      });
    }
  };

  router.post('/withdrawals/:paymentId/claim', authorize('approve', 'Withdrawal'), async (req, res) => {
    const { paymentId } = parseOrThrow(withdrawalIdParam, req.params, 'path');
    await assign(res, paymentId, staffOf(res).staffId, true);
  });

  router.put('/withdrawals/:paymentId/assignee', authorize('approve', 'Withdrawal'), async (req, res) => {
    const { paymentId } = parseOrThrow(withdrawalIdParam, req.params, 'path');
    const { assignee } = parseOrThrow(assignBody, req.body);
    await assign(res, paymentId, assignee, false);
  });

  router.get('/:paymentId', authorize('read', 'Payment'), async (req, res) => {
    const { paymentId } = parseOrThrow(paymentIdParam, req.params, 'path');
    const payment = await getPaymentDetail(deps.db, paymentId);
    if (!payment) throw notFound(`No payment ${paymentId}`);
    let live: WithdrawalState | undefined;
    try {
      live = await deps.temporal.withDeadline(Date.now() + LIVE_STATE_TIMEOUT_MS, () =>
        deps.temporal.workflow.getHandle(payment.workflowId).query(getWithdrawalStatusQuery),
      );
    } catch (err) {
      // The payment comes from Postgres; its saga's live state is extra, left out while Temporal does not answer.
      if (!(err instanceof WorkflowNotFoundError) && unavailableEngineOf(err) !== 'temporal') throw err;
    }
    res.json({
      ...payment,
      workflowState: await withDecisionNames(deps.db, live),
      temporalWebUrl: deps.webLink(payment.workflowId),
    });
  });

  /** A withdrawal raised by staff for a player (by phone, by letter): the staff member is its maker. */
  router.post('/withdrawals', authorize('create', 'Withdrawal'), async (req, res) => {
    const { clientKey, ...body } = parseOrThrow(staffWithdrawalBody, req.body);
    const staff = staffOf(res);
    const { payment, created } = await startWithdrawalSaga(deps, deps.settings, {
      request: body,
      clientKey,
      requestedBy: staff.staffId,
    });
    if (created) {
      await auditOf(res)({
        action: 'withdrawal.create',
        entityType: 'Withdrawal',
        entityId: payment.paymentId,
        after: payment,
      });
    }
    res.status(created ? 202 : 200).json(payment);
  });

  const handleOf = (payment: { workflowId: string }) => deps.temporal.workflow.getHandle(payment.workflowId);

  /**
   * An officer's decision: the abilities on this very withdrawal (maker, already decided, senior required), a
   * fresh TOTP code from the four-eyes threshold up, then the saga's Update, which checks again. The outcome,
   * accepted or refused, is audited with the state before and after.
   */
  const decide = async (
    res: Response,
    paymentId: string,
    decision: 'approve' | 'reject',
    input: { reason?: string; totp?: string },
  ) => {
    const facts = await getWithdrawalDecisionFacts(deps.db, paymentId);
    if (!facts) throw notFound(`No withdrawal ${paymentId}`);
    const before = { status: facts.payment.status, decidedBy: facts.decidedBy };
    try {
      if (!(AWAITING_DECISION_STATUSES as readonly string[]).includes(facts.payment.status)) {
        throw refusal(PaymentsErrorType.NotAwaitingDecision, `withdrawal is ${facts.payment.status}`);
      }
      if (!abilityOf(res).can(decision, subject('Withdrawal', withdrawalSubjectOf(facts)))) {
        throw decisionRefusal(res, facts);
      }
      if (decision === 'approve' && facts.payment.amountMinor >= deps.settings.policy.fourEyesMinMinor) {
        await requireStepUp(res, input.totp);
      }
      const update = decision === 'approve' ? approveWithdrawalUpdate : rejectWithdrawalUpdate;
      const state: WithdrawalState = await updateOrProblem(
        () => handleOf(facts.payment).executeUpdate(update, { args: [{ ...actorOf(res), reason: input.reason }] }),
        PaymentsErrorType.NotAwaitingDecision,
      );
      await auditOf(res)({
        action: `withdrawal.${decision}`,
        entityType: 'Withdrawal',
        entityId: paymentId,
        reason: input.reason,
        before,
        after: { status: state.status, decidedBy: state.decisions.map((d) => d.staffId) },
      });
      return withDecisionNames(deps.db, state);
    } catch (err) {
      if (err instanceof HttpProblemError) {
        await auditOf(res)({
          action: `withdrawal.${decision}.refused`,
          entityType: 'Withdrawal',
          entityId: paymentId,
          reason: input.reason,
          before,
          after: { httpStatus: err.status, code: err.extensions.code ?? null, detail: err.detail ?? null },
        });
      }
      throw err;
    }
  };

  /** Step-up: a current TOTP code, not used before, from the approving officer (401 `STEP_UP_REQUIRED`). */
  const requireStepUp = async (res: Response, code: string | undefined) => {
    const { staffId } = staffOf(res);
    const totpSecret = await findTotpSecret(deps.db, staffId);
    const check = totpSecret && code ? await consumeTotp(deps.db, { staffId, totpSecret }, code) : undefined;
    if (check !== 'OK') {
      const why = !totpSecret
        ? 'approving this amount needs TOTP, and this account has none enrolled'
        : !code
          ? `approving ${deps.settings.policy.fourEyesMinMinor} (minor units) or more needs a TOTP code in "totp"`
          : check === 'REPLAYED'
            ? 'that TOTP code was already used: wait for the next one'
            : 'the TOTP code is wrong';
      throw new HttpProblemError(401, 'Step-up required', why, { code: STEP_UP_REQUIRED });
    }
  };

  router.post('/withdrawals/:paymentId/approve', authorize('approve', 'Withdrawal'), async (req, res) => {
    const { paymentId } = parseOrThrow(withdrawalIdParam, req.params, 'path');
    const body = parseOrThrow(decisionBody, req.body ?? {});
    res.json(await decide(res, paymentId, 'approve', { reason: body.reason, totp: body.totp || undefined }));
  });

  router.post('/withdrawals/:paymentId/reject', authorize('reject', 'Withdrawal'), async (req, res) => {
    const { paymentId } = parseOrThrow(withdrawalIdParam, req.params, 'path');
    const { reason } = parseOrThrow(rejectionBody, req.body ?? {});
    res.json(await decide(res, paymentId, 'reject', { reason }));
  });

  router.post('/withdrawals/:paymentId/retry-payout', authorize('retry', 'Withdrawal'), async (req, res) => {
    const { paymentId } = parseOrThrow(withdrawalIdParam, req.params, 'path');
    const payment = await getPaymentDetail(deps.db, paymentId);
    if (!payment || payment.kind !== 'WITHDRAWAL') throw notFound(`No withdrawal ${paymentId}`);
    const state = await updateOrProblem(
      () => handleOf(payment).executeUpdate(retryPayoutUpdate, { args: [actorOf(res)] }),
      PaymentsErrorType.NotRetryable,
    );
    await auditOf(res)({
      action: 'withdrawal.retry_payout',
      entityType: 'Withdrawal',
      entityId: paymentId,
      before: { status: payment.status },
      after: { status: state.status },
    });
    res.json(await withDecisionNames(deps.db, state));
  });

  router.post('/reconciliations', authorize('run', 'Reconciliation'), async (req, res) => {
    const body = parseOrThrow(reconciliationBody, req.body);
    const runId = newBusinessId('rec');
    const workflowId = reconciliationWorkflowId(runId);
    const result = await deps.temporal.workflow.execute<typeof reconciliationWorkflow>(
      PaymentsWorkflowType.reconciliation,
      {
        taskQueue: PAYMENTS_TASK_QUEUE,
        workflowId,
        args: [
          { runId, psps: body.psp ? [body.psp] : knownPsps, from: body.from.toISOString(), to: body.to.toISOString() },
        ],
        staticSummary: `Reconciliation ${runId} requested by ${staffOf(res).staffId}`,
        typedSearchAttributes: [{ key: BusinessIdSearchAttribute, value: runId }],
      },
    );
    await auditOf(res)({
      action: 'reconciliation.run',
      entityType: 'Reconciliation',
      entityId: runId,
      after: { psps: body.psp ? [body.psp] : knownPsps, ...result }, // result carries the window the run covered
    });
    const answer = { ...result, workflowId, temporalWebUrl: deps.webLink(workflowId) };
    res.json(answer satisfies z.input<typeof reconciliationResultSchema>);
  });

  router.get('/reconciliations/mismatches', authorize('read', 'Reconciliation'), async (req, res) => {
    const { runId } = parseOrThrow(mismatchesQuery, req.query, 'query');
    const items = await listRecordedMismatches(deps.db, { runId });
    res.json({ items } satisfies z.input<typeof reconciliationMismatchesSchema>);
  });

  return router;
}
