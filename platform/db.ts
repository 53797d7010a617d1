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

/**
 * How long a pool waits by default for a connection (a new one, or a free one from a full pool) before the call
 * fails: long enough for a busy worker's queue, short enough that a dead server is noticed and retried.
 */
const CONNECTION_TIMEOUT_MS = 10_000;

/** Bounds for a pool that serves requests with an answer-time bound (the API's 5 s). */
export interface PoolBounds {
  /** How long a call waits for a connection (default 10 s). */
  connectionTimeoutMs?: number;
  /** Server side: Postgres cancels a statement that runs longer (SQLSTATE 57014). */
  statementTimeoutMs?: number;
  /** Client side: a query without an answer by then fails, also when the server is frozen rather than gone. */
  queryTimeoutMs?: number;
}

/**
 * A connection pool. An idle client whose server goes away (a restart, a failover) emits `error` on the pool; with
 * no listener that would end the process, so it is only logged: the next query reconnects or fails on its own.
 */
export function createPool(
  databaseUrl: string,
  max = 10,
  bounds: PoolBounds = {},
  onIdleError: (err: Error) => void = () => undefined,
): Db {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max,
    application_name: process.env.PROCESS_NAME,
    connectionTimeoutMillis: bounds.connectionTimeoutMs ?? CONNECTION_TIMEOUT_MS,
    ...(bounds.statementTimeoutMs ? { statement_timeout: bounds.statementTimeoutMs } : {}),
    ...(bounds.queryTimeoutMs ? { query_timeout: bounds.queryTimeoutMs } : {}),
  });
  pool.on('error', onIdleError);
  return pool;
}

/**
 * The setting through which a transaction hands its W3C trace context to SQL functions that write outbox rows
 * (`outbox_write`, sql/functions/outbox_write.sql): transaction-local, so it never leaks to
 * the pooled connection's next user.
 */
export const TRACE_CONTEXT_SETTING = 'backoffice.trace_context';

/**
 * Runs `work` in one transaction: committed when it resolves, rolled back (and rethrown) when it throws. Inside a
 * span, the transaction also stores the span's trace context in TRACE_CONTEXT_SETTING, in the BEGIN's own round
 * trip, so the outbox events its SQL functions write join the trace; outside any span it costs nothing.
 */
export async function withTransaction<T>(db: Db, work: (client: DbClient) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    // One round trip either way: a simple-protocol query may carry two statements, and the transaction its BEGIN
    // opens stays open for `work`.
    const traceContext = activeTraceCarrier();
    const storeTraceContext = traceContext
      ? `; SELECT set_config('${TRACE_CONTEXT_SETTING}', ${client.escapeLiteral(JSON.stringify(traceContext))}, true)`
      : '';
    await client.query(`BEGIN${storeTraceContext}`);
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
