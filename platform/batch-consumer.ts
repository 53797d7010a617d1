import type { Kafka, KafkaMessage } from 'kafkajs';
import { exposeConsumerLag } from './consumer-lag';
import { unavailableEngineOf } from './engine-errors';
import type { Logger } from './logger';
import { setReadiness } from './metrics';
import { untilAborted } from './process';
import { retryUntilUp } from './reconnect';

/** What a batch consumer needs: its group, its topics and what to do with one partition's batch. */
export interface BatchConsumerOptions {
  kafka: Kafka;
  logger: Logger;
  groupId: string;
  topics: readonly string[];
  /** What a batch is to people reading the logs, e.g. `monitored a batch for harm`. */
  describeBatch: string;
  /**
   * Handles one partition's messages in one transaction of its own, and answers what the debug log shows. It must
   * be idempotent: a crash after it commits and before the offsets move delivers the same messages again.
   */
  handleBatch: (topic: string, messages: readonly KafkaMessage[]) => Promise<object>;
  /** Stops the first connection's retries, and the consumer (the process is shutting down). */
  shutdown: AbortSignal;
}

/**
 * Consumes `topics` batch by batch until the process shuts down (or kafkajs stops for good, which rejects), as the
 * monitors do: a short session (a killed member's partitions move on quickly, as platform/deduped-consumer.ts
 * explains), three partitions at once, offsets moved only after a batch was handled, readiness on /metrics while
 * an engine is down, and the group's lag as a gauge. Disconnects from Kafka when it returns.
 */
export async function consumeInBatches(options: BatchConsumerOptions): Promise<void> {
  const { kafka, logger, groupId, topics, shutdown } = options;
  const consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
    // Larger, fewer batches under load: the broker answers a fetch once 64 KiB (about a hundred wallet events)
    // are there, or after 200 ms. With kafkajs's default (an answer as soon as one byte is there) a busy topic
    // comes as a stream of small batches, each a fetch for the broker and a transaction for the monitor; a
    // monitor's work is per batch as much as per event (measured under bench:wallet).
    minBytes: 65_536,
    maxWaitTimeInMs: 200,
  });
  const waitingFor = (err: unknown) => {
    const engine = unavailableEngineOf(err) ?? 'kafka';
    setReadiness({ ready: false, state: `waiting for ${engine}`, engines: { [engine]: 'down' } });
  };
  consumer.on(consumer.events.GROUP_JOIN, () =>
    setReadiness({ ready: true, state: `consuming ${topics.join(', ')}`, engines: { kafka: 'up' } }),
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
      await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    },
    { logger, signal: shutdown, onFailure: waitingFor },
  );
  if (!shutdown.aborted) {
    await consumer.run({
      // Batches of different partitions in parallel: the bet topic's partitions keep up while a payment is handled.
      partitionsConsumedConcurrently: 3,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        if (!isRunning() || isStale()) return;
        const where = { topic: batch.topic, partition: batch.partition };
        try {
          logger.debug(
            { ...where, ...(await options.handleBatch(batch.topic, batch.messages)) },
            options.describeBatch,
          );
        } catch (err) {
          logger.error({ err, ...where }, `${options.describeBatch}: failed; retried`);
          throw err;
        }
        // Offsets move only after the batch's transaction committed: a crash before replays it.
        const last = batch.messages.at(-1);
        if (last) resolveOffset(last.offset);
        await heartbeat();
      },
    });
  }
  const admin = kafka.admin();
  void retryUntilUp('connecting the lag reader to Kafka', () => admin.connect(), { logger, signal: shutdown });
  exposeConsumerLag({ admin, groupId, topics, logger });
  try {
    await Promise.race([untilAborted(shutdown), stoppedForGood]);
  } finally {
    await admin.disconnect();
    await consumer.disconnect();
  }
}
