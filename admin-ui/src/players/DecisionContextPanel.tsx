// PLACEHOLDER (owned by aml-context)
import { Text } from '@mantine/core';

export function DecisionContextPanel({ playerId }: { playerId: string }) {
  return <Text c="dimmed">Decision context of player {playerId}</Text>;
}
