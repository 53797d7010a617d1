import { Button, Group, Modal, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../admin/session-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDialog } from '../ui/use-dialog';
import { decideKycReview, type KycReview, type KycReviewDecision } from './kyc-api';

/** Clear or reject one review with a reason; the second clearance of a sanctions or PEP hit must be another officer's. */
export function KycDecisionButtons({ review }: { review: KycReview }) {
  const { ability } = useSession();
  const { opened, open, close } = useDialog();
  const [decision, setDecision] = useState<KycReviewDecision['decision']>('CLEAR');
  const [reason, setReason] = useState('');
  const queryClient = useQueryClient();
  const deciding = useMutation({
    mutationFn: () => decideKycReview(review.reviewId, { decision, reason }),
    onSuccess: async () => {
      close();
      setReason('');
      await queryClient.invalidateQueries({ queryKey: ['kyc-reviews'] });
    },
  });
  const start = (d: KycReviewDecision['decision']) => {
    setDecision(d);
    deciding.reset();
    open();
  };
  return (
    <>
      <Group gap="xs">
        {ability.can('approve', 'KycReview') && (
          <Button size="xs" variant="light" onClick={() => start('CLEAR')}>
            Clear
          </Button>
        )}
        {ability.can('reject', 'KycReview') && (
          <Button size="xs" color="red" variant="light" onClick={() => start('REJECT')}>
            Reject
          </Button>
        )}
      </Group>
      <Modal opened={opened} onClose={close} title={decision === 'CLEAR' ? 'Clear this player' : 'Reject this player'}>
        <ErrorAlert error={deciding.error} title="The decision was refused" />
        <Textarea
          label="Reason"
          description="Recorded with your decision and in the audit log."
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            color={decision === 'CLEAR' ? undefined : 'red'}
            disabled={!reason.trim()}
            loading={deciding.isPending}
            onClick={() => deciding.mutate()}
          >
            {decision === 'CLEAR' ? 'Clear' : 'Reject'}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
