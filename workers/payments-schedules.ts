import { ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { knownPsps } from '../domain/payments/decline-taxonomy';
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';
import { connectTemporalClient } from '../platform/temporal';
import {
  PaymentsWorkflowType,
  PAYMENTS_TASK_QUEUE,
  reconciliationScheduleId,
  reconciliationWorkflowId,
} from '../contracts/payments';
import type { reconciliationWorkflow } from '../workflows/payments/reconciliation';
import { BusinessIdSearchAttribute } from '../workflows/search-attributes';

/**
 * The daily reconciliation Schedule (02:00 UTC, the previous day's settlement reports), created if missing.
 * On-demand runs go through the back-office API or `temporal schedule trigger --schedule-id payments:reconciliation:daily`.
 */
export async function ensureReconciliationSchedule({ config, logger }: { config: Config; logger: Logger }) {
  const client = await connectTemporalClient(config);
  try {
    await client.schedule.create<typeof reconciliationWorkflow>({
      scheduleId: reconciliationScheduleId,
      spec: { calendars: [{ hour: 2, minute: 0, comment: 'daily at 02:00 UTC' }] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      action: {
        type: 'startWorkflow',
        workflowType: PaymentsWorkflowType.reconciliation,
        workflowId: reconciliationWorkflowId('scheduled'),
        taskQueue: PAYMENTS_TASK_QUEUE,
        args: [{ psps: knownPsps }],
        staticSummary: 'Daily reconciliation of every PSP settlement report with the ledger',
        typedSearchAttributes: [{ key: BusinessIdSearchAttribute, value: 'daily' }],
      },
    });
    logger.info({ scheduleId: reconciliationScheduleId }, 'created the daily reconciliation schedule');
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  } finally {
    await client.connection.close();
  }
}
