import { WorkflowNotFoundError } from '@temporalio/client';
import { probeRecordedEvent } from '../domain/ops/events';
import { exposeConsumerLag } from '../platform/consumer-lag';
import { createPool } from '../platform/db';
import { startDedupedConsumer } from '../platform/deduped-consumer';
import { parseEvent } from '../platform/events';
import { createKafka } from '../platform/kafka';
import { runProcess, untilAborted } from '../platform/process';
import { retryUntilUp } from '../platform/reconnect';
import { lazyTemporalClient } from '../platform/temporal';
import { stackProbeWorkflowId } from '../contracts/ops';
import { probeEventDeliveredSignal } from '../workflows/ops/messages';

/** Long enough for a signal under load; a signal that fails is simply delivered again by Kafka. */
const TEMPORAL_CALL_TIMEOUT_MS = 10_000;

// Answers `ops.probe.recorded` events with a signal to the probe's workflow: the last leg of a stack probe.
// No engine is waited for before start: Kafka's consumer joins when it can, and an event whose signal or record fails
// (Temporal or Postgres down) is delivered again; /ready says what it waits for (platform/deduped-consumer.ts).
runProcess('ops-probe-consumer', async ({ config, logger, shutdown }) => {
  const db = createPool(config.databaseUrl, 3, {}, (err) => logger.warn({ err }, 'an idle database connection broke'));
  const temporal = lazyTemporalClient(config, TEMPORAL_CALL_TIMEOUT_MS);
  const kafka = createKafka(config, logger);
  const groupId = 'ops-probe-consumer';
  const { consumer, stoppedForGood } = await startDedupedConsumer({
    kafka,
    db,
    logger,
    shutdown,
    groupId,
    topic: probeRecordedEvent.topic,
    handle: async (message) => {
      const event = parseEvent(probeRecordedEvent, message.value);
      if (!event) return undefined;
      const workflowId = stackProbeWorkflowId(event.payload.probeId);
      try {
        await temporal.workflow
          .getHandle(workflowId)
          .signal(probeEventDeliveredSignal, { eventId: event.eventId, seenAt: new Date().toISOString() });
      } catch (err) {
        // A probe whose workflow is gone (finished, timed out, or its history reset) has nobody left to tell.
        if (!(err instanceof WorkflowNotFoundError)) throw err;
        logger.warn({ workflowId }, 'probe workflow not found; event dropped');
      }
      return { eventId: event.eventId };
    },
  });
  // The lag is read from the broker, as any operator would see it, so a stuck handler shows as growing lag.
  const admin = kafka.admin();
  void retryUntilUp('connecting the lag reader to Kafka', () => admin.connect(), { logger, signal: shutdown });
  exposeConsumerLag({ admin, groupId, topics: [probeRecordedEvent.topic], logger });
  await Promise.race([untilAborted(shutdown), stoppedForGood]);
  await admin.disconnect();
  await consumer.disconnect();
  await temporal.connection.close();
  await db.end();
});
