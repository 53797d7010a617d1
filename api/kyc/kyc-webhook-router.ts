import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import express, { Router } from 'express';
import { z } from 'zod';
import { kycOnboardingWorkflowId } from '../../contracts/kyc';
import { noticeOf, recordKycCheckResult } from '../../domain/kyc/kyc-checks';
import { KycWebhookHeader, kycWebhookSchema, verifyKycWebhook } from '../../domain/kyc/kyc-webhook';
import type { Db } from '../../platform/db';
import { HttpProblemError, parseOrThrow, PlatformErrorCode } from '../../platform/http-errors';
import type { Logger } from '../../platform/logger';
import type { RateLimits } from '../../platform/rate-limit';
import { checkCompletedSignal } from '../../workflows/kyc/messages';

/** The largest webhook body read; a larger one is a 413 problem. */
export const KYC_WEBHOOK_BODY_LIMIT = '16kb';

/** Where the API mounts the KYC provider's webhooks. */
export const KYC_WEBHOOK_PATH = '/kyc/v1/webhooks';

/** Why the KYC provider's webhook is refused with 401, by `code`. */
export const kycWebhookRejectionDetail = {
  MISSING_HEADERS: 'X-Kyc-Timestamp (Unix seconds) and X-Kyc-Signature are required',
  STALE_TIMESTAMP: 'X-Kyc-Timestamp is outside the accepted window',
  BAD_SIGNATURE: 'X-Kyc-Signature is not the HMAC-SHA256 of "<timestamp>.<body>" with the KYC webhook secret',
} as const;

/** What the webhook answers once the result is stored. */
export const kycWebhookReceiptSchema = z
  .object({
    received: z.literal(true),
    duplicate: z.boolean().describe('True when this result was already stored (a redelivery): nothing changed.'),
  })
  .meta({ id: 'KycWebhookReceipt' });

/**
 * The KYC provider's webhooks: verified over the raw body, the check's result stored once (by the provider's check
 * id), then relayed to the player's onboarding workflow as a Signal. A duplicate is acknowledged and changes nothing;
 * a forged or malformed one is refused before anything is written. A workflow that is not running needs no Signal:
 * it reads the stored result (activity `kycCheckResults`).
 */
export function createKycWebhookRouter(deps: {
  db: Db;
  temporal: Client;
  logger: Logger;
  secret: string;
  toleranceSeconds: number;
  rateLimits: Pick<RateLimits, 'unsigned'>;
}): Router {
  const router = Router();
  router.post('/', express.raw({ type: () => true, limit: KYC_WEBHOOK_BODY_LIMIT }), async (req, res) => {
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const rejection = verifyKycWebhook({
      timestamp: req.header(KycWebhookHeader.timestamp),
      signature: req.header(KycWebhookHeader.signature),
      rawBody,
      secret: deps.secret,
      toleranceSeconds: deps.toleranceSeconds,
    });
    if (rejection) {
      deps.logger.warn({ rejection }, 'refused a KYC provider webhook');
      // Counted per address, so a forger's flood ends in 429s.
      await deps.rateLimits.unsigned.take(req.ip ?? 'unknown');
      throw new HttpProblemError(401, 'Unauthorized', kycWebhookRejectionDetail[rejection], { code: rejection });
    }
    let json: unknown;
    try {
      json = JSON.parse(rawBody.toString('utf8'));
    } catch (err) {
      throw new HttpProblemError(400, 'Malformed request', `The body is not JSON: ${(err as Error).message}`, {
        code: PlatformErrorCode.MalformedRequest,
      });
    }
    const report = parseOrThrow(kycWebhookSchema, json);
    const stored = await recordKycCheckResult(deps.db, report);
    if (!stored) {
      // Not ours, or not yet recorded: a 404 makes the provider retry later rather than lose the result.
      throw new HttpProblemError(404, 'Not Found', `no ${report.kind} check ${report.checkId} of that player`, {
        code: PlatformErrorCode.NotFound,
      });
    }
    const notice = noticeOf(stored.check);
    // Signalled on every delivery, duplicates included: if the first Signal was lost, a redelivery completes it.
    if (notice) {
      try {
        await deps.temporal.workflow
          .getHandle(kycOnboardingWorkflowId(stored.check.playerId))
          .signal(checkCompletedSignal, notice);
      } catch (err) {
        if (!(err instanceof WorkflowNotFoundError)) throw err; // no onboarding runs: the stored row is enough
      }
    }
    res.json({ received: true, duplicate: !stored.first } satisfies z.input<typeof kycWebhookReceiptSchema>);
  });
  return router;
}
