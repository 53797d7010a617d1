import { Paper, Text } from '@mantine/core';
import { PageHeader } from '../ui/PageHeader';
import { PlayerLookup } from './PlayerLookup';

/** The way into a player's 360 view; players are also one click away from every payment. */
export function PlayersPage() {
  return (
    <>
      <PageHeader
        title="Players"
        description="Open a player's 360 view: profile, balances, ledger, payments and workflows."
      />
      <Paper p="lg" maw={720}>
        <PlayerLookup />
        <Text size="sm" c="dimmed" mt="md">
          Every player id in the payments list and the withdrawal queue links here too.
        </Text>
      </Paper>
    </>
  );
}
