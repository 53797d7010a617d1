import type { ActivityOptions } from '@temporalio/workflow';

/**
 * Named activity option presets; every proxy picks one, never the SDK defaults. An internal database write is
 * quick and idempotent by key, so it retries for as long as the workflow runs.
 */
export const internalDbWrite: ActivityOptions = {
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
};
