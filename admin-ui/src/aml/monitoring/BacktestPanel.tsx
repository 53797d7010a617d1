import { Box, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../../admin/session-context';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Fact } from '../../ui/Fact';
import { runAmlBacktest, type AmlBacktest, type AmlRuleVersion } from './monitoring-api';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Runs a version over a past period of recorded events and shows what it would have raised, day by day. */
export function BacktestPanel({
  ruleId,
  versions,
  latest,
}: {
  ruleId: string;
  versions: AmlRuleVersion[];
  latest?: AmlBacktest;
}) {
  const { ability } = useSession();
  const [from, setFrom] = useState(isoDay(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(isoDay(new Date(Date.now() + 86_400_000)));
  const [version, setVersion] = useState(String(versions[0]?.version ?? 1));
  const [shown, setShown] = useState<AmlBacktest | undefined>(latest);
  const queryClient = useQueryClient();
  const running = useMutation({
    mutationFn: () =>
      runAmlBacktest(ruleId, {
        from: new Date(`${from}T00:00:00Z`).toISOString(),
        to: new Date(`${to}T00:00:00Z`).toISOString(),
        version: Number(version),
      }),
    onSuccess: async (result) => {
      setShown(result);
      await queryClient.invalidateQueries({ queryKey: ['aml-rule', ruleId] });
    },
  });
  return (
    <Stack gap="md">
      {ability.can('run', 'AmlRule') && (
        <Group align="flex-end">
          <Select
            label="Version"
            data={versions.map((v) => ({
              value: String(v.version),
              label: `Version ${v.version}${v.live ? ' (live)' : ''}`,
            }))}
            value={version}
            onChange={(v) => v && setVersion(v)}
          />
          <TextInput type="date" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput type="date" label="To (not included)" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          <Button loading={running.isPending} onClick={() => running.mutate()}>
            Run the back-test
          </Button>
        </Group>
      )}
      <ErrorAlert error={running.error} title="The back-test could not run" />
      {shown && <BacktestResult backtest={shown} />}
    </Stack>
  );
}

function BacktestResult({ backtest }: { backtest: AmlBacktest }) {
  const { result } = backtest;
  const max = Math.max(1, ...result.perDay.map((d) => d.alerts));
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <Fact label="Version">{backtest.ruleVersion ?? 'Unsaved draft'}</Fact>
        <Fact label="Period">
          {backtest.from.slice(0, 10)} to {backtest.to.slice(0, 10)}
        </Fact>
        <Fact label="Events evaluated">{result.eventsEvaluated}</Fact>
        <Fact label="Alerts it would have raised">
          {result.alerts} for {result.players.length} players
        </Fact>
      </SimpleGrid>
      {result.perDay.length > 0 && (
        <Box role="img" aria-label={`Alerts per day: ${result.perDay.map((d) => `${d.day} ${d.alerts}`).join(', ')}`}>
          <Group gap={4} align="flex-end" h={80}>
            {result.perDay.map((d) => (
              <Box
                key={d.day}
                title={`${d.day}: ${d.alerts}`}
                w={12}
                h={`${Math.max(4, (d.alerts / max) * 80)}px`}
                bg="blue.6"
              />
            ))}
          </Group>
        </Box>
      )}
      {result.players.length > 0 && (
        <Table aria-label="Players the back-test would have alerted on">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Player</Table.Th>
              <Table.Th>Alerts</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.players.slice(0, 50).map((p) => (
              <Table.Tr key={p.playerId}>
                <Table.Td>{p.playerId}</Table.Td>
                <Table.Td>{p.alerts}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {result.errors > 0 && <Text c="red">{result.errors} events could not be evaluated by this version.</Text>}
    </Stack>
  );
}
