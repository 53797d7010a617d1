import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { Db } from './db';
import { unavailableEngineOf } from './engine-errors';
import type { Logger } from './logger';
import { setReadiness } from './metrics';
import { retryUntilUp } from './reconnect';
import { backofficeTracer } from './telemetry';
import { traceContextOfHeaders } from './telemetry-kafka';

/** What a deduplicating consumer needs: its group (also its dedupe scope), the topic and the handler. */
export interface DedupedConsumerOptions {
  kafka: Kafka;
  db: Db;
  logger: Logger;
  groupId: string;
  topic: string;
  /** Must be idempotent: after a crash between handling and recording, the same event comes again. */
  handle: (message: KafkaMessage) => Promise<{ eventId: string } | undefined>;
  /** Stops the first connection's retries (the process is shutting down). */
  shutdown: AbortSignal;
}

/** A running consumer, and a promise that rejects if it stops for good (an error kafkajs does not restart after). */
export interface DedupedConsumer {
  consumer: Consumer;
  stoppedForGood: Promise<never>;
}

/**
 * Consumes a topic at least once and skips events this consumer group already handled (by event id, recorded in
 * `consumed_events`), so a redelivery never repeats a side effect. Each message is handled inside a consumer span
 * that continues the trace its headers carry (the outbox writer's), so the handler's queries and Temporal calls
 * join the trace of the request or activity that wrote the event.
 */
export async function startDedupedConsumer(options: DedupedConsumerOptions): Promise<DedupedConsumer> {
  const { kafka, db, logger, groupId, topic, handle, shutdown } = options;
  // A member killed with SIGKILL never says goodbye: the group waits out its session before handing its
  // partitions to the restarted process, so keep the session short (the broker's minimum is 6 s).
  const consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
  });
  // The process says on /ready whether it consumes, and otherwise which engine it waits for: kafkajs restarts a
  // crashed consumer by itself (a broker gone, or a handler failing on a database or Temporal that is down), so
  // the process rides the outage out and only an error kafkajs gives up on ends it.
  const waitingFor = (err: unknown) => {
    const engine = unavailableEngineOf(err) ?? 'kafka';
    setReadiness({ ready: false, state: `waiting for ${engine}`, engines: { [engine]: 'down' } });
  };
  consumer.on(consumer.events.GROUP_JOIN, () =>
    setReadiness({ ready: true, state: `consuming ${topic}`, engines: { kafka: 'up' } }),
  );
  const stoppedForGood = new Promise<never>((_, reject) => {
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      waitingFor(payload.error);
      if (!payload.restart) reject(payload.error);
    });
  });
  stoppedForGood.catch(() => undefined); // observed by the caller; never an unhandled rejection here
  await retryUntilUp(
    'joining the consumer group',
    async () => {
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
    },
    { logger, signal: shutdown, onFailure: waitingFor },
  );
  if (shutdown.aborted) return { consumer, stoppedForGood };
  await consumer.run({
    eachMessage: async ({ message, partition }) => {
      const eventId = message.headers?.eventId?.toString(); // set by the outbox relay
      const eventType = message.headers?.eventType?.toString();
      const span = backofficeTracer().startSpan(
        `${topic} process`,
        {
          kind: SpanKind.CONSUMER,
          attributes: {
            'messaging.system': 'kafka',
            'messaging.operation.type': 'process',
            'messaging.destination.name': topic,
            'messaging.consumer.group.name': groupId,
            'messaging.destination.partition.id': String(partition),
            'messaging.kafka.offset': Number(message.offset),
            ...(eventId ? { 'messaging.message.id': eventId } : {}),
          },
        },
        traceContextOfHeaders(message.headers),
      );
      // Log lines from here on carry the span's trace id (platform/logger.ts); per event only at debug, since a
      // busy topic carries thousands of events a second.
      await context.with(trace.setSpan(context.active(), span), async () => {
        try {
          if (await handleOnce(eventId, partition, message)) {
            logger.debug({ eventId, eventType, partition, offset: message.offset }, 'handled an event');
          }
        } catch (err) {
          span.recordException(err as Error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
          logger.error({ err, eventId, eventType, partition }, 'handling an event failed; Kafka delivers it again');
          throw err;
        } finally {
          span.end();
        }
      });
    },
  });
  return { consumer, stoppedForGood };

  /** Runs the handler unless the event was handled before; true when it ran. */
  async function handleOnce(eventId: string | undefined, partition: number, message: KafkaMessage): Promise<boolean> {
    if (eventId) {
      const seen = await db.query('SELECT 1 FROM consumed_events WHERE consumer = $1 AND event_id = $2', [
        groupId,
        eventId,
      ]);
      if (seen.rowCount) {
        logger.debug({ eventId, partition }, 'skipping an event already handled');
        return false;
      }
    }
    const handled = await handle(message);
    if (handled) {
      await db.query('INSERT INTO consumed_events (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        groupId,
        handled.eventId,
      ]);
    }
    return true;
  }
}
