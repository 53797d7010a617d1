import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { Db } from './db';
import type { Logger } from './logger';

/** What a deduplicating consumer needs: its group (also its dedupe scope), the topic and the handler. */
export interface DedupedConsumerOptions {
  kafka: Kafka;
  db: Db;
  logger: Logger;
  groupId: string;
  topic: string;
  /** Must be idempotent: after a crash between handling and recording, the same event comes again. */
  handle: (message: KafkaMessage) => Promise<{ eventId: string } | undefined>;
}

/**
 * Consumes a topic at least once and skips events this consumer group already handled (by event id, recorded in
 * `consumed_events`), so a redelivery never repeats a side effect.
 */
export async function startDedupedConsumer(options: DedupedConsumerOptions): Promise<Consumer> {
  const { kafka, db, logger, groupId, topic, handle } = options;
  // A member killed with SIGKILL never says goodbye: the group waits out its session before handing its
  // partitions to the restarted process, so keep the session short (the broker's minimum is 6 s).
  const consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
  });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message, partition }) => {
      const eventId = message.headers?.eventId?.toString(); // set by the outbox relay
      if (eventId) {
        const seen = await db.query('SELECT 1 FROM consumed_events WHERE consumer = $1 AND event_id = $2', [
          groupId,
          eventId,
        ]);
        if (seen.rowCount) {
          logger.debug({ eventId, partition }, 'skipping an event already handled');
          return;
        }
      }
      const handled = await handle(message);
      if (handled) {
        await db.query('INSERT INTO consumed_events (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
          groupId,
          handled.eventId,
        ]);
      }
    },
  });
  return consumer;
}
