import type { Queryable } from '../../platform/db';

/** The player a call is for: the SQL functions take (provider, transaction id, request hash, player, …). */
const playerOf = (call: WalletCall) => call.args[3];

/** One seamless-wallet call: which SQL function, and its arguments in order. */
export interface WalletCall {
  kind: 'BET' | 'WIN' | 'ROLLBACK';
  args: unknown[];
}

const singleCallSql: Record<WalletCall['kind'], string> = {
  BET: 'SELECT * FROM wallet_bet($1, $2, $3, $4, $5, $6, $7, $8, $9)',
  WIN: 'SELECT * FROM wallet_win($1, $2, $3, $4, $5, $6, $7, $8, $9)',
  ROLLBACK: 'SELECT * FROM wallet_rollback($1, $2, $3, $4, $5, $6, $7, $8)',
};

/** Postgres's serialization_failure: a concurrent call took the same provider transaction id first. */
const SERIALIZATION_FAILURE = '40001';

interface Pending {
  call: WalletCall;
  resolve: (row: Record<string, unknown>) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit for the per-bet path: the calls that arrive in the same turn of the event loop go to Postgres
 * together, as one `wallet_apply_batch` call in one transaction, instead of one round trip and one commit each.
 * A batch that fails as a whole (a deadlock, a concurrent claim of one id) is applied again call by call, so
 * each caller still gets exactly its own outcome.
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
    private readonly maxInFlight = 4,
    private readonly maxBatch = 64,
  ) {}

  apply(call: WalletCall): Promise<Record<string, unknown>> {
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
    if (batch.length > 1) {
      try {
        const { rows } = await this.db.query({
          name: 'wallet_apply_batch',
          text: 'SELECT ord, (outcome).* FROM wallet_apply_batch($1)',
          values: [JSON.stringify(batch.map((p, ord) => ({ ord, kind: p.call.kind, args: p.call.args })))],
        });
        for (const { ord, ...row } of rows) batch[ord as number]!.resolve(row);
        return;
      } catch {
        // fall through: apply each call on its own
      }
    }
    // One by one within a player, in arrival order (a rollback must not overtake its bet); players in parallel.
    const byPlayer = new Map<unknown, Pending[]>();
    for (const p of batch) byPlayer.set(playerOf(p.call), [...(byPlayer.get(playerOf(p.call)) ?? []), p]);
    await Promise.all(
      [...byPlayer.values()].map(async (calls) => {
        for (const p of calls) await this.applyOne(p.call).then(p.resolve, p.reject);
      }),
    );
  }

  private async applyOne(call: WalletCall): Promise<Record<string, unknown>> {
    const query = { name: `wallet_${call.kind.toLowerCase()}`, text: singleCallSql[call.kind], values: call.args };
    try {
      return (await this.db.query(query)).rows[0];
    } catch (err) {
      // Another player's call took this transaction id in the same instant; now its row is there to compare.
      if ((err as { code?: string }).code !== SERIALIZATION_FAILURE) throw err;
      return (await this.db.query(query)).rows[0];
    }
  }
}
