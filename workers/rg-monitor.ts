import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { RG_TASK_QUEUE, RgWorkflowType, type RgVulnerabilityCheckInput } from '../contracts/rg';
import {
  harmEventOf,
  harmMonitorBatch,
  RG_MONITOR_GROUP,
  RG_MONITORED_TOPICS,
  type HarmEvent,
  type HarmMonitorEffects,
} from '../domain/rg/harm/monitor-batch';
import { exposeConsumerLag } from '../platform/consumer-lag';
import { createPool } from '../platform/db';
import { unavailableEngineOf } from '../platform/engine-errors';
import { createKafka } from '../platform/kafka';
import { setReadiness } from '../platform/metrics';
import { runProcess, untilAborted } from '../platform/process';
import { retryUntilUp } from '../platform/reconnect';
import { lazyTemporalClient } from '../platform/temporal';
import { harmNoticeSignal } from '../workflows/rg/messages';
import { BusinessIdSearchAttribute, PlayerIdSearchAttribute } from '../workflows/search-attributes';

/** Long enough for a signal or a start under load; a failure rolls the batch back and Kafka delivers it again. */
const TEMPORAL_CALL_TIMEOUT_MS = 10_000;

// Markers of harm: consumes the wallet's transactions, deposits, withdrawals and rg.events (limit increases,
// customer contact about gambling), keeps per-player hourly aggregates, derives markers and the harm score, tells the
// player's intervention (starting it), and starts financial vulnerability checks. A batch (one partition's messages)
// is one Postgres transaction: bets at thousands a second cost one upsert per player and hour, not a row per bet.
runProcess('rg-monitor', async ({ config, logger, shutdown }) => {
  const db = createPool(config.databaseUrl, 4, {}, (err) => logger.warn({ err }, 'an idle database connection broke'));
  const temporal = lazyTemporalClient(config, TEMPORAL_CALL_TIMEOUT_MS);
  const effects: HarmMonitorEffects = {
    notifyIntervention: async (workflowId, input, notice) => {
      try {
        await temporal.workflow.signalWithStart(RgWorkflowType.intervention, {
          taskQueue: RG_TASK_QUEUE,
          workflowId,
          // A resolved intervention is never reopened: the player's next markers open the next one.
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
          args: [input],
          signal: harmNoticeSignal,
          signalArgs: [notice],
          typedSearchAttributes: [
            { key: PlayerIdSearchAttribute, value: input.playerId },
            { key: BusinessIdSearchAttribute, value: workflowId },
          ],
          staticSummary: `RG intervention ${input.n} of player ${input.playerId}`,
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        logger.info({ workflowId }, 'intervention resolved meanwhile; the next markers open the next one');
      }
    },
    startVulnerabilityCheck: async (check) => {
      const input: RgVulnerabilityCheckInput = { checkId: check.checkId, playerId: check.playerId };
      try {
        await temporal.workflow.start(RgWorkflowType.vulnerabilityCheck, {
          taskQueue: RG_TASK_QUEUE,
          workflowId: check.workflowId,
          args: [input],
          typedSearchAttributes: [
            { key: PlayerIdSearchAttribute, value: check.playerId },
            { key: BusinessIdSearchAttribute, value: check.checkId },
          ],
          staticSummary: `Financial vulnerability check ${check.checkId} of player ${check.playerId}`,
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
    },
  };
  const kafka = createKafka(config, logger);
  // Short session, as platform/deduped-consumer.ts explains: a killed member's partitions move on quickly.
  const consumer = kafka.consumer({
    groupId: RG_MONITOR_GROUP,
    allowAutoTopicCreation: false,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
  });
  const waitingFor = (err: unknown) => {
    const engine = unavailableEngineOf(err) ?? 'kafka';
    setReadiness({ ready: false, state: `waiting for ${engine}`, engines: { [engine]: 'down' } });
  };
  consumer.on(consumer.events.GROUP_JOIN, () =>
    setReadiness({ ready: true, state: `consuming ${RG_MONITORED_TOPICS.join(', ')}`, engines: { kafka: 'up' } }),
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
      await consumer.subscribe({ topics: [...RG_MONITORED_TOPICS], fromBeginning: true });
    },
    { logger, signal: shutdown, onFailure: waitingFor },
  );
  if (!shutdown.aborted) {
    await consumer.run({
      partitionsConsumedConcurrently: 3,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        if (!isRunning() || isStale()) return;
        const events: HarmEvent[] = [];
        for (const message of batch.messages) {
          const event = harmEventOf(batch.topic, message.value);
          if (event) events.push(event);
        }
        try {
          const result = await harmMonitorBatch(db, events, effects);
          logger.debug({ topic: batch.topic, partition: batch.partition, ...result }, 'monitored a batch for harm');
        } catch (err) {
          logger.error({ err, topic: batch.topic, partition: batch.partition }, 'harm monitoring failed; retried');
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
  exposeConsumerLag({ admin, groupId: RG_MONITOR_GROUP, topics: RG_MONITORED_TOPICS, logger });
  await Promise.race([untilAborted(shutdown), stoppedForGood]);
  await admin.disconnect();
  await consumer.disconnect();
  await temporal.connection.close();
  await db.end();
});
