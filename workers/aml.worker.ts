import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { createAmlCaseActivities } from '../activities/aml';
import { createAmlRetentionActivities } from '../activities/aml/retention-activities';
import { fileAlertIntoCase, UnknownAlertError } from '../domain/aml/alert-router';
import { amlCasePolicyOf } from '../domain/aml/case-policy';
import { amlAlertRaisedEvent } from '../domain/aml/events';
import { ensureAmlRetentionSchedule } from '../domain/aml/retention-schedule';
import { exposeConsumerLag } from '../platform/consumer-lag';
import type { Db } from '../platform/db';
import { startDedupedConsumer } from '../platform/deduped-consumer';
import { parseEvent } from '../platform/events';
import { createKafka } from '../platform/kafka';
import type { Logger } from '../platform/logger';
import { untilAborted } from '../platform/process';
import { retryUntilUp } from '../platform/reconnect';
import { runTemporalWorker } from '../platform/temporal-worker';
import { connectTemporalClient, lazyTemporalClient } from '../platform/temporal';
import {
  AML_TASK_QUEUE,
  AmlWorkflowType,
  amlRetentionScheduleId,
  amlCaseWorkflowId,
  type AmlAlertNotice,
  type AmlCaseInput,
  type AmlCasePolicy,
} from '../contracts/aml';
import { alertRaisedSignal } from '../workflows/aml/messages';
import {
  BusinessIdSearchAttribute,
  JurisdictionSearchAttribute,
  PlayerIdSearchAttribute,
} from '../workflows/search-attributes';
import { workflowCode } from './workflow-code';

/** Long enough for a signal under load; a signal that fails is simply delivered again by Kafka. */
const TEMPORAL_CALL_TIMEOUT_MS = 10_000;
const ROUTER_GROUP = 'aml-alert-router';

/**
 * Files one raised alert into its player's open case (opening one), then signal-with-starts the case's workflow.
 * The reuse policy REJECT_DUPLICATE means a closed case never gets a second run: if the case closed between the
 * filing and the signal, the close (domain/aml/cases.ts) found this alert filed but unknown to the workflow,
 * unfiled it and wrote its event again, so the router files it into the player's next case from that event.
 */
async function routeAlert(db: Db, temporal: Client, policy: AmlCasePolicy, alert: AmlAlertNotice, logger: Logger) {
  const filed = await fileAlertIntoCase(db, alert, policy);
  const input: AmlCaseInput = {
    caseId: filed.caseId,
    playerId: alert.playerId,
    jurisdiction: filed.jurisdiction,
    firstAlert: alert,
  };
  try {
    await temporal.workflow.signalWithStart(AmlWorkflowType.case, {
      taskQueue: AML_TASK_QUEUE,
      workflowId: amlCaseWorkflowId(filed.caseId),
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      args: [input],
      signal: alertRaisedSignal,
      signalArgs: [alert],
      typedSearchAttributes: [
        { key: PlayerIdSearchAttribute, value: alert.playerId },
        { key: BusinessIdSearchAttribute, value: filed.caseId },
        { key: JurisdictionSearchAttribute, value: filed.jurisdiction },
      ],
      staticSummary: `AML case ${filed.caseId} of player ${alert.playerId} (${filed.jurisdiction})`,
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    logger.info(
      { caseId: filed.caseId, alertId: alert.alertId },
      'case closed meanwhile; its close re-files the alert',
    );
  }
}

// Temporal worker of the AML task queue (case workflows, and the retention job's), and the risk.alerts router
// beside it: the one place alerts become cases.
runTemporalWorker({
  name: 'aml-worker',
  taskQueue: AML_TASK_QUEUE,
  activities: ({ db, config, logger }) => ({
    ...createAmlCaseActivities({
      db,
      temporal: lazyTemporalClient(config, TEMPORAL_CALL_TIMEOUT_MS),
      policy: amlCasePolicyOf(config), // a wrong AML_CASE_SLA stops the worker here, with a readable message
      logger,
    }),
    ...createAmlRetentionActivities({ db }),
  }),
  workflows: workflowCode,
  beforePolling: async ({ config, logger }) => {
    const client = await connectTemporalClient(config);
    try {
      if (await ensureAmlRetentionSchedule(client)) {
        logger.info({ scheduleId: amlRetentionScheduleId }, 'created the daily AML retention schedule');
      }
    } finally {
      await client.connection.close();
    }
  },
  alongside: async ({ db, config, logger, shutdown }) => {
    const temporal = lazyTemporalClient(config, TEMPORAL_CALL_TIMEOUT_MS);
    const policy = amlCasePolicyOf(config);
    const kafka = createKafka(config, logger);
    const { consumer, stoppedForGood } = await startDedupedConsumer({
      kafka,
      db,
      logger,
      shutdown,
      groupId: ROUTER_GROUP,
      topic: amlAlertRaisedEvent.topic,
      handle: async (message) => {
        const event = parseEvent(amlAlertRaisedEvent, message.value);
        if (!event) return undefined;
        try {
          await routeAlert(db, temporal, policy, event.payload, logger);
        } catch (err) {
          // The monitor writes the row and the event in one transaction: an event without its row cannot happen.
          if (!(err instanceof UnknownAlertError)) throw err;
          logger.error({ alertId: err.alertId }, 'alert event without its row; skipped');
        }
        return { eventId: event.eventId };
      },
    });
    const admin = kafka.admin();
    void retryUntilUp('connecting the lag reader to Kafka', () => admin.connect(), { logger, signal: shutdown });
    exposeConsumerLag({ admin, groupId: ROUTER_GROUP, topics: [amlAlertRaisedEvent.topic], logger });
    try {
      await Promise.race([untilAborted(shutdown), stoppedForGood]);
    } finally {
      await admin.disconnect();
      await consumer.disconnect();
      await temporal.connection.close();
    }
  },
});
