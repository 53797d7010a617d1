import { ApplicationFailure } from '@temporalio/workflow';

/**
 * The one shape of a refused request (an Update validator's no): a non-retryable ApplicationFailure whose type is
 * one of the contract's error types, which the API turns into the problem it answers.
 */
export function refusal(type: string, message: string): ApplicationFailure {
  return ApplicationFailure.create({ type, message, nonRetryable: true });
}
