import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { RgExclusionWorkflowStatus } from '../../contracts/rg';

// The exclusion workflow's messages, for workflow code and the Temporal clients that read or update it.

/** An exclusion's live state: where it stands, what it has done, when it ends. */
export const getRgExclusionStatusQuery = defineQuery<RgExclusionWorkflowStatus>('getStatus');

/**
 * The player asks to return from a self-exclusion past its chosen length: answers when the cooling-off ends (the
 * exclusion ends then). Refused (RgExclusionErrorType) for a time-out, before the length has passed, or twice.
 */
export const requestRgExclusionReturnUpdate = defineUpdate<{ returnsAt: string }, []>('requestReturn');
