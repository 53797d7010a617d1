import { Alert, Button, Group, Modal, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../api/http';
import { useSession } from '../admin/session-context';
import { useToast } from '../ui/toast-context';
import { addPlayerNote, decisionContextKey, playerNotesKey } from './context-api';

/** Adds a note or tags to a player: kept for good (a correction is a new note), and written to the audit log. */
export function AddPlayerNoteButton({ playerId, knownTags }: { playerId: string; knownTags: readonly string[] }) {
  const { ability } = useSession();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [body, setBody] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const add = useMutation({
    mutationFn: () => addPlayerNote(playerId, { body: body.trim() || undefined, tags }),
    onSuccess: async () => {
      toast({ tone: 'success', title: 'Note added', message: 'It shows beside every decision on this player.' });
      setBody('');
      setTags([]);
      close();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: playerNotesKey(playerId) }),
        queryClient.invalidateQueries({ queryKey: decisionContextKey(playerId) }),
        queryClient.invalidateQueries({ queryKey: ['withdrawal-queue'] }),
      ]);
    },
  });
  if (ability.cannot('create', 'PlayerNote')) return null;
  return (
    <>
      <Button variant="default" size="xs" onClick={open}>
        Add note or tag
      </Button>
      <Modal opened={opened} onClose={close} title="Add a note to this player" centered>
        <Stack gap="md">
          <Text size="sm">Notes cannot be edited or deleted. To correct one, add a new note that says so.</Text>
          <Textarea
            label="Note"
            autosize
            minRows={3}
            maxLength={4000}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
          />
          <TagsInput
            label="Tags"
            description="Lower-case words joined by hyphens, such as high-roller."
            data={[...knownTags]}
            value={tags}
            onChange={(values) => setTags(values.map((v) => v.trim().toLowerCase().replace(/\s+/g, '-')))}
            maxTags={10}
          />
          {add.error && (
            <Alert color="red" variant="light" role="alert">
              {describeError(add.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              disabled={body.trim() === '' && tags.length === 0}
              loading={add.isPending}
              onClick={() => add.mutate()}
            >
              Add
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
