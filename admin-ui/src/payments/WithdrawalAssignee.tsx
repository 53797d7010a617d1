import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ColleagueSelect } from '../admin/ColleagueSelect';
import { useSession } from '../admin/session-context';
import { describeError } from '../api/http';
import { QueueAssignee } from '../ui/queue/QueueAssignee';
import { useToast } from '../ui/toast-context';
import { useDialog } from '../ui/use-dialog';
import { assignWithdrawal, claimWithdrawal } from './payments-api';

/** Who decides withdrawals (domain/admin/abilities.ts), and so whom one may be assigned to. */
const WITHDRAWAL_DECIDERS = ['compliance_officer', 'senior_compliance'] as const;

/**
 * Who works a queued withdrawal, with Claim while nobody does, Release for the officer who has it, and (on its
 * page) Assign to hand it to a colleague by name. Only officers who may decide withdrawals work them; claiming is not deciding (four
 * eyes still apply).
 */
export function WithdrawalAssignee({
  paymentId,
  assignee,
  assigneeName,
  withAssign = false,
}: {
  paymentId: string;
  assignee: string | null;
  assigneeName: string | null;
  /** Offers Assign (to a colleague): on the withdrawal's own page, not in the queue's narrow rows. */
  withAssign?: boolean;
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
  const dialog = useDialog();
  const [colleague, setColleague] = useState<string | null>(null);
  const assign = useMutation({
    mutationFn: (staffId: string) => assignWithdrawal(paymentId, staffId),
    onSuccess: async () => {
      dialog.close();
      await refresh();
    },
    onError,
  });
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
      {mayWork && withAssign && (
        <Button size="compact-xs" variant="subtle" onClick={dialog.open}>
          Assign
        </Button>
      )}
      {dialog.opened && (
        <Modal opened onClose={dialog.close} title="Assign the withdrawal">
          <Stack>
            <ColleagueSelect roles={WITHDRAWAL_DECIDERS} value={colleague} onChange={setColleague} />
            <Group justify="flex-end">
              <Button variant="default" onClick={dialog.close}>
                Cancel
              </Button>
              <Button
                disabled={!colleague}
                loading={assign.isPending}
                onClick={() => colleague && assign.mutate(colleague)}
              >
                Assign
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Group>
  );
}
