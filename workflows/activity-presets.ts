import type { ActivityOptions, LocalActivityOptions } from '@temporalio/workflow';

/**
 * Named activity option presets; every proxy picks one, never the SDK defaults. An internal database write is
 * quick and idempotent by key, so it retries for as long as the workflow runs.
 */
export const internalDbWrite: ActivityOptions = {
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
};

/**
 * A call to an external PSP. The activity heartbeats while it waits, so a worker killed mid-call is noticed in
 * seconds and the call is resent by another worker under the same idempotency key (the PSP answers it once).
 */
export const externalPspCall: ActivityOptions = {
  startToCloseTimeout: '40 seconds',
  heartbeatTimeout: '5 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '30 seconds',
    nonRetryableErrorTypes: ['PSP_REQUEST_REJECTED', 'UNKNOWN_PSP'],
  },
};

/**
 * Bookkeeping of a saga's read model (its timeline, recorded decisions): a short idempotent database write,
 * run as a local activity in the workflow's own worker, so it costs no task-queue round trip and keeps
 * Temporal Web's history to the business steps.
 */
export const readModelWrite: LocalActivityOptions = {
  startToCloseTimeout: '10 seconds',
  localRetryThreshold: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
};

/**
 * A call to the KYC provider: it answers with check ids at once (results come by webhook), and a resend under the
 * same idempotency key (onboarding and check kind) asks for nothing twice.
 */
export const externalKycCall: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
};

/** A batch of re-screening: it heartbeats per player, so a killed worker's batch moves on within seconds. */
export const rescreeningBatch: ActivityOptions = {
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '20 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
};

/**
 * A lookup at the credit reference agency: a read, so a resend is harmless; retried for as long as the agency is
 * down (a vulnerability check waits for an answer rather than guess), backing off to a few minutes.
 */
export const externalCreditReferenceCall: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
};
