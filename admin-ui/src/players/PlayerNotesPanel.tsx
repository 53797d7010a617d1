// PLACEHOLDER (owned by aml-context)
import { Text } from '@mantine/core';

export function PlayerNotesPanel({ playerId }: { playerId: string }) {
  return <Text c="dimmed">Notes on player {playerId}</Text>;
}
