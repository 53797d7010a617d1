import pg from 'pg';
import { activeTraceCarrier } from './telemetry-kafka';

// NUMERIC and BIGINT arrive as strings by default; money columns are BIGINT minor units that fit in a safe
// integer, and anything that does not is a bug to surface, never to round.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`BIGINT ${value} exceeds Number.MAX_SAFE_INTEGER`);
  return n;
});

export type Db = pg.Pool;
export type DbClient = pg.PoolClient;
/** Anything that runs a query: the pool or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'>;

export function createPool(databaseUrl: string, max = 10): Db {
  return new pg.Pool({ connectionString: databaseUrl, max, application_name: process.env.PROCESS_NAME });
}

/**
 * The setting through which a transaction hands its W3C trace context to SQL functions that write outbox rows
 * (`outbox_write`, sql/functions/outbox_write.sql): transaction-local, so it never leaks to
 * the pooled connection's next user.
 */
export const TRACE_CONTEXT_SETTING = 'backoffice.trace_context';

/**
 * Runs `work` in one transaction: committed when it resolves, rolled back (and rethrown) when it throws. Inside a
 * span, the transaction first stores the span's trace context in TRACE_CONTEXT_SETTING, so the outbox events its
 * SQL functions write join the trace; outside any span it costs nothing, not even a round trip.
 */
export async function withTransaction<T>(db: Db, work: (client: DbClient) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const traceContext = activeTraceCarrier();
    if (traceContext) {
      await client.query('SELECT set_config($1, $2, true)', [TRACE_CONTEXT_SETTING, JSON.stringify(traceContext)]);
    }
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** Creates database `name` on the server `serverUrl` points at, unless it exists (via that server's `postgres`). */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const adminUrl = new URL(serverUrl);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}
