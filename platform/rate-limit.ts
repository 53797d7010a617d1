import type { RequestHandler, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { HttpProblemError, PlatformErrorCode } from './http-errors';

// rate-limiter-flexible (animir/node-rate-limiter-flexible): maintained, no dependencies, and not tied to Express, so
// the seamless wallet's plain Node handler and the Express routes count the same way. Counters are in this process's
// memory: a limit holds per API replica, and the wallet's hot path pays no round trip for it. The library's Postgres
// and Redis stores take the same calls, should a limit ever need to hold across replicas.

/** Requests allowed per window (a second unless set) per client of each kind of caller (RATE_LIMIT_* in config). */
export interface RateLimitSettings {
  player: number;
  wallet: number;
  pspWebhooks: number;
  /** Wallet calls and webhooks refused for their signature, per client address. */
  unsigned: number;
  /** The window the counts are over, in seconds; 1 unless set. */
  windowSeconds?: number;
}

/**
 * The defaults of the configuration, per second: generous, so that `bench:wallet` (about 2,000 calls a second from one
 * provider) and the chaos drill (up to 500 operations a second from one address) are never throttled. A production
 * player API behind a proxy wants a lower per-address figure.
 */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  player: 1_000,
  wallet: 10_000,
  pspWebhooks: 500,
  unsigned: 100,
};

/** A number of requests allowed per window per key; `take` answers whether one more may pass now. */
export class RateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(
    /** What is limited, for the refusal's detail: `player API requests`, ... */
    readonly what: string,
    readonly points: number,
    readonly windowSeconds = 1,
  ) {
    this.limiter = new RateLimiterMemory({ points, duration: windowSeconds });
  }

  /** Counts one request of `key`; throws the 429 problem (with Retry-After) when it is one too many. */
  async take(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      throw tooManyRequests(this, Math.max(1, Math.ceil(err.msBeforeNext / 1000)));
    }
  }
}

/** The 429 of a rate limit: `RATE_LIMITED`, with how long to wait in `Retry-After` and `retryAfterSeconds`. */
export function tooManyRequests(limit: RateLimit, retryAfterSeconds: number): HttpProblemError {
  return new HttpProblemError(
    429,
    'Too Many Requests',
    `more than ${limit.points} ${limit.what} in ${limit.windowSeconds} s: wait ${retryAfterSeconds} s`,
    { code: PlatformErrorCode.RateLimited, retryAfterSeconds },
    { 'retry-after': String(retryAfterSeconds) },
  );
}

/** The rate limits of one API: one counter per kind of caller, shared by every route of that caller. */
export interface RateLimits {
  player: RateLimit;
  wallet: RateLimit;
  pspWebhooks: RateLimit;
  unsigned: RateLimit;
}

export function createRateLimits(settings: RateLimitSettings = DEFAULT_RATE_LIMITS): RateLimits {
  const window = settings.windowSeconds ?? 1;
  return {
    player: new RateLimit('player API requests', settings.player, window),
    wallet: new RateLimit('wallet calls from this game provider', settings.wallet, window),
    pspWebhooks: new RateLimit('webhooks from this PSP', settings.pspWebhooks, window),
    unsigned: new RateLimit('wrongly signed requests from this address', settings.unsigned, window),
  };
}

/** Express middleware that counts each request against `limit`, by the key `keyOf` gives it. */
export function limitRequests(limit: RateLimit, keyOf: (req: Parameters<RequestHandler>[0], res: Response) => string) {
  const middleware: RequestHandler = (req, res, next) => {
    limit.take(keyOf(req, res)).then(() => next(), next);
  };
  return middleware;
}
