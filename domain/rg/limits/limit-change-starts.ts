import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import { defineSearchAttributeKey } from '@temporalio/common';
import {
  RG_TASK_QUEUE,
  rgLimitChangeWorkflowId,
  RgLimitChangeMessage,
  RgWorkflowType,
  type RgLimitChangeInput,
} from '../../../contracts/rg';
import { SearchAttribute } from '../../../contracts/search-attributes';

// How limit changes are started and told of a cancellation, in one place for the API: ids, task queue, summary and
// search attributes. The workflow is named by type, as workflow code is not imported outside the sandbox.

const PlayerIdKey = defineSearchAttributeKey(SearchAttribute.PlayerId.name, SearchAttribute.PlayerId.type);
const BusinessIdKey = defineSearchAttributeKey(SearchAttribute.BusinessId.name, SearchAttribute.BusinessId.type);
const BusinessStatusKey = defineSearchAttributeKey(
  SearchAttribute.BusinessStatus.name,
  SearchAttribute.BusinessStatus.type,
);

/**
 * How long the API waits for Temporal to start or signal a limit change: it does so inside the transaction that
 * records the change (with the player's row locked), so a Temporal that does not answer must fail it in time.
 */
const TEMPORAL_CALL_TIMEOUT_MS = 4_000;

/** Starts `rg:limit-change:<changeId>` for a change recorded as pending; a repeated start is a no-op. */
export async function startLimitChange(temporal: Client, input: RgLimitChangeInput): Promise<void> {
  try {
    await temporal.withDeadline(Date.now() + TEMPORAL_CALL_TIMEOUT_MS, () =>
      temporal.workflow.start(RgWorkflowType.limitChange, {
        taskQueue: RG_TASK_QUEUE,
        workflowId: rgLimitChangeWorkflowId(input.changeId),
        staticSummary:
          `Raise of the ${input.period} ${input.kind} limit of player ${input.playerId}: ` +
          `${input.coolingOffHours} h cooling-off${input.needsConfirmation ? ', then the player confirms' : ''}`,
        typedSearchAttributes: [
          { key: PlayerIdKey, value: input.playerId },
          { key: BusinessIdKey, value: input.changeId },
          { key: BusinessStatusKey, value: 'COOLING_OFF' },
        ],
        args: [input],
      }),
    );
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}

/**
 * Tells the workflows of changes cancelled in Postgres to end now (called in the transaction that cancels them, so
 * that a Temporal that cannot be reached cancels nothing). A workflow already ended has nothing to hear.
 */
export async function signalLimitChangesCancelled(temporal: Client, workflowIds: readonly string[]): Promise<void> {
  await Promise.all(
    workflowIds.map((id) =>
      temporal
        .withDeadline(Date.now() + TEMPORAL_CALL_TIMEOUT_MS, () =>
          temporal.workflow.getHandle(id).signal(RgLimitChangeMessage.cancel),
        )
        .catch((err: unknown) => {
          if (!(err instanceof WorkflowNotFoundError)) throw err;
        }),
    ),
  );
}
