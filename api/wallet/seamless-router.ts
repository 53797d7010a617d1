import express, { Router, type Request, type Response } from 'express';
import type { z } from 'zod';
import { HttpProblemError, parseOrThrow } from '../../platform/http-errors';
import { verifyWalletRequest } from '../../domain/wallet/provider-signature';
import {
  balanceRequestSchema,
  betRequestSchema,
  rollbackRequestSchema,
  winRequestSchema,
  type SeamlessWallet,
  type WalletAnswer,
} from '../../domain/wallet/seamless-wallet';

const signatureDetail = {
  MISSING_HEADERS: 'X-Provider-Id, X-Timestamp and X-Signature are required',
  UNKNOWN_PROVIDER: 'X-Provider-Id names no known game provider',
  MALFORMED_TIMESTAMP: 'X-Timestamp must be Unix time in seconds',
  STALE_TIMESTAMP: 'X-Timestamp is outside the accepted window; check the clock, do not replay requests',
  BAD_SIGNATURE: 'X-Signature is not the HMAC-SHA256 of "<timestamp>.<body>" with this provider\'s secret',
} as const;

/**
 * The seamless-wallet API game providers call: balance, bet, win, rollback. Every request is signed over its
 * raw bytes, so this router reads the body itself instead of the app's JSON parser.
 */
export function createSeamlessWalletRouter(deps: {
  wallet: SeamlessWallet;
  secrets: ReadonlyMap<string, string>;
  toleranceSeconds: number;
}): Router {
  const router = Router();
  router.use(express.raw({ type: () => true, limit: '16kb' }));

  function authenticate(req: Request): { providerId: string; body: unknown } {
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const verdict = verifyWalletRequest({
      headers: {
        'x-provider-id': req.header('x-provider-id'),
        'x-timestamp': req.header('x-timestamp'),
        'x-signature': req.header('x-signature'),
      },
      rawBody,
      secrets: deps.secrets,
      toleranceSeconds: deps.toleranceSeconds,
    });
    if ('rejection' in verdict) {
      throw new HttpProblemError(401, 'Unauthorized', signatureDetail[verdict.rejection], { code: verdict.rejection });
    }
    try {
      return { providerId: verdict.providerId, body: JSON.parse(rawBody.toString('utf8')) };
    } catch (err) {
      throw new HttpProblemError(400, 'Malformed request', `The body is not JSON: ${(err as Error).message}`);
    }
  }

  function operation<S extends z.ZodType>(
    schema: S,
    run: (providerId: string, request: z.infer<S>) => Promise<WalletAnswer>,
  ) {
    return async (req: Request, res: Response) => {
      const { providerId, body } = authenticate(req);
      const answer = await run(providerId, parseOrThrow(schema, body));
      res.status(answer.status).type(answer.contentType).send(answer.body);
    };
  }

  router.post(
    '/balance',
    operation(balanceRequestSchema, (p, r) => deps.wallet.balance(p, r)),
  );
  router.post(
    '/bet',
    operation(betRequestSchema, (p, r) => deps.wallet.bet(p, r)),
  );
  router.post(
    '/win',
    operation(winRequestSchema, (p, r) => deps.wallet.win(p, r)),
  );
  router.post(
    '/rollback',
    operation(rollbackRequestSchema, (p, r) => deps.wallet.rollback(p, r)),
  );
  return router;
}
