import { Code, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useSession } from '../../admin/session-context';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Fact } from '../../ui/Fact';
import { PageHeader } from '../../ui/PageHeader';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { BacktestPanel } from './BacktestPanel';
import { MakeLiveButton } from './MakeLiveButton';
import { formatPrecision, getAmlRule, type AmlRuleVersion } from './monitoring-api';
import { RuleVersionForm } from './RuleVersionForm';
import { SeverityBadge } from './SeverityBadge';

/** One rule: its versions side by side, a new version, making one live, back-tests. */
export function RulePage() {
  const { ruleId = '' } = useParams();
  const { ability } = useSession();
  const rule = useQuery({ queryKey: ['aml-rule', ruleId], queryFn: ({ signal }) => getAmlRule(ruleId, signal) });
  const [compared, setCompared] = useState<number | null>(null);
  if (rule.isPending) return <PageLoader />;
  if (rule.error || !rule.data) return <ErrorAlert error={rule.error} title="The rule could not be loaded" />;
  const r = rule.data;
  const live = r.versions.find((v) => v.live);
  const newest = r.versions[0]!;
  const other = r.versions.find((v) => v.version === compared) ?? r.versions.find((v) => v !== newest);
  return (
    <>
      <PageHeader
        title={r.name}
        badge={r.severity ? <SeverityBadge severity={r.severity} /> : undefined}
        description={live?.description ?? 'No version is live: the rule raises nothing.'}
        actions={ability.can('create', 'AmlRule') ? <RuleVersionForm ruleId={r.ruleId} from={newest} /> : undefined}
      />
      <Stack gap="lg">
        <Section title="How it performs">
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <Fact label="Live version">{r.liveVersion ?? 'None'}</Fact>
            <Fact label="Alerts raised">{r.alertsRaised}</Fact>
            <Fact label="Confirmed / dismissed">
              {r.truePositives} / {r.falsePositives}
            </Fact>
            <Fact label="Precision">{formatPrecision(r.precision)}</Fact>
          </SimpleGrid>
        </Section>
        <Section title="Versions" flush>
          <Table aria-label="Versions of the rule" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Version</Table.Th>
                <Table.Th>Made by</Table.Th>
                <Table.Th>Why</Table.Th>
                <Table.Th>When</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.versions.map((v) => (
                <Table.Tr key={v.version}>
                  <Table.Td>
                    {v.version}{' '}
                    {v.live && (
                      <Text span fw={600}>
                        (live)
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{v.createdBy}</Table.Td>
                  <Table.Td>{v.reason}</Table.Td>
                  <Table.Td>{new Date(v.createdAt).toLocaleString()}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {!v.live && <MakeLiveButton ruleId={r.ruleId} version={v.version} />}
                      {v !== newest && (
                        <Text
                          component="button"
                          type="button"
                          c="blue"
                          size="sm"
                          style={{ background: 'none', border: 0, cursor: 'pointer' }}
                          onClick={() => setCompared(v.version)}
                        >
                          Compare with version {newest.version}
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
        <Section title="Side by side" description="The newest version beside an earlier one.">
          <SimpleGrid cols={{ base: 1, md: other ? 2 : 1 }}>
            <VersionCard version={newest} />
            {other && <VersionCard version={other} />}
          </SimpleGrid>
        </Section>
        <Section
          title="Back-test"
          description="What a version would have raised over recorded events; no alert is written."
        >
          <BacktestPanel ruleId={r.ruleId} versions={r.versions} latest={r.backtests[0]} />
        </Section>
      </Stack>
    </>
  );
}

function VersionCard({ version: v }: { version: AmlRuleVersion }) {
  return (
    <Stack gap={4}>
      <Text fw={600}>
        Version {v.version} ({v.severity.toLowerCase()}, score {v.score})
      </Text>
      <Text size="sm">{v.description}</Text>
      <Text size="sm">On: {v.definition.on.join(', ')}</Text>
      <Code block>{v.definition.condition}</Code>
      <Text size="sm">
        Thresholds:{' '}
        {Object.entries(v.definition.params)
          .map(([k, val]) => `${k} = ${String(val)}`)
          .join(', ') || 'none'}
      </Text>
      <Text size="sm">
        Window {v.definition.windowHours} h; alerts{' '}
        {v.definition.suppress.per === 'EVENT'
          ? 'once per event'
          : `once per player per ${v.definition.suppress.hours} h`}
      </Text>
    </Stack>
  );
}
