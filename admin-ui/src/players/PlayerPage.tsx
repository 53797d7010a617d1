import { Anchor, Breadcrumbs, Grid, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { getPlayerOverview } from './players-api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { PageLoader } from '../ui/PageLoader';
import { Section } from '../ui/Section';
import { ChangePlayerStatusButton } from './ChangePlayerStatusButton';
import { PlayerBalances } from './PlayerBalances';
import { PlayerInstrumentsTable } from './PlayerInstrumentsTable';
import { PlayerLedgerTable } from './PlayerLedgerTable';
import { PlayerPaymentsTable } from './PlayerPaymentsTable';
import { PlayerProfile } from './PlayerProfile';
import { PlayerStatusBadge } from './PlayerStatusBadge';
import { PlayerWorkflowsTable } from './PlayerWorkflowsTable';
import { PersonalDataSection } from './PersonalDataSection';
import { KycStandingPanel } from '../kyc/KycStandingPanel';
import { useSession } from '../admin/session-context';
import { listPlayerNotes, playerNotesKey } from './context-api';
import { DecisionContextPanel } from './DecisionContextPanel';
import { PlayerNotesPanel } from './PlayerNotesPanel';
import { PlayerTagBadges } from './PlayerTagBadges';
import { RgPanel } from '../rg/player/RgPanel';

/**
 * Player 360: profile, balances, KYC standing, the player in context (money, links, AML, earlier decisions), notes
 * and tags, ledger history, deposits and withdrawals (with where each was paid from or to),
 * payment methods, and the player's workflows.
 */
export function PlayerPage() {
  const { playerId = '' } = useParams();
  const overview = useQuery({
    queryKey: ['player', playerId],
    queryFn: ({ signal }) => getPlayerOverview(playerId, signal),
  });
  const data = overview.data;
  const { ability } = useSession();
  // The same query as the notes panel's (one request): the tags are badges in the header.
  const notes = useQuery({
    queryKey: playerNotesKey(playerId),
    queryFn: ({ signal }) => listPlayerNotes(playerId, signal),
    enabled: ability.can('read', 'PlayerNote'),
  });

  const breadcrumbs = (
    <Breadcrumbs mb="xs" separator="/">
      <Anchor component={Link} to="/players" size="sm">
        Players
      </Anchor>
      <Text size="sm" ff="monospace">
        {playerId}
      </Text>
    </Breadcrumbs>
  );

  if (!data) {
    return (
      <>
        {breadcrumbs}
        {overview.isPending ? <PageLoader /> : <ErrorAlert error={overview.error} title="Player not available" />}
      </>
    );
  }

  const { player, personalData, balances, workflows, paymentInstruments } = data;
  return (
    <>
      {breadcrumbs}
      <PageHeader
        title={
          <Text span inherit ff="monospace">
            {player.playerId}
          </Text>
        }
        badge={
          <Group gap="xs">
            <PlayerStatusBadge status={player.status} size="lg" />
            <PlayerTagBadges tags={notes.data?.tags ?? []} size="md" />
          </Group>
        }
        description={`${player.brand} · ${player.jurisdiction} · ${player.currency} wallet`}
        actions={<ChangePlayerStatusButton playerId={player.playerId} status={player.status} />}
      />
      <Stack gap="md">
        <PlayerBalances balances={balances} />
        <Section title="Profile">
          <PlayerProfile player={player} />
        </Section>
        <KycStandingPanel playerId={player.playerId} />
        <RgPanel playerId={player.playerId} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <DecisionContextPanel playerId={player.playerId} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <PlayerNotesPanel playerId={player.playerId} />
          </Grid.Col>
        </Grid>
        <PersonalDataSection
          key={player.playerId}
          playerId={player.playerId}
          masked={personalData}
          maskedDateOfBirth={player.dateOfBirth}
        />
        <Paper p={0}>
          <Tabs defaultValue="ledger" keepMounted={false}>
            <Tabs.List px="md" pt="xs">
              <Tabs.Tab value="ledger">Ledger</Tabs.Tab>
              <Tabs.Tab value="payments">Deposits & withdrawals</Tabs.Tab>
              <Tabs.Tab value="instruments">Payment methods ({paymentInstruments.length})</Tabs.Tab>
              <Tabs.Tab value="workflows">Workflows ({workflows?.length ?? 'unavailable'})</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="ledger" pt="sm">
              <PlayerLedgerTable playerId={player.playerId} currency={player.currency} />
            </Tabs.Panel>
            <Tabs.Panel value="payments" pt="sm">
              <PlayerPaymentsTable playerId={player.playerId} />
            </Tabs.Panel>
            <Tabs.Panel value="instruments" pt="sm">
              <PlayerInstrumentsTable instruments={paymentInstruments} />
            </Tabs.Panel>
            <Tabs.Panel value="workflows" pt="sm">
              <PlayerWorkflowsTable workflows={workflows} />
            </Tabs.Panel>
          </Tabs>
        </Paper>
      </Stack>
    </>
  );
}
