import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { Db } from './db';
import type { Logger } from './logger';
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
}

/**
 * Consumes a topic at least once and skips events this consumer group already handled (by event id, recorded in
 * `consumed_events`), so a redelivery never repeats a side effect. Each message is handled inside a consumer span
 * that continues the trace its headers carry (the outbox writer's), so the handler's queries and Temporal calls
 * join the trace of the request or activity that wrote the event.
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
  return consumer;

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
