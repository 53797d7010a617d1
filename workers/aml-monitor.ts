import {
  AML_MONITOR_GROUP,
  consumedEventOf,
  monitorBatch,
  MONITORED_TOPICS,
} from '../domain/aml/monitoring/monitor-batch';
import { seedStarterRules } from '../domain/aml/rules/rules-repository';
import { consumeInBatches } from '../platform/batch-consumer';
import { createPool } from '../platform/db';
import { createKafka } from '../platform/kafka';
import { runProcess } from '../platform/process';
import { retryUntilUp } from '../platform/reconnect';

// AML transaction monitoring: consumes the wallet's transactions, the deposits, the withdrawals and KYC changes,
// and evaluates the live rule versions on each payment and KYC event. A batch (kafkajs eachBatch, one partition's
// messages) is one Postgres transaction, so bets at thousands a second cost one upsert per player per batch, not a
// transaction per bet. Ordering caveat: Kafka orders a player's events within one topic (the key is the player
// id), not across topics, so a withdrawal may be evaluated before bets placed earlier on another topic have been
// consumed; facts are computed as of the event's time from what is recorded, and a back-test over recorded history
// sees the complete picture.
runProcess('aml-monitor', async ({ config, logger, shutdown }) => {
  const db = createPool(config.databaseUrl, 4, {}, (err) => logger.warn({ err }, 'an idle database connection broke'));
  await retryUntilUp(
    'seeding the starter AML rules',
    async () => {
      const seeded = await seedStarterRules(db);
      if (seeded > 0) logger.info({ seeded }, 'seeded the starter AML rules (version 1 live)');
    },
    { logger, signal: shutdown },
  );
  await consumeInBatches({
    kafka: createKafka(config, logger),
    logger,
    groupId: AML_MONITOR_GROUP,
    topics: MONITORED_TOPICS,
    describeBatch: 'monitored a batch',
    // Deduped by event id in the batch's transaction: a batch delivered again changes nothing.
    handleBatch: (topic, messages) =>
      monitorBatch(
        db,
        messages.flatMap((m) => consumedEventOf(topic, m.value) ?? []),
      ),
    shutdown,
  });
  await db.end();
});
