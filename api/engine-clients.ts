import type { Client } from '@temporalio/client';
import type { Admin } from 'kafkajs';
import type { Config } from '../platform/config';
import { createPool, type Db, type PoolBounds } from '../platform/db';
import { createKafka } from '../platform/kafka';
import type { Logger } from '../platform/logger';
import { retryUntilUp } from '../platform/reconnect';
import { lazyTemporalClient } from '../platform/temporal';

/**
 * Every Temporal call of a request gets this long (a payment's start too, within its database transaction), so
 * that a request answers within ENGINE_ANSWER_BOUND_MS (platform/http-errors.ts) even when Temporal does not.
 */
export const TEMPORAL_CALL_TIMEOUT_MS = 4_000;

/**
 * The API's pools answer within its bound: a connection within 3 s (a dead server refuses at once; a full pool
 * waits for a free client that long), a statement within 4 s on the server, any answer within 4.5 s on the
 * client (a server that accepts connections and never answers).
 */
const API_POOL_BOUNDS: PoolBounds = { connectionTimeoutMs: 3_000, statementTimeoutMs: 4_000, queryTimeoutMs: 4_500 };

/** The API's calls to Kafka (the Operations page's consumer lag) fail within the bound rather than retry for 30 s. */
const API_KAFKA_BOUNDS = {
  connectionTimeout: 1_000,
  requestTimeout: 3_000,
  retry: { retries: 1, maxRetryTime: 2_000 },
};

/** The API's connections to the engines; it waits for none of them to start, serve and report on `/health`. */
export interface ApiEngines {
  db: Db;
  /** A small pool for the Operations page's SLO reads, apart from `db` (which serves the seamless wallet). */
  sloDb: Db;
  temporal: Client;
  kafkaAdmin: Admin;
  close(): Promise<void>;
}

/**
 * Opens the API's engines without waiting for any: Temporal connects on its first call, Kafka's admin connects in
 * the background with backoff, and pools connect per query. A route that needs an engine that is down answers 503
 * (platform/http-errors.ts); the others, the seamless wallet among them, go on.
 */
export function openApiEngines(config: Config, logger: Logger, poolSize = config.DATABASE_POOL_SIZE): ApiEngines {
  const onIdleError = (err: Error) => logger.warn({ err }, 'an idle database connection broke');
  const db = createPool(config.databaseUrl, poolSize, API_POOL_BOUNDS, onIdleError);
  const sloDb = createPool(config.databaseUrl, 2, API_POOL_BOUNDS, onIdleError);
  const temporal = lazyTemporalClient(config, TEMPORAL_CALL_TIMEOUT_MS);
  const kafkaAdmin = createKafka(config, logger, API_KAFKA_BOUNDS).admin();
  const stopConnecting = new AbortController();
  const kafkaConnected = retryUntilUp('connecting to Kafka', () => kafkaAdmin.connect(), {
    logger,
    signal: stopConnecting.signal,
  });
  return {
    db,
    sloDb,
    temporal,
    kafkaAdmin,
    close: async () => {
      stopConnecting.abort();
      await kafkaConnected;
      await kafkaAdmin.disconnect();
      await temporal.connection.close();
      await sloDb.end();
      await db.end();
    },
  };
}
