import { Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { getPlayerRiskScore } from './monitoring-api';

/** A player's AML risk score and, rule by rule, where it comes from; for any screen beside a decision. */
export function PlayerRiskScore({ playerId }: { playerId: string }) {
  const risk = useQuery({
    queryKey: ['aml-risk-score', playerId],
    queryFn: ({ signal }) => getPlayerRiskScore(playerId, signal),
  });
  if (risk.error) return <ErrorAlert error={risk.error} title="The risk score could not be loaded" />;
  if (!risk.data) return <Text c="dimmed">Loading the risk score…</Text>;
  const { score, windowDays, contributions } = risk.data;
  return (
    <Stack gap="xs">
      <Text fw={600}>
        AML risk score: {score}{' '}
        <Text span c="dimmed" size="sm">
          (alerts of the last {windowDays} days, dismissed ones left out)
        </Text>
      </Text>
      {contributions.length > 0 && (
        <Table aria-label="What makes up the risk score">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Rule</Table.Th>
              <Table.Th>Alerts</Table.Th>
              <Table.Th>Points</Table.Th>
              <Table.Th>Last</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contributions.map((c) => (
              <Table.Tr key={`${c.ruleId}:${c.ruleVersion}`}>
                <Table.Td>
                  {c.ruleName} (version {c.ruleVersion})
                </Table.Td>
                <Table.Td>{c.alerts}</Table.Td>
                <Table.Td>{c.score}</Table.Td>
                <Table.Td>{new Date(c.lastAt).toLocaleString()}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
