import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { verifyWalletRequest } from '../../domain/wallet/provider-signature';
import {
  balanceRequestSchema,
  betRequestSchema,
  rollbackRequestSchema,
  winRequestSchema,
  type SeamlessWallet,
  type WalletAnswer,
} from '../../domain/wallet/seamless-wallet';
import {
  HttpProblemError,
  parseOrThrow,
  PlatformErrorCode,
  writeKnownProblem,
  writeProblem,
} from '../../platform/http-errors';
import { clientAddressOf, type TrustFunction } from '../../platform/client-address';
import type { Logger } from '../../platform/logger';
import type { RateLimits } from '../../platform/rate-limit';
import { logRequestWhenDone } from '../../platform/telemetry-http';
import { exposeSloMetrics, sloMetrics } from '../../platform/slo-metrics';

/** Why a game provider's call is refused with 401, by `code`. */
export const signatureDetail = {
  MISSING_HEADERS: 'X-Provider-Id, X-Timestamp and X-Signature are required',
  UNKNOWN_PROVIDER: 'X-Provider-Id names no known game provider',
  MALFORMED_TIMESTAMP: 'X-Timestamp must be Unix time in seconds',
  STALE_TIMESTAMP: 'X-Timestamp is outside the accepted window; check the clock, do not replay requests',
  BAD_SIGNATURE: 'X-Signature is not the HMAC-SHA256 of "<timestamp>.<body>" with this provider\'s secret',
} as const;

/** Where the seamless-wallet API lives; the API process routes these paths here before Express. */
export const SEAMLESS_WALLET_PATH = /^\/wallet\/v1\/(balance|bet|win|rollback)(?:\?.*)?$/;
/** The largest wallet request read; a larger one is a 413 problem. */
export const MAX_BODY_BYTES = 16 * 1024;

/** A problem body from the wallet's rules, with `instance` and `requestId` as every problem of the API has them. */
function withRequestFacts(problemJson: string, instance: string, requestId: string): string {
  return JSON.stringify({ ...(JSON.parse(problemJson) as Record<string, unknown>), instance, requestId });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        const detail = `a wallet request is at most ${MAX_BODY_BYTES} bytes`;
        reject(new HttpProblemError(413, 'Payload Too Large', detail, { code: PlatformErrorCode.PayloadTooLarge }));
        req.resume();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

// Label objects built once: this runs for every bet.
const ACCEPTED = { result: 'accepted' } as const;
const REFUSED = { result: 'refused' } as const;
const UNAUTHENTICATED = { result: 'unauthenticated' } as const;
const ABANDONED = { result: 'abandoned' } as const;

/**
 * Times a bet call from request received to answer sent, or to the client hanging up first (`abandoned`: the game
 * provider gave up, so these are the slowest bets). On 'close', which comes in both cases; 'finish' never comes
 * for a response the client did not wait for. Unsigned or badly signed calls (401) are `unauthenticated`, which
 * the SLO leaves out: no bet was accepted or refused, and their quick answers would flatter the p99.
 */
function observeBetAcceptance(res: ServerResponse): void {
  const stop = sloMetrics.betAcceptance.startTimer();
  res.once('close', () =>
    stop(
      !res.writableFinished
        ? ABANDONED
        : res.statusCode < 300
          ? ACCEPTED
          : res.statusCode === 401
            ? UNAUTHENTICATED
            : REFUSED,
    ),
  );
}

/**
 * The seamless-wallet API game providers call: balance, bet, win, rollback. It is the per-bet hot path, so it is
 * a plain Node request handler (no Express routing or middleware per call); every request is signed over its
 * raw bytes, read here. Errors are the same `application/problem+json` answers as the rest of the API. It needs
 * Postgres only: bets go on while Temporal or Kafka is down.
 */
export function createSeamlessWalletHandler(deps: {
  wallet: SeamlessWallet;
  secrets: ReadonlyMap<string, string>;
  toleranceSeconds: number;
  logger: Logger;
  rateLimits: Pick<RateLimits, 'wallet' | 'unsigned'>;
  /** The proxies to believe about the client's address (TRUST_PROXY), for refused signatures. */
  trust: TrustFunction;
}): (req: IncomingMessage, res: ServerResponse) => void {
  const operations: Record<string, (providerId: string, body: unknown) => Promise<WalletAnswer>> = {
    balance: (p, body) => deps.wallet.balance(p, parse(balanceRequestSchema, body)),
    bet: (p, body) => deps.wallet.bet(p, parse(betRequestSchema, body)),
    win: (p, body) => deps.wallet.win(p, parse(winRequestSchema, body)),
    rollback: (p, body) => deps.wallet.rollback(p, parse(rollbackRequestSchema, body)),
  };
  const parse = <S extends z.ZodType>(schema: S, body: unknown): z.infer<S> => parseOrThrow(schema, body);
  exposeSloMetrics(sloMetrics.betAcceptance);

  async function handle(req: IncomingMessage, res: ServerResponse, url: string, requestId: string): Promise<void> {
    const operation = operations[SEAMLESS_WALLET_PATH.exec(url)?.[1] ?? ''];
    if (!operation) {
      throw new HttpProblemError(404, 'Not Found', `No route for ${req.method} ${url}`, {
        code: PlatformErrorCode.NotFound,
      });
    }
    if (req.method !== 'POST') {
      const code = PlatformErrorCode.MethodNotAllowed;
      throw new HttpProblemError(405, 'Method Not Allowed', 'wallet calls are POST', { code });
    }
    const rawBody = await readBody(req);
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const verdict = verifyWalletRequest({
      headers: {
        'x-provider-id': header('x-provider-id'),
        'x-timestamp': header('x-timestamp'),
        'x-signature': header('x-signature'),
      },
      rawBody,
      secrets: deps.secrets,
      toleranceSeconds: deps.toleranceSeconds,
    });
    if ('rejection' in verdict) {
      // Counted per address, so a forger's flood ends in 429s without touching the providers' own budget.
      await deps.rateLimits.unsigned.take(clientAddressOf(req, deps.trust));
      throw new HttpProblemError(401, 'Unauthorized', signatureDetail[verdict.rejection], { code: verdict.rejection });
    }
    await deps.rateLimits.wallet.take(verdict.providerId);
    let body: unknown;
    try {
      body = JSON.parse(rawBody.toString('utf8'));
    } catch (err) {
      throw new HttpProblemError(400, 'Malformed request', `The body is not JSON: ${(err as Error).message}`, {
        code: PlatformErrorCode.MalformedRequest,
      });
    }
    const answer = await operation(verdict.providerId, body);
    // A refusal is a problem like any other: it names the request and its id (an accepted call's bytes stay as
    // recorded, so a repeat gets the first answer byte for byte).
    const text = answer.status >= 400 ? withRequestFacts(answer.body, url, requestId) : answer.body;
    res.writeHead(answer.status, { 'content-type': answer.contentType, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  return (req, res) => {
    // Mounted in Express (tests, `createApp`) the URL is relative to the mount; served directly it is whole.
    const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
    if (SEAMLESS_WALLET_PATH.exec(url)?.[1] === 'bet') observeBetAcceptance(res);
    const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
    res.setHeader('X-Request-Id', requestId);
    // Per call at debug only: a thousand a second would drown the API's log.
    if (deps.logger.isLevelEnabled('debug')) logRequestWhenDone(deps.logger, 'debug', req, res, requestId);
    handle(req, res, url, requestId).catch((err: unknown) => {
      // Answered already by the API's bound (api/app.ts): the provider has its 503 and repeats the call.
      if (res.headersSent) return;
      // A down Postgres is a 503 with Retry-After: the provider retries, and the call's idempotency makes that safe.
      if (writeKnownProblem(res, err, url, requestId)) return;
      // A provider that hung up mid-request (abandoned, counted as such) is no fault of ours, and has nobody to answer.
      if (req.destroyed && (err as NodeJS.ErrnoException).code === 'ECONNRESET') return;
      deps.logger.error({ err, requestId, url }, 'unhandled error');
      writeProblem(res, 500, {
        title: 'Internal Server Error',
        code: PlatformErrorCode.InternalError,
        detail: 'An unexpected error occurred; quote the request id to support.',
        instance: url,
        requestId,
      });
    });
  };
}
