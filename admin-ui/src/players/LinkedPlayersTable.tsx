import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { DecisionContext } from './context-api';
import { PlayerStatusBadge } from './PlayerStatusBadge';

const VIA_LABELS: Record<string, string> = {
  DEVICE: 'Same device',
  ADDRESS: 'Same address',
  INSTRUMENT: 'Same card or account',
};

/** Other players who share a device, an address or a payment card or account with this one. */
export function LinkedPlayersTable({ players }: { players: DecisionContext['linkedPlayers'] }) {
  if (players.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No other player shares a device, an address or a card or account with this player.
      </Text>
    );
  }
  return (
    <Table striped verticalSpacing={4} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Player</Table.Th>
          <Table.Th>Linked by</Table.Th>
          <Table.Th>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {players.map((p) => (
          <Table.Tr key={p.playerId}>
            <Table.Td>
              <Anchor component={Link} to={`/players/${p.playerId}`} size="sm">
                {p.displayName ?? 'Unnamed player'}
              </Anchor>
              <Text span size="xs" c="dimmed" display="block">
                {p.brand}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {p.via.map((via) => (
                  <Badge key={via} size="sm" variant="light" color="orange" tt="none">
                    {VIA_LABELS[via] ?? via}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>
              <PlayerStatusBadge status={p.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
