import { SimpleGrid } from '@mantine/core';
import type { PlayerProfile as Profile } from './players-api';
import { DateTime } from '../ui/DateTime';
import { Fact } from '../ui/Fact';
import { IdText } from '../ui/IdText';
import { PlayerStatusBadge } from './PlayerStatusBadge';

/** The player's account: where they play and in which currency (personal data has a section of its own). */
export function PlayerProfile({ player }: { player: Profile }) {
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
    </SimpleGrid>
  );
}
