import { Counter } from 'prom-client';
import type { Queryable } from '../../platform/db';
import { unavailableEngineOf } from '../../platform/engine-errors';
import type { Logger } from '../../platform/logger';

interface CallBase {
  providerId: string;
  transactionId: string;
  /** The fingerprint of the request's meaning: the same id with another fingerprint is answered 409. */
  requestHash: string;
  playerId: string;
  currency: string;
  roundId: string;
  gameId: string;
}

/** What a win pays against: the round's live bets, or nothing (a prize the provider awards, funded apart). */
export const WinKind = { ROUND: 'ROUND', FREE_ROUND: 'FREE_ROUND', JACKPOT: 'JACKPOT', PROMO: 'PROMO' } as const;
export type WinKind = (typeof WinKind)[keyof typeof WinKind];

/** One seamless-wallet call, with the named fields `wallet_apply_batch` (sql/functions/) reads. */
export type WalletCall =
  | (CallBase & { kind: 'BET'; amountMinor: number; roundFinished: boolean })
  | (CallBase & { kind: 'WIN'; amountMinor: number; roundFinished: boolean; winKind: WinKind })
  | (CallBase & { kind: 'ROLLBACK'; referenceTransactionId: string });

/** A call's outcome: its wallet_provider_transactions row (or a REJECTED one) and the balance right after it. */
export type WalletOutcome = Record<string, unknown> & { cash_now_minor: number | null; bonus_now_minor: number | null };

/** Postgres's serialization_failure and unique_violation: a concurrent call took the same id or key first. */
const CONCURRENT_CLAIM = new Set(['40001', '23505']);

/** Batches that failed as a whole and were applied again call by call; `reason` is the Postgres error code. */
export const walletBatchFallbacks = new Counter({
  name: 'igaming_wallet_batch_fallbacks_total',
  help: 'Seamless-wallet batches that failed as a whole and were applied again one call at a time, by SQLSTATE.',
  labelNames: ['reason'] as const,
  registers: [],
});

interface Pending {
  call: WalletCall;
  resolve: (row: WalletOutcome) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit for the per-bet path: the calls that arrive in the same turn of the event loop go to Postgres
 * together, as one `wallet_apply_batch` call in one transaction, instead of one round trip and one commit each. A
 * lone call is a batch of one: there is one implementation of the rules. A batch that fails as a whole (a
 * deadlock, a concurrent claim of one id) is applied again call by call, each as a batch of one, so each caller
 * still gets exactly its own outcome; that fallback is logged and counted, since a steady rate of it means lost
 * throughput (or a bug).
 */
export class WalletCallBatcher {
  private queue: Pending[] = [];
  private flushScheduled = false;
  private inFlight = 0;

  /**
   * @param maxInFlight batches at once; while they are all out, new calls queue up and leave together as the
   *   next batch (group commit: the busier the wallet, the larger the batches, with no timer on the idle path)
   */
  constructor(
    private readonly db: Queryable,
    private readonly logger: Logger,
    private readonly maxInFlight = 4,
    private readonly maxBatch = 64,
  ) {}

  apply(call: WalletCall): Promise<WalletOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ call, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    while (this.queue.length > 0 && this.inFlight < this.maxInFlight) {
      this.inFlight += 1;
      void this.send(this.queue.splice(0, this.maxBatch)).finally(() => {
        this.inFlight -= 1;
        this.flush();
      });
    }
  }

  private async send(batch: Pending[]): Promise<void> {
    if (batch.length === 1) {
      await this.applyAlone(batch[0]!.call).then(batch[0]!.resolve, batch[0]!.reject);
      return;
    }
    try {
      const rows = await this.applyBatch(batch.map((p) => p.call));
      for (const { ord, ...row } of rows) batch[ord as number]!.resolve(row as WalletOutcome);
      return;
    } catch (err) {
      // A database that is down fails every call alike: say so at once rather than retry each call into the outage.
      if (unavailableEngineOf(err)) {
        for (const p of batch) p.reject(err);
        return;
      }
      const reason = (err as { code?: string }).code ?? 'unknown';
      walletBatchFallbacks.inc({ reason });
      this.logger.warn(
        { err, reason, calls: batch.length },
        'wallet batch failed as a whole; applying its calls one by one',
      );
    }
    // One by one within a player, in arrival order (a rollback must not overtake its bet); players in parallel.
    const byPlayer = new Map<string, Pending[]>();
    for (const p of batch) byPlayer.set(p.call.playerId, [...(byPlayer.get(p.call.playerId) ?? []), p]);
    await Promise.all(
      [...byPlayer.values()].map(async (calls) => {
        for (const p of calls) await this.applyAlone(p.call).then(p.resolve, p.reject);
      }),
    );
  }

  private async applyBatch(calls: WalletCall[]): Promise<(WalletOutcome & { ord: number })[]> {
    const { rows } = await this.db.query({
      name: 'wallet_apply_batch',
      text: 'SELECT ord, cash_now_minor, bonus_now_minor, (outcome).* FROM wallet_apply_batch($1)',
      values: [JSON.stringify(calls.map((call, ord) => ({ ord, ...call })))],
    });
    return rows;
  }

  /** A batch of one; retried once when another player's call took its id in the same instant. */
  private async applyAlone(call: WalletCall): Promise<WalletOutcome> {
    try {
      return (await this.applyBatch([call]))[0]!;
    } catch (err) {
      if (!CONCURRENT_CLAIM.has((err as { code?: string }).code ?? '')) throw err;
      return (await this.applyBatch([call]))[0]!;
    }
  }
}
