import type { Client } from '@temporalio/client';
import { Router } from 'express';
import { z } from 'zod';
import { listPlayerInstruments } from '../../domain/payments/payment-instruments';
import { getPaymentDetail, type Payment } from '../../domain/payments/payments-repository';
import { amountMinorSchema, currencySchema } from '../../contracts/wallet';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { notFound, parseOrThrow } from '../../platform/http-errors';
import { newBusinessId } from '../../platform/ids';
import {
  depositWorkflowId,
  PaymentMethod,
  PaymentsErrorType,
  PaymentsWorkflowType,
  withdrawalWorkflowId,
  type ApprovalPolicy,
} from '../../contracts/payments';
import type { depositWorkflow } from '../../workflows/payments/deposit';
import { cancelWithdrawalUpdate } from '../../workflows/payments/messages';
import type { withdrawalWorkflow } from '../../workflows/payments/withdrawal';
import { requireOwnedBy } from '../players/player-authentication';
import { playerIdParam } from '../players/player-router';
import { startPaymentSaga, updateOrProblem } from './payment-sagas';

/** Records a withdrawal request (by the player, or raised by staff for them) and starts its saga. */
export function startWithdrawalSaga(
  deps: { db: Db; temporal: Client; logger?: Logger },
  settings: PaymentSettings,
  {
    request,
    clientKey,
    requestedBy,
  }: { request: z.infer<typeof paymentRequestBody>; clientKey: string; requestedBy: string },
) {
  const paymentId = newBusinessId('wd');
  return startPaymentSaga(
    deps,
    {
      ...request,
      paymentId,
      kind: 'WITHDRAWAL',
      clientKey,
      requestedBy,
      workflowId: withdrawalWorkflowId(paymentId),
      status: 'REQUESTED',
    },
    (p, options) =>
      deps.temporal.workflow.start<typeof withdrawalWorkflow>(PaymentsWorkflowType.withdrawal, {
        ...options,
        args: [
          {
            paymentId: p.paymentId,
            playerId: p.playerId,
            amountMinor: p.amountMinor,
            currency: request.currency,
            method: p.method,
            country: p.country,
            requestedBy: p.requestedBy,
            ...(p.instrument && { instrumentId: p.instrument.instrumentId }),
            policy: settings.policy,
            payoutConfirmationTimeoutMs: settings.payoutConfirmationTimeoutMs,
          },
        ],
      }),
  );
}

/** Settings the sagas are started with, fixed per payment so a replay sees the same rules. */
export interface PaymentSettings {
  policy: ApprovalPolicy;
  depositConfirmationTimeoutMs: number;
  payoutConfirmationTimeoutMs: number;
}

/** The id of a saved payment instrument. */
export const instrumentIdSchema = z.string().regex(/^pi_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a pi_… id');

export const paymentRequestBody = z
  .object({
    playerId: playerIdParam.shape.playerId,
    amountMinor: amountMinorSchema.min(1, { error: 'must be at least 1 minor unit' }),
    currency: currencySchema,
    method: z.enum(Object.values(PaymentMethod) as [PaymentMethod, ...PaymentMethod[]]),
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code'),
    instrumentId: instrumentIdSchema.optional().meta({
      description:
        'A saved instrument of the player (`GET /player/v1/players/{playerId}/payment-instruments`). A deposit ' +
        'without one pays from a new instrument the player enters at the PSP, which tokenises it. A withdrawal ' +
        "without one is paid to the player's most recent deposit instrument that fits `method`.",
    }),
  })
  .strict();

export const idempotencyKeyHeader = z.object({
  'idempotency-key': z
    .string({ error: 'the Idempotency-Key header is required: a unique key per payment request' })
    .regex(/^[A-Za-z0-9._:-]{8,100}$/, 'must be 8 to 100 letters, digits or . _ : -'),
});

export const paymentIdParam = (prefix: 'dep' | 'wd') =>
  z.object({
    paymentId: z.string().regex(new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`), `must be a ${prefix}_… id`),
  });

export const cancelBody = z.object({ playerId: playerIdParam.shape.playerId }).strict();

/** What a player sees of their payment: no internal routing, decisions or officers. */
const playerView = (p: Payment) => ({
  id: p.paymentId,
  kind: p.kind,
  playerId: p.playerId,
  amountMinor: p.amountMinor,
  currency: p.currency,
  method: p.method,
  instrument: p.instrument,
  status: p.status,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});

/**
 * The player API for the cashier: request a deposit or a withdrawal (idempotent by the Idempotency-Key header:
 * a repeat answers 200 with the first payment, a first request 202), read it, and cancel a withdrawal where
 * the jurisdiction allows reverse withdrawals. Every route is the authenticated player's own: another player's id
 * in a body, or another player's payment in the path, answers 404 as an unknown one does (so ids cannot be probed).
 */
export function createPlayerPaymentsRouter(deps: {
  db: Db;
  temporal: Client;
  settings: PaymentSettings;
  logger?: Logger;
}): Router {
  const router = Router();

  router.post('/deposits', async (req, res) => {
    const { 'idempotency-key': clientKey } = parseOrThrow(idempotencyKeyHeader, req.headers, 'header');
    const body = parseOrThrow(paymentRequestBody, req.body);
    requireOwnedBy(res, body.playerId, `No player ${body.playerId}`);
    const paymentId = newBusinessId('dep');
    const { payment, created } = await startPaymentSaga(
      deps,
      {
        ...body,
        paymentId,
        kind: 'DEPOSIT',
        clientKey,
        requestedBy: body.playerId,
        workflowId: depositWorkflowId(paymentId),
        status: 'REQUESTED',
      },
      (p, options) =>
        deps.temporal.workflow.start<typeof depositWorkflow>(PaymentsWorkflowType.deposit, {
          ...options,
          args: [
            {
              paymentId: p.paymentId,
              playerId: p.playerId,
              amountMinor: p.amountMinor,
              currency: body.currency,
              method: p.method,
              country: p.country,
              ...(p.instrument && { instrumentId: p.instrument.instrumentId }),
              confirmationTimeoutMs: deps.settings.depositConfirmationTimeoutMs,
            },
          ],
        }),
    );
    res
      .status(created ? 202 : 200)
      .location(`${req.baseUrl}/deposits/${payment.paymentId}`)
      .json(playerView(payment));
  });

  router.post('/withdrawals', async (req, res) => {
    const { 'idempotency-key': clientKey } = parseOrThrow(idempotencyKeyHeader, req.headers, 'header');
    const body = parseOrThrow(paymentRequestBody, req.body);
    requireOwnedBy(res, body.playerId, `No player ${body.playerId}`);
    const { payment, created } = await startWithdrawalSaga(deps, deps.settings, {
      request: body,
      clientKey,
      requestedBy: body.playerId,
    });
    res
      .status(created ? 202 : 200)
      .location(`${req.baseUrl}/withdrawals/${payment.paymentId}`)
      .json(playerView(payment));
  });

  for (const [path, prefix, kind] of [
    ['deposits', 'dep', 'DEPOSIT'],
    ['withdrawals', 'wd', 'WITHDRAWAL'],
  ] as const) {
    router.get(`/${path}/:paymentId`, async (req, res) => {
      const { paymentId } = parseOrThrow(paymentIdParam(prefix), req.params, 'path');
      const payment = await getPaymentDetail(deps.db, paymentId);
      if (!payment || payment.kind !== kind) throw notFound(`No ${kind.toLowerCase()} ${paymentId}`);
      requireOwnedBy(res, payment.playerId, `No ${kind.toLowerCase()} ${paymentId}`);
      res.json(playerView(payment));
    });
  }

  router.get('/players/:playerId/payment-instruments', async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    requireOwnedBy(res, playerId, `No player ${playerId}`);
    res.json({ items: await listPlayerInstruments(deps.db, playerId) });
  });

  router.post('/withdrawals/:paymentId/cancel', async (req, res) => {
    const { paymentId } = parseOrThrow(paymentIdParam('wd'), req.params, 'path');
    const { playerId } = parseOrThrow(cancelBody, req.body);
    requireOwnedBy(res, playerId, `No withdrawal ${paymentId} for player ${playerId}`);
    const payment = await getPaymentDetail(deps.db, paymentId);
    if (!payment || payment.playerId !== playerId) throw notFound(`No withdrawal ${paymentId} for player ${playerId}`);
    const handle = deps.temporal.workflow.getHandle(payment.workflowId);
    await updateOrProblem(
      () => handle.executeUpdate(cancelWithdrawalUpdate, { args: [{ playerId }] }),
      PaymentsErrorType.CancellationNotAllowed,
    );
    // The saga voids the reservation and closes the withdrawal right after accepting the cancellation.
    res.status(202).json({ ...playerView(payment), status: 'CANCELLING' });
  });

  return router;
}
