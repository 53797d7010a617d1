import type { Client, WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { benchSameShapeWorkflow } from '../workflows/ops/bench-same-shape';
import { benchSameShapeWorkflowId, OpsWorkflowType, type BenchSameShapeInput } from '../contracts/ops';
import { benchWebhookSignal } from '../workflows/ops/messages';
import {
  AmountMinorSearchAttribute,
  BrandSearchAttribute,
  BusinessIdSearchAttribute,
  BusinessStatusSearchAttribute,
  CurrencySearchAttribute,
  PlayerIdSearchAttribute,
} from '../workflows/search-attributes';

// How `npm run bench:payments` drives its same-shape baseline (workflows/ops/bench-same-shape.ts) the way the outside
// world drives a deposit: started with what the API starts a deposit with, and signalled the way the PSP's webhook
// is relayed, once the workflow waits for it.

const { EventType, HistoryEventFilterType } = temporal.api.enums.v1;

export type SameShapeHandle = WorkflowHandle<typeof benchSameShapeWorkflow>;

/**
 * Starts one same-shape workflow with the five search attributes, summary and details that the API's
 * `startPaymentSaga` gives a deposit, so the start costs the server what a deposit's start does.
 */
export async function startSameShape(
  client: Client,
  options: { taskQueue: string; runId: string; input: BenchSameShapeInput },
): Promise<SameShapeHandle> {
  const { input } = options;
  return client.workflow.start<typeof benchSameShapeWorkflow>(OpsWorkflowType.benchSameShape, {
    taskQueue: options.taskQueue,
    workflowId: benchSameShapeWorkflowId(options.runId),
    args: [input],
    staticSummary: `Same-shape baseline of npm run bench:payments: a deposit's steps as no-ops, ${input.amountMinor} ${input.currency} (minor units)`,
    staticDetails: `Run ${options.runId}; signalled by the benchmark where a deposit gets its PSP webhook`,
    typedSearchAttributes: [
      { key: BusinessIdSearchAttribute, value: options.runId },
      { key: PlayerIdSearchAttribute, value: input.playerId },
      { key: BrandSearchAttribute, value: 'bench' },
      { key: AmountMinorSearchAttribute, value: input.amountMinor },
      { key: CurrencySearchAttribute, value: input.currency },
      { key: BusinessStatusSearchAttribute, value: 'BENCH_REQUESTED' },
    ],
  });
}

/**
 * Sends the workflow its webhook signal once it waits for it: a long poll on its history (as `result()` does) until
 * the timer of its wait has started, the point where a deposit waits for the PSP. Returns false, having sent
 * nothing, if the workflow closed first. The caller bounds it with `client.withDeadline`. The long poll costs the
 * server a few history reads per workflow that a deposit does not ask for (its webhook reaches the API over HTTP),
 * so if anything it makes the same-shape figure a little low and the deposits' ratio to it a little kind.
 */
export async function signalWhenWaiting(handle: SameShapeHandle): Promise<boolean> {
  const { client } = handle;
  let nextPageToken: Uint8Array | undefined;
  for (;;) {
    const page = await client.workflowService.getWorkflowExecutionHistory({
      namespace: client.options.namespace,
      execution: { workflowId: handle.workflowId },
      waitNewEvent: true,
      historyEventFilterType: HistoryEventFilterType.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT,
      nextPageToken,
    });
    if (page.history?.events?.some((event) => event.eventType === EventType.EVENT_TYPE_TIMER_STARTED)) break;
    // A running workflow's history always has a next page to wait for; none means it closed.
    if (!page.nextPageToken?.length) return false;
    nextPageToken = page.nextPageToken;
  }
  await handle.signal(benchWebhookSignal, {
    attemptId: `${handle.workflowId}:1`,
    outcome: 'SUCCESS',
    pspReference: `bench-${handle.workflowId.slice(-12)}`,
  });
  return true;
}
