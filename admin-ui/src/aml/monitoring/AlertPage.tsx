import { Anchor, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Fact } from '../../ui/Fact';
import { Money } from '../../ui/Money';
import { PageHeader } from '../../ui/PageHeader';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { EVENT_KIND_LABEL, getAmlAlert } from './monitoring-api';
import { PlayerRiskScore } from './PlayerRiskScore';
import { SeverityBadge } from './SeverityBadge';

/** One alert: why it fired (the facts its rule version read), the rule version, the case it is filed in. */
export function AlertPage() {
  const { alertId = '' } = useParams();
  const alert = useQuery({ queryKey: ['aml-alert', alertId], queryFn: ({ signal }) => getAmlAlert(alertId, signal) });
  if (alert.isPending) return <PageLoader />;
  if (alert.error || !alert.data) return <ErrorAlert error={alert.error} title="The alert could not be loaded" />;
  const a = alert.data;
  const { facts } = a.explanation;
  const currency = facts.event.currency;
  return (
    <>
      <PageHeader title={a.ruleName} badge={<SeverityBadge severity={a.severity} />} description={a.ruleDescription} />
      <Stack gap="lg">
        <Section title="The alert">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Fact label="Player">
              <Anchor component={Link} to={`/players/${a.playerId}`}>
                {a.playerId}
              </Anchor>
            </Fact>
            <Fact label="What happened">{EVENT_KIND_LABEL[a.explanation.eventKind] ?? a.explanation.eventKind}</Fact>
            <Fact label="When">{new Date(a.occurredAt).toLocaleString()}</Fact>
            <Fact label="Rule version">
              <Anchor component={Link} to={`/aml/rules/${a.ruleId}`}>
                {a.ruleName}, version {a.ruleVersion}
              </Anchor>
            </Fact>
            <Fact label="Score">{a.score}</Fact>
            <Fact label="Case">
              {a.caseId ? (
                <Anchor component={Link} to={`/aml/cases/${a.caseId}`}>
                  Open the case
                </Anchor>
              ) : (
                'Not filed into a case yet'
              )}
            </Fact>
          </SimpleGrid>
        </Section>
        <Section
          title="Why it fired"
          description="The condition of the rule version and the facts it read at the time."
        >
          <Stack gap="sm">
            <Code block>{a.explanation.condition}</Code>
            <Text size="sm">
              Thresholds:{' '}
              {Object.entries(a.explanation.params)
                .map(([k, v]) => `${k} = ${String(v)}`)
                .join(', ') || 'none'}
              ; window {a.explanation.windowHours} h.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {facts.event.amountMinor > 0 && (
                <Fact label="Amount">
                  <Money amountMinor={facts.event.amountMinor} currency={currency} />
                </Fact>
              )}
              <Fact label={`Deposits in the window (${a.explanation.windowHours} h)`}>
                {facts.window.depositsCount}:{' '}
                {facts.window.depositAmounts.map((m, i) => (
                  <span key={i}>
                    {i > 0 && ', '}
                    <Money amountMinor={m} currency={currency} />
                  </span>
                ))}
              </Fact>
              <Fact label="Payment instruments in the window">{facts.window.depositInstruments.length}</Fact>
              <Fact label="Withdrawals in the window">{facts.window.withdrawalsCount}</Fact>
              <Fact label="Last deposit">
                {facts.player.minutesSinceLastDeposit < 0 ? (
                  'None known'
                ) : (
                  <>
                    <Money amountMinor={facts.player.lastDepositMinor} currency={currency} />,{' '}
                    {facts.player.minutesSinceLastDeposit} min before
                  </>
                )}
              </Fact>
              <Fact label="Turnover since the last deposit">
                <Money amountMinor={facts.player.turnoverSinceLastDepositMinor} currency={currency} />
              </Fact>
              <Fact label="Failed deposits in a row">{facts.player.failedDepositsInARow}</Fact>
              <Fact label="Linked players">
                {facts.linked.byDevice} by device, {facts.linked.byAddress} by address, {facts.linked.byInstrument} by
                instrument
              </Fact>
              <Fact label="CDD threshold">
                <Money amountMinor={facts.cdd.thresholdMinor} currency={facts.cdd.currency} />
              </Fact>
              <Fact label="KYC status">{facts.player.kycStatus}</Fact>
            </SimpleGrid>
          </Stack>
        </Section>
        <Section title="Player risk">
          <Group>
            <PlayerRiskScore playerId={a.playerId} />
          </Group>
        </Section>
      </Stack>
    </>
  );
}
