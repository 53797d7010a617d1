import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../api/http';
import { useSession } from '../admin/session-context';
import { useToast } from '../ui/toast-context';
import { clearSourceOfFunds } from './kyc-standing-api';

/** A compliance officer clears a source-of-funds request, with a reason: any restriction it caused is lifted. */
export function ClearSourceOfFundsButton({ playerId, requestId }: { playerId: string; requestId: string }) {
  const { ability } = useSession();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const clear = useMutation({
    mutationFn: () => clearSourceOfFunds(playerId, requestId, reason.trim()),
    onSuccess: async () => {
      toast({ tone: 'success', title: 'Source of funds cleared', message: `${playerId} may move money again.` });
      close();
      await queryClient.invalidateQueries({ queryKey: ['kyc-standing', playerId] });
    },
  });
  if (ability.cannot('update', 'DueDiligence')) return null;
  return (
    <>
      <Button variant="default" size="xs" onClick={open}>
        Clear source of funds
      </Button>
      <Modal opened={opened} onClose={close} title="Clear the source-of-funds request" centered>
        <Stack gap="md">
          <Text size="sm">
            Clearing closes enhanced due diligence for this request and lifts the restriction an overdue deadline put on
            deposits, withdrawals and bets.
          </Text>
          <Textarea
            label="Reason"
            description="What you reviewed, or why no evidence is needed. Recorded in the audit log."
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {clear.error && (
            <Alert color="red" variant="light" role="alert">
              {describeError(clear.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button disabled={reason.trim().length < 10} loading={clear.isPending} onClick={() => clear.mutate()}>
              Clear
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
