import { proxyActivities, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { PaymentsActivities } from '../../activities/payments';
import { internalDbWrite } from '../activity-presets';
import { BusinessStatusSearchAttribute } from '../search-attributes';
import type { ReconciliationInput, ReconciliationResult } from '../../contracts/payments';

const { reconcilePsp } = proxyActivities<PaymentsActivities>({ ...internalDbWrite, startToCloseTimeout: '2 minutes' });

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reconciliation: each PSP's settlement report for a window, compared with the ledger; every mismatch is
 * recorded for payments ops. The daily Schedule passes no window and gets the previous UTC day.
 */
export async function reconciliationWorkflow(input: ReconciliationInput): Promise<ReconciliationResult> {
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const from = input.from ?? new Date(today - DAY_MS).toISOString();
  const to = input.to ?? new Date(today).toISOString();
  const runId = input.runId ?? workflowInfo().workflowId.replace(/[^A-Za-z0-9_-]/g, '_');
  const runs = [];
  for (const psp of input.psps) {
    runs.push(await reconcilePsp({ runId: `${runId}-${psp}`, psp, from, to }));
  }
  const mismatches = runs.reduce((sum, r) => sum + r.mismatches, 0);
  upsertSearchAttributes([
    { key: BusinessStatusSearchAttribute, value: mismatches ? 'MISMATCHES_FOUND' : 'RECONCILED' },
  ]);
  return { from, to, runs, mismatches };
}
