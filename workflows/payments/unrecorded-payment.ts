import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';
import { PAYMENT_NOT_RECORDED } from '../../contracts/payments';

/**
 * Ends a saga whose payment was never recorded (its first activity found no row: the request that started it
 * rolled back) with a failure of type PAYMENT_NOT_RECORDED, having written nothing and moved no money; any other
 * error goes on as it is. Recorded histories never failed that way, so this branch replays as before.
 */
export function endIfPaymentNotRecorded(err: unknown): never {
  if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure) {
    if (err.cause.type === PAYMENT_NOT_RECORDED) {
      throw ApplicationFailure.create({ type: PAYMENT_NOT_RECORDED, message: err.cause.message, nonRetryable: true });
    }
  }
  throw err;
}
