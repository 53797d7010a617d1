import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { RG_TASK_QUEUE, RgWorkflowType, type RgVulnerabilityCheckInput } from '../contracts/rg';
import {
  harmEventOf,
  harmMonitorBatch,
  RG_MONITOR_GROUP,
  RG_MONITORED_TOPICS,
  type HarmMonitorEffects,
} from '../domain/rg/harm/monitor-batch';
import { consumeInBatches } from '../platform/batch-consumer';
import { createPool } from '../platform/db';
import { createKafka } from '../platform/kafka';
import { runProcess } from '../platform/process';
import { lazyTemporalClient } from '../platform/temporal';
import { harmNoticeSignal } from '../workflows/rg/messages';
import { BusinessIdSearchAttribute, PlayerIdSearchAttribute } from '../workflows/search-attributes';

/** Long enough for a signal or a start under load; a failure rolls the batch back and Kafka delivers it again. */
const TEMPORAL_CALL_TIMEOUT_MS = 10_000;

// Markers of harm: consumes deposits, withdrawals and rg.events (limit increases, customer contact about gambling),
// keeping per-player hourly aggregates of them, and the wallet's bets, which only tell it whose play markers to look
// at (the play itself is in rg_play_hours, written by the bet path); derives markers and the harm score, tells the
// player's intervention (starting it), and starts financial vulnerability checks. A batch (one partition's messages)
// is one Postgres transaction: bets at thousands a second cost one facts query per batch, not a row per bet.
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
  await consumeInBatches({
    kafka: createKafka(config, logger),
    logger,
    groupId: RG_MONITOR_GROUP,
    topics: RG_MONITORED_TOPICS,
    describeBatch: 'monitored a batch for harm',
    // Deduped by event id in the batch's transaction (bets need none): a batch delivered again changes nothing.
    handleBatch: (topic, messages) =>
      harmMonitorBatch(
        db,
        messages.flatMap((m) => harmEventOf(topic, m.value) ?? []),
        effects,
      ),
    shutdown,
  });
  await temporal.connection.close();
  await db.end();
});
