import { Table, Text } from '@mantine/core';
import { DateTime } from '../ui/DateTime';
import { ShortId } from '../ui/ShortId';
import { TableState } from '../ui/TableState';
import type { ListedPlayer } from './players-api';
import { PlayerStatusBadge } from './PlayerStatusBadge';

const COLUMNS = 7;

/** The name as the list shows it (masked), or a dash when the player gave none. */
function maskedName(player: ListedPlayer): string {
  if (player.personalDataUnreadable) return 'Unreadable: does not decrypt';
  const name = [player.personalData?.givenName, player.personalData?.familyName].filter(Boolean).join(' ');
  return name || '—';
}

/** Players matching the search, newest first; each opens their player 360. */
export function PlayersTable({ items, loading, error }: { items: ListedPlayer[]; loading: boolean; error: unknown }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover stickyHeader aria-label="Players" style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Registered</Table.Th>
            <Table.Th>Player</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Brand</Table.Th>
            <Table.Th>Jurisdiction</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableState
            columns={COLUMNS}
            loading={loading}
            error={error}
            empty={items.length === 0}
            emptyText="No player matches. Names and emails match exactly: try the whole family name or email."
          />
          {items.map((player) => (
            <Table.Tr key={player.playerId} data-testid={`player-row-${player.playerId}`}>
              <Table.Td>
                <DateTime value={player.createdAt} />
              </Table.Td>
              <Table.Td>
                <ShortId id={player.playerId} to={`/players/${player.playerId}`} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" c={player.personalDataUnreadable ? 'red.8' : 'dimmed'}>
                  {maskedName(player)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" c="dimmed">
                  {player.personalData?.email ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>{player.brand}</Table.Td>
              <Table.Td>{player.jurisdiction}</Table.Td>
              <Table.Td>
                <PlayerStatusBadge status={player.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
