import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { Router } from 'express';
import { z } from 'zod';
import { knownPsps } from '../../domain/payments/decline-taxonomy';
import { getPaymentDetail, listPayments } from '../../domain/payments/payments-repository';
import type { Db } from '../../platform/db';
import { notFound, parseOrThrow } from '../../platform/http-errors';
import { newBusinessId } from '../../platform/ids';
import {
  approveWithdrawalUpdate,
  getWithdrawalStatusQuery,
  PAYMENTS_TASK_QUEUE,
  rejectWithdrawalUpdate,
  retryPayoutUpdate,
  StaffRole,
  withdrawalWorkflowId,
  type WithdrawalInput,
} from '../../workflows/payments/definitions';
import { startPaymentSaga, updateOrProblem } from './payment-sagas';
import { paymentRequestBody, type PaymentSettings } from './player-payments-router';
import { anyStaff, requireRole, staffIdentity, staffOf } from './staff-identity';

const csv = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .optional();

const listQuery = z
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

const paymentIdParam = z.object({
  paymentId: z.string().regex(/^(dep|wd)_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a payment id (dep_… or wd_…)'),
});
const withdrawalIdParam = z.object({
  paymentId: z.string().regex(/^wd_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a withdrawal id (wd_…)'),
});
const decisionBody = z.object({ reason: z.string().trim().max(1000).optional() }).strict();
const rejectionBody = z.object({ reason: z.string().trim().min(1, 'a rejection needs a reason').max(1000) }).strict();
const staffWithdrawalBody = paymentRequestBody.extend({ clientKey: z.string().regex(/^[A-Za-z0-9._:-]{8,100}$/) });
const reconciliationBody = z
  .object({
    psp: z.enum(knownPsps as [string, ...string[]]).optional(),
    from: z.coerce.date(),
    to: z.coerce.date(),
  })
  .strict()
  .refine((b) => b.from < b.to, { message: 'from must be before to', path: ['from'] });

/** The officers who decide withdrawals. */
const DECIDERS = [StaffRole.COMPLIANCE_OFFICER, StaffRole.SENIOR_COMPLIANCE];

/**
 * The back-office API for payments: lists from the read model, one payment with its whole story (and the live
 * saga state), withdrawal decisions as Workflow Updates, payout retries, and on-demand reconciliation. Roles
 * are enforced here and again by the sagas' Update validators.
 */
export function createBackOfficePaymentsRouter(deps: {
  db: Db;
  temporal: Client;
  webLink: (workflowId: string) => string;
  settings: PaymentSettings;
}): Router {
  const router = Router();
  router.use(staffIdentity);

  router.get('/', requireRole(...anyStaff), async (req, res) => {
    const query = parseOrThrow(listQuery, req.query, 'query');
    const page = await listPayments(deps.db, query);
    res.json({ ...page, limit: query.limit, offset: query.offset });
  });

  router.get('/:paymentId', requireRole(...anyStaff), async (req, res) => {
    const { paymentId } = parseOrThrow(paymentIdParam, req.params, 'path');
    const payment = await getPaymentDetail(deps.db, paymentId);
    if (!payment) throw notFound(`No payment ${paymentId}`);
    let live: unknown;
    try {
      live = await deps.temporal.workflow.getHandle(payment.workflowId).query(getWithdrawalStatusQuery);
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) throw err;
    }
    res.json({ ...payment, workflowState: live, temporalWebUrl: deps.webLink(payment.workflowId) });
  });

  /** A withdrawal raised by staff for a player (by phone, by letter): the staff member is its maker. */
  router.post('/withdrawals', requireRole(StaffRole.PAYMENTS_OPS, StaffRole.CS_AGENT), async (req, res) => {
    const { clientKey, ...body } = parseOrThrow(staffWithdrawalBody, req.body);
    const staff = staffOf(res);
    const paymentId = newBusinessId('wd');
    const { payment, created } = await startPaymentSaga(
      deps,
      {
        ...body,
        paymentId,
        kind: 'WITHDRAWAL',
        clientKey,
        requestedBy: staff.staffId,
        workflowId: withdrawalWorkflowId(paymentId),
        status: 'REQUESTED',
      },
      'withdrawalWorkflow',
      (p): WithdrawalInput => ({
        paymentId: p.paymentId,
        playerId: p.playerId,
        amountMinor: p.amountMinor,
        currency: body.currency,
        method: p.method,
        country: p.country,
        requestedBy: p.requestedBy,
        policy: deps.settings.policy,
        payoutConfirmationTimeoutMs: deps.settings.payoutConfirmationTimeoutMs,
      }),
    );
    res.status(created ? 202 : 200).json(payment);
  });

  const withdrawalHandle = async (paymentId: string) => {
    const payment = await getPaymentDetail(deps.db, paymentId);
    if (!payment || payment.kind !== 'WITHDRAWAL') throw notFound(`No withdrawal ${paymentId}`);
    return deps.temporal.workflow.getHandle(payment.workflowId);
  };

  router.post('/withdrawals/:paymentId/approve', requireRole(...DECIDERS), async (req, res) => {
    const { paymentId } = parseOrThrow(withdrawalIdParam, req.params, 'path');
    const { reason } = parseOrThrow(decisionBody, req.body ?? {});
    const handle = await withdrawalHandle(paymentId);
    const state = await updateOrProblem(() =>
      handle.executeUpdate(approveWithdrawalUpdate, { args: [{ ...staffOf(res), reason }] }),
    );
    res.json(state);
  });

  router.post('/withdrawals/:paymentId/reject', requireRole(...DECIDERS), async (req, res) => {
    const { paymentId } = parseOrThrow(withdrawalIdParam, req.params, 'path');
    const { reason } = parseOrThrow(rejectionBody, req.body ?? {});
    const handle = await withdrawalHandle(paymentId);
    const state = await updateOrProblem(() =>
      handle.executeUpdate(rejectWithdrawalUpdate, { args: [{ ...staffOf(res), reason }] }),
    );
    res.json(state);
  });

  router.post('/withdrawals/:paymentId/retry-payout', requireRole(StaffRole.PAYMENTS_OPS), async (req, res) => {
    const { paymentId } = parseOrThrow(withdrawalIdParam, req.params, 'path');
    const handle = await withdrawalHandle(paymentId);
    const state = await updateOrProblem(() => handle.executeUpdate(retryPayoutUpdate, { args: [staffOf(res)] }));
    res.json(state);
  });

  router.post('/reconciliations', requireRole(StaffRole.PAYMENTS_OPS), async (req, res) => {
    const body = parseOrThrow(reconciliationBody, req.body);
    const runId = newBusinessId('rec');
    const workflowId = `payments:reconciliation:${runId}`;
    const result = await deps.temporal.workflow.execute('reconciliationWorkflow', {
      taskQueue: PAYMENTS_TASK_QUEUE,
      workflowId,
      args: [
        { runId, psps: body.psp ? [body.psp] : knownPsps, from: body.from.toISOString(), to: body.to.toISOString() },
      ],
      staticSummary: `Reconciliation ${runId} requested by ${staffOf(res).staffId}`,
    });
    res.json({ ...result, workflowId, temporalWebUrl: deps.webLink(workflowId) });
  });

  router.get(
    '/reconciliations/mismatches',
    requireRole(StaffRole.PAYMENTS_OPS, StaffRole.RISK_ANALYST),
    async (req, res) => {
      const { runId } = parseOrThrow(z.object({ runId: z.string().max(100).optional() }).strict(), req.query, 'query');
      const { rows } = await deps.db.query(
        `SELECT mismatch_id AS "mismatchId", run_id AS "runId", psp, kind, reference, payment_id AS "paymentId",
              psp_amount_minor AS "pspAmountMinor", ledger_amount_minor AS "ledgerAmountMinor", currency, detail,
              status, found_at AS "foundAt"
       FROM reconciliation_mismatches WHERE ($1::TEXT IS NULL OR run_id = $1) ORDER BY mismatch_id DESC LIMIT 500`,
        [runId ?? null],
      );
      res.json({ items: rows });
    },
  );

  return router;
}
