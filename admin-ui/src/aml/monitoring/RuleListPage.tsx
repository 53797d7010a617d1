import { Anchor, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { PageLoader } from '../../ui/PageLoader';
import { formatPrecision, listAmlRules } from './monitoring-api';
import { SeverityBadge } from './SeverityBadge';

/** The monitoring rules: which version is live, how many alerts each raised and how many cases confirmed them. */
export function RuleListPage() {
  const rules = useQuery({ queryKey: ['aml-rules'], queryFn: ({ signal }) => listAmlRules(signal) });
  return (
    <>
      <PageHeader
        title="AML rules"
        description="Precision is the share of a rule's judged alerts that cases confirmed as suspicious."
      />
      <ErrorAlert error={rules.error} title="The rules could not be loaded" />
      {rules.isPending ? (
        <PageLoader />
      ) : (
        <Paper p={0}>
          <Table aria-label="AML monitoring rules" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Rule</Table.Th>
                <Table.Th>Severity</Table.Th>
                <Table.Th>Live version</Table.Th>
                <Table.Th>Versions</Table.Th>
                <Table.Th>Alerts raised</Table.Th>
                <Table.Th>Confirmed / dismissed</Table.Th>
                <Table.Th>Precision</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(rules.data?.items ?? []).map((r) => (
                <Table.Tr key={r.ruleId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/aml/rules/${r.ruleId}`}>
                      {r.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.severity ? <SeverityBadge severity={r.severity} /> : '—'}</Table.Td>
                  <Table.Td>
                    {r.liveVersion ?? (
                      <Text span c="dimmed">
                        None (off)
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{r.versionsCount}</Table.Td>
                  <Table.Td>{r.alertsRaised}</Table.Td>
                  <Table.Td>
                    {r.truePositives} / {r.falsePositives}
                  </Table.Td>
                  <Table.Td>{formatPrecision(r.precision)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </>
  );
}
