import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../api/http';
import { PLAYER_STATUSES, setPlayerStatus, type PlayerStatus } from './players-api';
import { useSession } from '../admin/session-context';
import { useToast } from '../ui/toast-context';

/** Blocks, unblocks, self-excludes or closes a player; takes effect on their next bet. */
export function ChangePlayerStatusButton({ playerId, status }: { playerId: string; status: string }) {
  const { ability } = useSession();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [next, setNext] = useState<PlayerStatus | null>(null);
  const [reason, setReason] = useState('');
  const change = useMutation({
    mutationFn: (target: PlayerStatus) => setPlayerStatus(playerId, target, reason.trim()),
    onSuccess: async (_result, target) => {
      toast({ tone: 'success', title: 'Player status changed', message: `${playerId} is now ${target}.` });
      close();
      await queryClient.invalidateQueries({ queryKey: ['player', playerId] });
    },
  });
  if (ability.cannot('update', 'PlayerStatus')) return null;
  return (
    <>
      <Button variant="default" onClick={open}>
        Change status
      </Button>
      <Modal opened={opened} onClose={close} title="Change player status" centered>
        <Stack gap="md">
          <Text size="sm">Blocked, self-excluded and closed players cannot bet; their wins are always paid.</Text>
          <Select
            label="New status"
            data={PLAYER_STATUSES.filter((s) => s !== status).map((s) => ({ value: s, label: s.replaceAll('_', ' ') }))}
            value={next}
            onChange={(value) => setNext(value as PlayerStatus | null)}
          />
          <Textarea
            label="Reason"
            description="Recorded in the audit log."
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {change.error && (
            <Alert color="red" variant="light" role="alert">
              {describeError(change.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              disabled={!next || reason.trim() === ''}
              loading={change.isPending}
              onClick={() => next && change.mutate(next)}
            >
              Change status
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
