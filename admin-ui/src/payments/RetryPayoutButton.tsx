import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../api/http';
import { retryPayout } from './payments-api';
import { useSession } from '../admin/session-context';
import { useToast } from '../ui/toast-context';

/** Sends a payout that waits in NEEDS_ATTENTION down its PSP route again (payments ops only). */
export function RetryPayoutButton({ paymentId, status }: { paymentId: string; status: string }) {
  const { ability } = useSession();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const retry = useMutation({
    mutationFn: () => retryPayout(paymentId),
    onSuccess: async (state) => {
      toast({ tone: 'success', title: 'Payout retried', message: `${paymentId} is now ${state.status}.` });
      close();
      await queryClient.invalidateQueries({ queryKey: ['payment', paymentId] });
    },
  });
  if (status !== 'NEEDS_ATTENTION' || ability.cannot('retry', 'Withdrawal')) return null;
  return (
    <>
      <Button color="orange" onClick={open}>
        Retry payout
      </Button>
      <Modal opened={opened} onClose={close} title="Retry payout" centered>
        <Stack gap="md">
          <Text size="sm">
            The saga asks each PSP whether it already acted on this payout before it tries again, so a retry never pays
            twice.
          </Text>
          {retry.error && (
            <Alert color="red" variant="light" role="alert">
              {describeError(retry.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="orange" loading={retry.isPending} onClick={() => retry.mutate()}>
              Retry payout
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
