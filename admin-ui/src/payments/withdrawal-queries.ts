import { queryOptions } from '@tanstack/react-query';
import { FINAL_DEPOSIT_STATUSES, FINAL_WITHDRAWAL_STATUSES } from '../../../contracts/payments';
import { getPayment, getWithdrawalQueue, type WithdrawalQueueParams } from './payments-api';

/** Statuses after which a payment never changes again. */
export const FINAL_STATUSES = new Set<string>([...FINAL_WITHDRAWAL_STATUSES, ...FINAL_DEPOSIT_STATUSES]);

/** A page of the approval queue, refreshed every 15 s so officers see each other's decisions without reloading. */
export const withdrawalQueueQuery = (params: WithdrawalQueueParams) =>
  queryOptions({
    queryKey: ['withdrawal-queue', params],
    queryFn: ({ signal }) => getWithdrawalQueue(params, signal),
    refetchInterval: 15_000,
  });

/** One payment with its story; polled every 3 s while the saga is still moving. */
export const paymentDetailQuery = (paymentId: string) =>
  queryOptions({
    queryKey: ['payment', paymentId],
    queryFn: ({ signal }) => getPayment(paymentId, signal),
    refetchInterval: (query) => (query.state.data && FINAL_STATUSES.has(query.state.data.status) ? false : 3_000),
  });
