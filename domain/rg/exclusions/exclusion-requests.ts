import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure, defineSearchAttributeKey, WorkflowIdReusePolicy } from '@temporalio/common';
import {
  RG_TASK_QUEUE,
  RgExclusionErrorType,
  RgExclusionKind,
  RgWorkflowType,
  type RgExclusionInput,
} from '../../../contracts/rg';
import type { Db } from '../../../platform/db';
import { SearchAttribute } from '../../../contracts/search-attributes';
import { findExclusion, startExclusion, type NewExclusion, type RgExclusionView } from './exclusions';

// The SDK's keys of the contract's search attributes (workflows/search-attributes.ts is for workflow code).
const { PlayerId, BusinessId, BusinessStatus } = SearchAttribute;
const PlayerIdSearchAttribute = defineSearchAttributeKey(PlayerId.name, PlayerId.type);
const BusinessIdSearchAttribute = defineSearchAttributeKey(BusinessId.name, BusinessId.type);
const BusinessStatusSearchAttribute = defineSearchAttributeKey(BusinessStatus.name, BusinessStatus.type);

/** How long the workflow's start may take inside the exclusion's transaction. */
const START_TIMEOUT_MS = 4_000;

/** Thrown when the player's return request is refused (a time-out, too early, twice); nothing changed. */
export class RgExclusionReturnRefusedError extends Error {
  constructor(
    readonly code: RgExclusionErrorType,
    message: string,
  ) {
    super(message);
    this.name = 'RgExclusionReturnRefusedError';
  }
}

/**
 * A time-out or self-exclusion asked by the player or by an agent for them: its rows, the covered accounts, events
 * and audit entry, and its workflow `rg:exclusion:<id>`, all or nothing (startExclusion).
 */
export async function requestExclusion(
  deps: { db: Db; temporal: Client },
  request: NewExclusion,
): Promise<{ exclusion: RgExclusionView; coveredPlayerIds: string[] }> {
  return startExclusion(deps.db, request, async (exclusion, coveredPlayerIds) => {
    const input: RgExclusionInput = {
      exclusionId: exclusion.exclusionId,
      playerId: exclusion.playerId,
      kind: exclusion.kind,
      endsAt: exclusion.endsAt,
      requestedBy: exclusion.requestedBy,
      coveredPlayerIds,
    };
    const what = exclusion.kind === RgExclusionKind.TIME_OUT ? 'Time-out' : 'Self-exclusion';
    await deps.temporal.withDeadline(Date.now() + START_TIMEOUT_MS, () =>
      deps.temporal.workflow.start(RgWorkflowType.exclusion, {
        taskQueue: RG_TASK_QUEUE,
        workflowId: exclusion.workflowId,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        staticSummary: `${what} ${exclusion.exclusionId} of player ${exclusion.playerId} until ${exclusion.endsAt}`,
        staticDetails:
          coveredPlayerIds.length > 0
            ? `Also covers the same person's accounts ${coveredPlayerIds.join(', ')}`
            : 'Covers this account only',
        typedSearchAttributes: [
          { key: BusinessIdSearchAttribute, value: exclusion.exclusionId },
          { key: PlayerIdSearchAttribute, value: exclusion.playerId },
          { key: BusinessStatusSearchAttribute, value: exclusion.status },
        ],
        args: [input],
      }),
    );
  });
}

/**
 * The player asks to return from their self-exclusion `exclusionId`: the workflow's Update records it and answers
 * when the cooling-off ends. Undefined when the player has no such exclusion (another player's is unknown too).
 */
export async function requestExclusionReturn(
  deps: { db: Db; temporal: Client },
  input: { playerId: string; exclusionId: string },
): Promise<{ exclusion: RgExclusionView; returnsAt: string } | undefined> {
  const exclusion = await findExclusion(deps.db, input.exclusionId);
  if (!exclusion || exclusion.playerId !== input.playerId) return undefined;
  try {
    const { returnsAt } = await deps.temporal.workflow
      .getHandle(exclusion.workflowId)
      .executeUpdate<{ returnsAt: string }, []>('requestReturn');
    return { exclusion: (await findExclusion(deps.db, input.exclusionId))!, returnsAt };
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
      const type = err.cause.type as RgExclusionErrorType;
      if (Object.values(RgExclusionErrorType).includes(type)) {
        throw new RgExclusionReturnRefusedError(type, err.cause.message);
      }
    }
    // A finished workflow takes no Update: the exclusion is over.
    if (err instanceof WorkflowNotFoundError) {
      throw new RgExclusionReturnRefusedError(RgExclusionErrorType.RETURN_ALREADY_REQUESTED, 'the exclusion is over');
    }
    throw err;
  }
}
