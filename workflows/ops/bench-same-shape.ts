import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { createOpsActivities } from '../../activities/ops';
import { externalPspCall, internalDbWrite, readModelWrite } from '../activity-presets';
import {
  AmountMinorSearchAttribute,
  BusinessStatusSearchAttribute,
  CurrencySearchAttribute,
  PlayerIdSearchAttribute,
  PspSearchAttribute,
} from '../search-attributes';
import { OpsErrorType, type BenchSameShapeInput } from '../../contracts/ops';
import { benchWebhookSignal } from './messages';

type OpsActivities = ReturnType<typeof createOpsActivities>;
// The deposit's presets, one per kind of step it takes, so timeouts and retry policies are the deposit's too.
const { noop: dbWrite } = proxyActivities<OpsActivities>(internalDbWrite);
const { noop: pspCall } = proxyActivities<OpsActivities>(externalPspCall);
const { noop: readModelStep } = proxyLocalActivities<OpsActivities>(readModelWrite);

/**
 * The same-shape baseline of `npm run bench:payments`: a bare workflow that asks Temporal for exactly what a
 * successful deposit does (`workflows/payments/deposit.ts`, card deposit through cardpay, which answers PENDING and
 * confirms by webhook), with no-op steps, so deposits/s reads as a share of what the engine allows for that shape.
 *
 * A credited deposit on the happy path, in order (6 workflow tasks; see the recorded
 * `workflows/payments/histories/chaos-deposit-workflow-task-timed-out.json`):
 *
 * | # | deposit                                                            | Temporal                      |
 * |---|--------------------------------------------------------------------|-------------------------------|
 * | 1 | `paymentStory()`: PlayerId, AmountMinor, Currency                  | search-attribute upsert (3)   |
 * | 2 | `checkDeposit`                                                     | activity, internalDbWrite     |
 * | 3 | `routePayment`                                                     | activity, internalDbWrite     |
 * | 4 | `story.note('ROUTED')` → `recordPaymentStep`                       | local activity                |
 * | 5 | `story.moveTo(AUTHORISING)` (`pspAttempts.walk`'s `onAttempt`)     | upsert (2) + local activity   |
 * | 6 | `sendToPsp` (cardpay answers PENDING)                              | activity, externalPspCall     |
 * | 7 | `note('PSP_ATTEMPT')`                                              | local activity                |
 * | 8 | `settle()`: `condition(webhook, confirmationTimeoutMs)`            | timer started; one Signal     |
 * |   | the PSP's webhook → `pspResultSignal` → the timer is cancelled     | (`pspResultSignal`)           |
 * | 9 | `note('PSP_FINAL_STATUS')`                                         | local activity                |
 * |10 | `story.moveTo(CREDITING, 'CAPTURED')`                              | upsert (2) + local activity   |
 * |11 | `creditCapturedDeposit`                                            | activity, internalDbWrite     |
 * |12 | `finish(CREDITED)` → `story.moveTo(CREDITED)`                      | upsert (1) + local activity   |
 *
 * In all: 4 activities (3 internalDbWrite, 1 externalPspCall), 6 local activities (readModelWrite), 4 upserts
 * (8 keys), 1 timer started and cancelled, 1 Signal. `workflows/ops/bench-same-shape.test.ts` holds a recorded
 * run of this workflow to the recorded deposit, event for event; change both together.
 *
 * Waiting: the bench sends `benchWebhookSignal` once this workflow's timer has started, i.e. once it waits where
 * the deposit waits for the webhook. What a deposit does outside Temporal (API, Postgres, the PSP simulator and
 * its webhook delay) is what the ratio to this workflow measures.
 */
export async function benchSameShapeWorkflow(input: BenchSameShapeInput): Promise<void> {
  let webhook: { attemptId: string } | undefined;
  setHandler(benchWebhookSignal, (result) => {
    webhook ??= result;
  });
  const step = (type: string) => ({ stepKey: type, type, actor: 'system', ...input });
  const moveTo = async (status: string, psp?: string) => {
    upsertSearchAttributes([
      { key: BusinessStatusSearchAttribute, value: status },
      ...(psp ? [{ key: PspSearchAttribute, value: psp }] : []),
    ]);
    await readModelStep(step(status));
  };

  upsertSearchAttributes([
    { key: PlayerIdSearchAttribute, value: input.playerId },
    { key: AmountMinorSearchAttribute, value: input.amountMinor },
    { key: CurrencySearchAttribute, value: input.currency },
  ]);
  await dbWrite(input); // checkDeposit
  await dbWrite(input); // routePayment
  await readModelStep(step('ROUTED'));
  await moveTo('BENCH_AUTHORISING', input.psp);
  await pspCall(input); // sendToPsp: PENDING
  await readModelStep(step('PSP_ATTEMPT'));
  if (!(await condition(() => webhook !== undefined, input.confirmationTimeoutMs))) {
    throw ApplicationFailure.create({
      type: OpsErrorType.BenchSignalNotDelivered,
      message: `no ${benchWebhookSignal.name} signal within ${input.confirmationTimeoutMs} ms`,
      nonRetryable: true,
    });
  }
  await readModelStep(step('PSP_FINAL_STATUS'));
  await moveTo('BENCH_CREDITING', input.psp);
  await dbWrite(input); // creditCapturedDeposit
  await moveTo('BENCH_CREDITED');
  await condition(allHandlersFinished);
}
