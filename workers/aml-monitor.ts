import {
  AML_MONITOR_GROUP,
  consumedEventOf,
  monitorBatch,
  MONITORED_TOPICS,
  type ConsumedEvent,
} from '../domain/aml/monitoring/monitor-batch';
import { seedStarterRules } from '../domain/aml/rules/rules-repository';
import { exposeConsumerLag } from '../platform/consumer-lag';
import { createPool } from '../platform/db';
import { unavailableEngineOf } from '../platform/engine-errors';
import { createKafka } from '../platform/kafka';
import { setReadiness } from '../platform/metrics';
import { runProcess, untilAborted } from '../platform/process';
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
  const kafka = createKafka(config, logger);
  // Short session, as platform/deduped-consumer.ts explains: a killed member's partitions move on quickly.
  const consumer = kafka.consumer({
    groupId: AML_MONITOR_GROUP,
    allowAutoTopicCreation: false,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
  });
  const waitingFor = (err: unknown) => {
    const engine = unavailableEngineOf(err) ?? 'kafka';
    setReadiness({ ready: false, state: `waiting for ${engine}`, engines: { [engine]: 'down' } });
  };
  consumer.on(consumer.events.GROUP_JOIN, () =>
    setReadiness({ ready: true, state: `consuming ${MONITORED_TOPICS.join(', ')}`, engines: { kafka: 'up' } }),
  );
  const stoppedForGood = new Promise<never>((_, reject) => {
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      waitingFor(payload.error);
      if (!payload.restart) reject(payload.error);
    });
  });
  stoppedForGood.catch(() => undefined);
  await retryUntilUp(
    'joining the consumer group',
    async () => {
      await consumer.connect();
      await consumer.subscribe({ topics: [...MONITORED_TOPICS], fromBeginning: true });
    },
    { logger, signal: shutdown, onFailure: waitingFor },
  );
  if (!shutdown.aborted) {
    await consumer.run({
      // Batches of different partitions in parallel: the bet topic's partitions keep up while a payment is evaluated.
      partitionsConsumedConcurrently: 3,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        if (!isRunning() || isStale()) return;
        const events: ConsumedEvent[] = [];
        for (const message of batch.messages) {
          const event = consumedEventOf(batch.topic, message.value);
          if (event) events.push(event);
        }
        try {
          const result = await monitorBatch(db, events);
          logger.debug({ topic: batch.topic, partition: batch.partition, ...result }, 'monitored a batch');
        } catch (err) {
          logger.error({ err, topic: batch.topic, partition: batch.partition }, 'monitoring a batch failed; retried');
          throw err;
        }
        // Offsets move only after the batch's transaction committed: a crash before replays it, deduped by event id.
        const last = batch.messages.at(-1);
        if (last) resolveOffset(last.offset);
        await heartbeat();
      },
    });
  }
  const admin = kafka.admin();
  void retryUntilUp('connecting the lag reader to Kafka', () => admin.connect(), { logger, signal: shutdown });
  exposeConsumerLag({ admin, groupId: AML_MONITOR_GROUP, topics: MONITORED_TOPICS, logger });
  await Promise.race([untilAborted(shutdown), stoppedForGood]);
  await admin.disconnect();
  await consumer.disconnect();
  await db.end();
});
