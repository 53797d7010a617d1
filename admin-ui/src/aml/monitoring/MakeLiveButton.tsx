import { Button, Group, Modal, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../../admin/session-context';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDialog } from '../../ui/use-dialog';
import { makeAmlRuleVersionLive } from './monitoring-api';

/** The MLRO's action: from the next event on, the monitor evaluates this version. */
export function MakeLiveButton({ ruleId, version }: { ruleId: string; version: number }) {
  const { ability } = useSession();
  const { opened, open, close } = useDialog();
  const [reason, setReason] = useState('');
  const queryClient = useQueryClient();
  const going = useMutation({
    mutationFn: () => makeAmlRuleVersionLive(ruleId, version, reason),
    onSuccess: async () => {
      close();
      setReason('');
      await queryClient.invalidateQueries({ queryKey: ['aml-rule', ruleId] });
      await queryClient.invalidateQueries({ queryKey: ['aml-rules'] });
    },
  });
  if (!ability.can('update', 'AmlRule')) return null;
  return (
    <>
      <Button size="xs" variant="light" onClick={open}>
        Make version {version} live
      </Button>
      <Modal opened={opened} onClose={close} title={`Make version ${version} live`}>
        <ErrorAlert error={going.error} title="The change was refused" />
        <Textarea
          label="Reason"
          description="Recorded in the audit log."
          required
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button disabled={!reason.trim()} loading={going.isPending} onClick={() => going.mutate()}>
            Make live
          </Button>
        </Group>
      </Modal>
    </>
  );
}
