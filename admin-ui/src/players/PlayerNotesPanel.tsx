import { Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../admin/session-context';
import { describeError } from '../api/http';
import { DateTime } from '../ui/DateTime';
import { Section } from '../ui/Section';
import { AddPlayerNoteButton } from './AddPlayerNoteButton';
import { listPlayerNotes, playerNotesKey } from './context-api';
import { PlayerTagBadges } from './PlayerTagBadges';

/**
 * A player's notes and tags, newest first, with who wrote each and when: shown in the player 360 and beside every
 * decision on the player (withdrawal, KYC review, AML case). Staff who may add notes add them here.
 */
export function PlayerNotesPanel({ playerId }: { playerId: string }) {
  const { ability } = useSession();
  const notes = useQuery({
    queryKey: playerNotesKey(playerId),
    queryFn: ({ signal }) => listPlayerNotes(playerId, signal),
    enabled: ability.can('read', 'PlayerNote'),
  });
  if (ability.cannot('read', 'PlayerNote')) return null;
  const data = notes.data;
  return (
    <Section
      title="Notes and tags"
      description="What colleagues recorded about this player. Notes are never edited; corrections are new notes."
      actions={<AddPlayerNoteButton playerId={playerId} knownTags={data?.tags ?? []} />}
      testId="player-notes"
    >
      {notes.error ? (
        <Text c="red" size="sm" role="alert">
          {describeError(notes.error)}
        </Text>
      ) : !data ? (
        <Text c="dimmed" size="sm">
          Loading notes…
        </Text>
      ) : (
        <Stack gap="sm">
          <PlayerTagBadges tags={data.tags} />
          {data.items.length === 0 ? (
            <Text c="dimmed" size="sm">
              No notes yet.
            </Text>
          ) : (
            <Stack gap="xs" component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {data.items.map((note) => (
                <li key={note.noteId}>
                  <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                    <Text size="sm" fw={600}>
                      {note.authorName ?? note.author}
                    </Text>
                    <Text size="xs" c="dimmed">
                      <DateTime value={note.createdAt} size="xs" />
                    </Text>
                  </Group>
                  {note.body && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {note.body}
                    </Text>
                  )}
                  <PlayerTagBadges tags={note.tags} size="xs" />
                </li>
              ))}
            </Stack>
          )}
          {(data.total ?? 0) > data.items.length && (
            <Text size="xs" c="dimmed">
              The latest {data.items.length} of {data.total} notes.
            </Text>
          )}
        </Stack>
      )}
    </Section>
  );
}
