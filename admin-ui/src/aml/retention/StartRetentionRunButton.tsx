import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSession } from '../../admin/session-context';
import { describeError } from '../../api/http';
import { useToast } from '../../ui/toast-context';
import { startRetentionRun, type RetentionMode } from './retention-api';

/** The MLRO starts a retention run now: a purge of what is purgeable, or a dry run recorded with its report. */
export function StartRetentionRunButton() {
  const { ability } = useSession();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [mode, setMode] = useState<RetentionMode>('REPORT_ONLY');
  const start = useMutation({
    mutationFn: () => startRetentionRun(mode),
    onSuccess: async () => {
      toast({
        tone: 'success',
        title: mode === 'PURGE' ? 'Purge started' : 'Dry run started',
        message: 'It appears in the runs below.',
      });
      close();
      await queryClient.invalidateQueries({ queryKey: ['aml-retention'] });
    },
  });
  if (ability.cannot('run', 'AmlRetention')) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate();
  };
  return (
    <>
      <Button onClick={open}>Run now</Button>
      <Modal opened={opened} onClose={close} title="Start a retention run">
        <form onSubmit={submit}>
          <Stack>
            <Radio.Group label="What the run does" value={mode} onChange={(value) => setMode(value as RetentionMode)}>
              <Stack gap="xs" mt="xs">
                <Radio value="REPORT_ONLY" label="Dry run: list what is purgeable, delete nothing" />
                <Radio value="PURGE" label="Purge: delete the records whose retention period has ended" />
              </Stack>
            </Radio.Group>
            {mode === 'PURGE' && (
              <Text size="sm" c="dimmed">
                Deleted records cannot be recovered. The run is recorded in the audit log with the players it purged.
              </Text>
            )}
            {start.error && (
              <Alert color="red" role="alert" title="The run did not start">
                {describeError(start.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" color={mode === 'PURGE' ? 'red' : undefined} loading={start.isPending}>
                {mode === 'PURGE' ? 'Purge now' : 'Start dry run'}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
