import { createPool, type Db } from '../platform/db';
import { createIdempotentProducer, createKafka } from '../platform/kafka';
import type { Logger } from '../platform/logger';
import { OutboxRelay } from '../platform/outbox-relay';
import { runProcess } from '../platform/process';
import { retryUntilUp } from '../platform/reconnect';
import { setReadiness } from '../platform/metrics';
import { measureAtScrape, sloMetrics } from '../platform/slo-metrics';

/**
 * Outbox lag and backlog, measured from `outbox_events` when Prometheus scrapes this process. Both read only the
 * partial index of unpublished rows (`outbox_events_unpublished`), so a scrape costs the backlog, not the table.
 */
function exposeOutboxLag(db: Db, logger: Logger): void {
  measureAtScrape(
    [sloMetrics.outboxLag, sloMetrics.outboxBacklog],
    async () => {
      const { rows } = await db.query<{ unpublished: number; lagSeconds: number }>(
        `SELECT (SELECT count(*) FROM outbox_events WHERE published_at IS NULL)::INT AS unpublished,
                COALESCE((SELECT EXTRACT(EPOCH FROM clock_timestamp() - created_at) FROM outbox_events
                          WHERE published_at IS NULL ORDER BY id LIMIT 1), 0)::FLOAT8 AS "lagSeconds"`,
      );
      sloMetrics.outboxBacklog.set(rows[0]!.unpublished);
      sloMetrics.outboxLag.set(Math.max(0, rows[0]!.lagSeconds));
    },
    (err) => logger.warn({ err }, 'could not measure the outbox lag'),
  );
}

// Publishes the transactional outbox to Kafka.
// Neither engine is waited for before start: the producer connects with backoff, and the relay says on /ready what it
// waits for (platform/outbox-relay.ts).
runProcess('outbox-relay', async ({ config, logger, shutdown }) => {
  const db = createPool(config.databaseUrl, 3, {}, (err) => logger.warn({ err }, 'an idle database connection broke'));
  exposeOutboxLag(db, logger);
  const producer = createIdempotentProducer(createKafka(config, logger));
  await retryUntilUp('connecting to Kafka', () => producer.connect(), {
    logger,
    signal: shutdown,
    onFailure: () => setReadiness({ ready: false, state: 'waiting for kafka', engines: { kafka: 'down' } }),
  });
  try {
    await new OutboxRelay(db, producer, logger).run(shutdown);
  } finally {
    await producer.disconnect();
    await db.end();
  }
});
