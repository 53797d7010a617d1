import { Button, Group } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../admin/session-context';
import { describeError } from '../api/http';
import { QueueAssignee } from '../ui/queue/QueueAssignee';
import { useToast } from '../ui/toast-context';
import { assignWithdrawal, claimWithdrawal } from './payments-api';

/**
 * Who works a queued withdrawal, with Claim while nobody does and Release for the officer who has it. Only officers
 * who may decide withdrawals claim them; claiming is not deciding (four eyes still apply).
 */
export function WithdrawalAssignee({
  paymentId,
  assignee,
  assigneeName,
}: {
  paymentId: string;
  assignee: string | null;
  assigneeName: string | null;
}) {
  const { session, ability } = useSession();
  const toast = useToast();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['withdrawal-queue'] }),
      queryClient.invalidateQueries({ queryKey: ['payment', paymentId] }),
    ]);
  const onError = (err: unknown) => toast({ tone: 'error', title: 'Not done', message: describeError(err) });
  const claim = useMutation({ mutationFn: () => claimWithdrawal(paymentId), onSuccess: refresh, onError });
  const release = useMutation({ mutationFn: () => assignWithdrawal(paymentId, null), onSuccess: refresh, onError });
  const mayWork = ability.can('approve', 'Withdrawal');
  const me = session.staff.staffId;
  return (
    <Group gap={6} wrap="nowrap">
      <QueueAssignee
        assignee={assignee}
        assigneeName={assigneeName}
        myStaffId={me}
        onClaim={mayWork ? () => claim.mutate() : undefined}
        claiming={claim.isPending}
      />
      {mayWork && assignee === me && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          loading={release.isPending}
          onClick={() => release.mutate()}
        >
          Release
        </Button>
      )}
    </Group>
  );
}
