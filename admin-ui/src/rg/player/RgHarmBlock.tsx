import { Badge, Group, Stack, Table, Text, useMantineTheme } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DateTime } from '../../ui/DateTime';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Fact } from '../../ui/Fact';
import { PageLoader } from '../../ui/PageLoader';
import { getRgHarmScore, rgKeys, type RgHarmScore } from '../rg-api';
import { INTERVENTION_LEVEL_LABEL, LEVEL_COLOR, MARKER_LABEL } from '../rg-labels';

/** The harm score, its level, and what each marker of harm contributed, with the explanation officers act on. */
export function RgHarmBlock({ playerId }: { playerId: string }) {
  const harm = useQuery({
    queryKey: rgKeys.part(playerId, 'harm'),
    queryFn: ({ signal }) => getRgHarmScore(playerId, signal),
  });
  if (harm.isPending) return <PageLoader />;
  if (harm.error) return <ErrorAlert error={harm.error} title="The harm score could not be loaded" />;
  const data = harm.data;
  if (!data) return <Text c="dimmed">No harm score yet for this player.</Text>;
  return (
    <Stack gap="sm">
      <Group gap="xl">
        <Fact label="Harm score" testId="rg-harm-score">
          <Text fw={700} fz="xl" span>
            {data.score}
          </Text>
        </Fact>
        <Fact label="Level">
          <Badge color={LEVEL_COLOR[data.level] ?? 'gray'}>{INTERVENTION_LEVEL_LABEL[data.level] ?? data.level}</Badge>
        </Fact>
        <Fact label="Window">last {data.windowDays} days</Fact>
      </Group>
      {data.contributions.length === 0 ? (
        <Text c="dimmed" size="sm">
          No marker of harm observed.
        </Text>
      ) : (
        <>
          <ContributionsChart contributions={data.contributions} />
          <Table aria-label="Markers of harm" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Marker</Table.Th>
                <Table.Th>Weight</Table.Th>
                <Table.Th>Seen</Table.Th>
                <Table.Th>Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.contributions.map((c, i) => (
                <Table.Tr key={`${c.marker}-${i}`}>
                  <Table.Td>
                    {MARKER_LABEL[c.marker]}
                    {c.strong && (
                      <Badge ml="xs" size="sm" color="red" variant="light">
                        Strong indicator
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{c.weight}</Table.Td>
                  <Table.Td>
                    <DateTime value={c.observedAt} />
                  </Table.Td>
                  <Table.Td>{c.explanation}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}

/** The score's make-up as bars, one per marker (summed when a marker was seen more than once). */
function ContributionsChart({ contributions }: { contributions: RgHarmScore['contributions'] }) {
  const theme = useMantineTheme();
  const byMarker = new Map<string, number>();
  for (const c of contributions) byMarker.set(c.marker, (byMarker.get(c.marker) ?? 0) + c.weight);
  const rows = [...byMarker.entries()].map(([marker, weight]) => ({
    marker: MARKER_LABEL[marker as keyof typeof MARKER_LABEL] ?? marker,
    weight,
  }));
  return (
    <div role="img" aria-label={`Harm score contributions: ${rows.map((r) => `${r.marker} ${r.weight}`).join(', ')}`}>
      <ResponsiveContainer width="100%" height={40 + rows.length * 28}>
        <BarChart data={rows} layout="vertical" margin={{ left: 24, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} fontSize={12} />
          <YAxis type="category" dataKey="marker" width={180} fontSize={12} />
          <Tooltip />
          <Bar dataKey="weight" name="Contribution" fill={theme.colors.orange[6]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
