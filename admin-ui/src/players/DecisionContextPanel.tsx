import { Anchor, Badge, Group, List, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useSession } from '../admin/session-context';
import { describeError } from '../api/http';
import { DateTime } from '../ui/DateTime';
import { Fact } from '../ui/Fact';
import { Section } from '../ui/Section';
import { SlaCountdown } from '../ui/SlaCountdown';
import { ContextMoneyFacts } from './ContextMoneyFacts';
import { ContextPaymentsTable } from './ContextPaymentsTable';
import { decisionContextKey, getDecisionContext } from './context-api';
import { LinkedPlayersTable } from './LinkedPlayersTable';
import { MoneyFlowChart } from './MoneyFlowChart';
import { PastDecisionsTable } from './PastDecisionsTable';

const SEVERITY_COLORS: Record<string, string> = { LOW: 'gray', MEDIUM: 'yellow', HIGH: 'orange', CRITICAL: 'red' };

/**
 * The decision in context: what an officer weighs beside a withdrawal, a KYC review or an AML case, on one screen.
 * The player's money (lifetime, and staked since the last deposit), their payments with the cards and accounts
 * used, players linked to them, open AML alerts and cases, KYC and screening, and earlier decisions with reasons.
 */
export function DecisionContextPanel({ playerId }: { playerId: string }) {
  const { ability } = useSession();
  const allowed = ability.can('read', 'PlayerContext');
  const context = useQuery({
    queryKey: decisionContextKey(playerId),
    queryFn: ({ signal }) => getDecisionContext(playerId, signal),
    enabled: allowed,
  });
  if (!allowed) return null;
  const data = context.data;
  if (!data) {
    return (
      <Section title="The player in context" testId="decision-context">
        {context.error ? (
          <Text c="red" size="sm" role="alert">
            {describeError(context.error)}
          </Text>
        ) : (
          <Text c="dimmed" size="sm">
            Loading the player's money, links and history…
          </Text>
        )}
      </Section>
    );
  }
  const { player, money, aml, kyc, screening } = data;
  const links = data.linkedPlayers.length;
  return (
    <Section
      title="The player in context"
      description={
        <>
          {player.displayName ?? 'Unnamed player'} · {player.brand} · {player.jurisdiction} · registered{' '}
          <DateTime value={player.registeredAt} format="date" size="sm" />
        </>
      }
      testId="decision-context"
      actions={
        aml.payoutsHeld ? (
          <Badge color="red" variant="filled">
            Payouts held by an AML case
          </Badge>
        ) : undefined
      }
    >
      <Stack gap="md">
        {money.length === 0 ? (
          <Text c="dimmed" size="sm">
            No money has moved on this player's account yet.
          </Text>
        ) : (
          money.map((m) => (
            <Stack key={m.currency} gap="xs">
              <ContextMoneyFacts money={m} />
              <MoneyFlowChart months={data.monthly} currency={m.currency} />
            </Stack>
          ))
        )}
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <Fact label="Identity verification (KYC)">
            {kyc.status.replaceAll('_', ' ')} · due diligence {kyc.requiredLevel}
            {kyc.verifiedAt && (
              <Text span size="xs" c="dimmed" display="block">
                verified <DateTime value={kyc.verifiedAt} size="xs" />
              </Text>
            )}
            {kyc.restrictionReason && (
              <Text span c="red" size="sm" display="block">
                Restricted: {kyc.restrictionReason}
              </Text>
            )}
            {kyc.openReviews > 0 && (
              <Text span size="sm" c="orange" display="block">
                {kyc.openReviews} KYC review{kyc.openReviews > 1 ? 's' : ''} open
              </Text>
            )}
          </Fact>
          <Fact label="Sanctions and PEP screening">
            {screening.lastScreenedAt ? (
              <>
                {screening.sanctionsHits === 0 && screening.pepHits === 0
                  ? 'No match'
                  : `${screening.sanctionsHits} sanctions match${screening.sanctionsHits === 1 ? '' : 'es'}, ${screening.pepHits} PEP match${screening.pepHits === 1 ? '' : 'es'}`}
                <Text span size="xs" c="dimmed" display="block">
                  screened <DateTime value={screening.lastScreenedAt} size="xs" />
                </Text>
              </>
            ) : (
              'Not screened yet'
            )}
          </Fact>
          <Fact label="AML">
            {aml.openCases.length === 0 && aml.openAlerts.length === 0 ? (
              'No open alert or case'
            ) : (
              <List size="sm" spacing={2}>
                {aml.openCases.map((c) => (
                  <List.Item key={c.caseId}>
                    <Anchor component={Link} to={`/aml/cases/${c.caseId}`} size="sm">
                      {c.severity.toLowerCase()} case, {c.status.toLowerCase()}
                    </Anchor>
                    {c.assigneeName && ` · ${c.assigneeName}`} ·{' '}
                    <SlaCountdown dueAt={c.slaDueAt} escalated={c.status === 'ESCALATED'} />
                  </List.Item>
                ))}
                {aml.openAlerts.map((a) => (
                  <List.Item key={a.alertId}>
                    <Group gap={4} wrap="nowrap">
                      <Badge size="xs" color={SEVERITY_COLORS[a.severity]}>
                        {a.severity}
                      </Badge>
                      <Anchor component={Link} to={`/aml/alerts/${a.alertId}`} size="sm">
                        {a.ruleName ?? a.ruleId} (v{a.ruleVersion})
                      </Anchor>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </Fact>
        </SimpleGrid>
        <Tabs defaultValue="payments" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="payments">
              Deposits & withdrawals ({data.payments.depositsCount + data.payments.withdrawalsCount})
            </Tabs.Tab>
            <Tabs.Tab value="linked" color={links > 0 ? 'orange' : undefined}>
              Linked players ({links})
            </Tabs.Tab>
            <Tabs.Tab value="decisions">Earlier decisions ({data.pastDecisions.length})</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="payments" pt="sm">
            <ContextPaymentsTable payments={data.payments.latest} />
          </Tabs.Panel>
          <Tabs.Panel value="linked" pt="sm">
            <LinkedPlayersTable players={data.linkedPlayers} />
          </Tabs.Panel>
          <Tabs.Panel value="decisions" pt="sm">
            <PastDecisionsTable decisions={data.pastDecisions} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Section>
  );
}
