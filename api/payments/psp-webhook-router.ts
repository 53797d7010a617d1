import type { z } from 'zod';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import express, { Router } from 'express';
import { findAttempt, recordAttemptOutcome, recordWebhookOnce } from '../../domain/payments/payments-repository';
import { classifyPaymentStatus } from '../../domain/payments/psp-adapter';
import { PspWebhookHeader, pspWebhookSchema, verifyPspWebhook } from '../../domain/payments/psp-webhook';
import type { Db } from '../../platform/db';
import { HttpProblemError, parseOrThrow, PlatformErrorCode } from '../../platform/http-errors';
import type { Logger } from '../../platform/logger';
import type { RateLimits } from '../../platform/rate-limit';
import { pspResultSignal } from '../../workflows/payments/messages';
import type { pspWebhookReceiptSchema } from './response-schemas';

/** The largest webhook body read; a larger one is a 413 problem. */
export const PSP_WEBHOOK_BODY_LIMIT = '32kb';

/** Why a PSP's webhook is refused with 401, by `code`. */
export const rejectionDetail = {
  UNKNOWN_PSP: 'no PSP of that name sends webhooks here',
  MISSING_HEADERS: 'X-Psp-Timestamp (Unix seconds) and X-Psp-Signature are required',
  STALE_TIMESTAMP: 'X-Psp-Timestamp is outside the accepted window',
  BAD_SIGNATURE: 'X-Psp-Signature is not the HMAC-SHA256 of "<timestamp>.<body>" with this PSP\'s secret',
} as const;

/**
 * PSP webhooks: verified over the raw body, stored once by the PSP's event id, and relayed to the payment's
 * saga as a Signal. A duplicate is acknowledged and changes nothing; a forged one is refused (401); a status
 * that arrives out of order is left to the saga, which keeps the first final word per attempt.
 */
export function createPspWebhookRouter(deps: {
  db: Db;
  temporal: Client;
  logger: Logger;
  secrets: ReadonlyMap<string, string>;
  toleranceSeconds: number;
  rateLimits: Pick<RateLimits, 'pspWebhooks' | 'unsigned'>;
}): Router {
  const router = Router();
  router.post('/:psp', express.raw({ type: () => true, limit: PSP_WEBHOOK_BODY_LIMIT }), async (req, res) => {
    const psp = String(req.params.psp);
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const rejection = verifyPspWebhook({
      psp,
      timestamp: req.header(PspWebhookHeader.timestamp),
      signature: req.header(PspWebhookHeader.signature),
      rawBody,
      secrets: deps.secrets,
      toleranceSeconds: deps.toleranceSeconds,
    });
    if (rejection) {
      deps.logger.warn({ psp, rejection }, 'refused a PSP webhook');
      // Counted per address, so a forger's flood ends in 429s without touching the PSPs' own budget.
      await deps.rateLimits.unsigned.take(req.ip ?? 'unknown');
      throw new HttpProblemError(401, 'Unauthorized', rejectionDetail[rejection], { code: rejection });
    }
    await deps.rateLimits.pspWebhooks.take(psp);
    let json: unknown;
    try {
      json = JSON.parse(rawBody.toString('utf8'));
    } catch (err) {
      throw new HttpProblemError(400, 'Malformed request', `The body is not JSON: ${(err as Error).message}`, {
        code: PlatformErrorCode.MalformedRequest,
      });
    }
    const event = parseOrThrow(pspWebhookSchema, json);
    if (event.psp !== psp) {
      const errors = [{ field: 'body.psp', message: `is ${event.psp}, not ${psp}` }];
      throw new HttpProblemError(400, 'Invalid request', `body.psp is ${event.psp}, not ${psp}`, {
        code: PlatformErrorCode.ValidationFailed,
        errors,
      });
    }

    const attempt = await findAttempt(deps.db, event.reference);
    if (!attempt || attempt.psp !== psp) {
      // Not ours (or not yet recorded): a 404 makes the PSP retry later rather than lose the event.
      throw new HttpProblemError(404, 'Not Found', `no ${psp} attempt with reference ${event.reference}`, {
        code: PlatformErrorCode.NotFound,
      });
    }
    const first = await recordWebhookOnce(deps.db, {
      psp,
      eventId: event.eventId,
      attemptId: event.reference,
      payload: event,
    });
    const answer = classifyPaymentStatus(
      psp,
      { pspReference: event.pspReference, status: event.status, code: event.code },
      0,
    );
    if (first && answer.outcome !== 'PENDING') {
      await recordAttemptOutcome(deps.db, event.reference, answer);
    }
    // Signalled on every delivery, duplicates included: if the first signal was lost, a redelivery completes it.
    try {
      await deps.temporal.workflow.getHandle(attempt.workflowId).signal(pspResultSignal, {
        attemptId: event.reference,
        outcome: answer.outcome,
        code: answer.code,
        pspReference: event.pspReference,
      });
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) throw err; // the saga already finished: nothing waits for it
    }
    res.json({ received: true, duplicate: !first } satisfies z.input<typeof pspWebhookReceiptSchema>);
  });
  return router;
}
