import { Group, SimpleGrid, Text, Tooltip } from '@mantine/core';
import type { PlayerProfile as Profile } from './players-api';
import { DateTime } from '../ui/DateTime';
import { Fact } from '../ui/Fact';
import { IdText } from '../ui/IdText';
import { NavIcon } from '../ui/NavIcon';
import { PlayerStatusBadge } from './PlayerStatusBadge';

const MASK = /^[*-]+$/;

/** The player's profile; personal data arrives masked from the API unless the officer may read it. */
export function PlayerProfile({ player }: { player: Profile }) {
  const masked = MASK.test(player.dateOfBirth);
  return (
    <SimpleGrid cols={{ base: 2, md: 3 }} spacing="lg" verticalSpacing="md">
      <Fact label="Player id">
        <IdText value={player.playerId} size="xs" />
      </Fact>
      <Fact label="Status">
        <PlayerStatusBadge status={player.status} />
      </Fact>
      <Fact label="Brand">{player.brand}</Fact>
      <Fact label="Jurisdiction">{player.jurisdiction}</Fact>
      <Fact label="Wallet currency">{player.currency}</Fact>
      <Fact label="Registered">
        <DateTime value={player.createdAt} />
      </Fact>
      <Fact label="Date of birth" testId="player-date-of-birth">
        {masked ? (
          <Tooltip label="Personal data is masked for your roles">
            <Group gap={4} component="span" style={{ display: 'inline-flex' }}>
              <Text span ff="monospace" size="sm" c="dimmed">
                {player.dateOfBirth}
              </Text>
              <NavIcon name="lock" size={14} />
            </Group>
          </Tooltip>
        ) : (
          <Text span ff="monospace" size="sm">
            {player.dateOfBirth}
          </Text>
        )}
      </Fact>
    </SimpleGrid>
  );
}
