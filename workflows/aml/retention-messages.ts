import { defineQuery } from '@temporalio/workflow';
import type { AmlRetentionStatus } from '../../contracts/aml';

// The retention workflow's messages, for workflow code and the Temporal clients that read it.

/** A retention run's live state: its report, what it purged so far. */
export const getAmlRetentionStatusQuery = defineQuery<AmlRetentionStatus>('getStatus');
