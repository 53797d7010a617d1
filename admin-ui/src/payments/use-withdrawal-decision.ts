import { useMutation, useQueryClient } from '@tanstack/react-query';
import { problemCode } from '../api/http';
import { approveWithdrawal, rejectWithdrawal, type SagaState } from './payments-api';

export type Decision = 'APPROVE' | 'REJECT';

/**
 * Sends an officer's decision on a withdrawal (a Workflow Update, answered synchronously by the saga), then
 * refreshes the queue and the payment so the screen shows the saga's new state at once.
 */
export function useWithdrawalDecision(paymentId: string, decision: Decision) {
  const queryClient = useQueryClient();
  return useMutation<SagaState, Error, { reason: string; totp?: string }>({
    mutationFn: ({ reason, totp }) =>
      decision === 'APPROVE' ? approveWithdrawal(paymentId, { reason, totp }) : rejectWithdrawal(paymentId, { reason }),
    onSettled: async (_state, error) => {
      // A refused decision usually means the withdrawal moved on (another officer decided): show where it is now.
      if (error && problemCode(error) === 'STEP_UP_REQUIRED') return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['withdrawal-queue'] }),
        queryClient.invalidateQueries({ queryKey: ['payment', paymentId] }),
        queryClient.invalidateQueries({ queryKey: ['payments'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
