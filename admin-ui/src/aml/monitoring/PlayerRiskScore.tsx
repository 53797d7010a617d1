// PLACEHOLDER (owned by aml-rules)
import { Text } from '@mantine/core';

export function PlayerRiskScore({ playerId }: { playerId: string }) {
  return <Text c="dimmed">Risk score of player {playerId}</Text>;
}
