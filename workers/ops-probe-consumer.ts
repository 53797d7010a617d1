import { WorkflowNotFoundError } from '@temporalio/client';
import { probeRecordedEvent } from '../domain/ops/events';
import { exposeConsumerLag } from '../platform/consumer-lag';
import { createPool } from '../platform/db';
import { startDedupedConsumer } from '../platform/deduped-consumer';
import { parseEvent } from '../platform/events';
import { createKafka } from '../platform/kafka';
import { runProcess, untilAborted } from '../platform/process';
import { connectTemporalClient } from '../platform/temporal';
import { stackProbeWorkflowId } from '../contracts/ops';
import { probeEventDeliveredSignal } from '../workflows/ops/messages';

// Answers `ops.probe.recorded` events with a signal to the probe's workflow: the last leg of a stack probe.
runProcess('ops-probe-consumer', async ({ config, logger, shutdown, ready }) => {
  const db = createPool(config.databaseUrl, 3);
  const temporal = await connectTemporalClient(config);
  const kafka = createKafka(config, logger);
  const groupId = 'ops-probe-consumer';
  const consumer = await startDedupedConsumer({
    kafka,
    db,
    logger,
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
  await admin.connect();
  exposeConsumerLag({ admin, groupId, topics: [probeRecordedEvent.topic], logger });
  ready();
  await untilAborted(shutdown);
  await admin.disconnect();
  await consumer.disconnect();
  await temporal.connection.close();
  await db.end();
});
