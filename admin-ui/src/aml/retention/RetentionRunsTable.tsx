import { Badge, Table, Text } from '@mantine/core';
import { DateTime } from '../../ui/DateTime';
import { TableState } from '../../ui/TableState';
import type { RetentionRun } from './retention-api';

const SCHEDULE_ACTOR = 'system:aml-retention-schedule';

const recordsOf = (counts: RetentionRun['purged']) => counts.reduce((sum, t) => sum + t.records, 0);

/** The last runs: who or what started each, what it found purgeable at its cutoff, and what it purged. */
export function RetentionRunsTable({
  runs,
  loading,
  error,
}: {
  runs: readonly RetentionRun[];
  loading: boolean;
  error: unknown;
}) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Started</Table.Th>
            <Table.Th scope="col">Started by</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Found purgeable</Table.Th>
            <Table.Th scope="col">Purged</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableState
            columns={6}
            loading={loading}
            error={error}
            empty={runs.length === 0}
            emptyText="No retention run yet: the daily run starts at 04:00 UTC."
          />
          {runs.map((run) => (
            <Table.Tr key={run.runId}>
              <Table.Td>
                <DateTime value={run.startedAt} />
              </Table.Td>
              <Table.Td>
                {run.requestedBy === SCHEDULE_ACTOR ? 'Daily schedule' : (run.requestedByName ?? run.requestedBy)}
              </Table.Td>
              <Table.Td>{run.mode === 'PURGE' ? 'Purge' : 'Dry run'}</Table.Td>
              <Table.Td>
                {recordsOf(run.report.tables).toLocaleString()} records of {run.report.players.toLocaleString()} players
              </Table.Td>
              <Table.Td>
                {run.mode === 'PURGE' ? (
                  `${recordsOf(run.purged).toLocaleString()} records of ${run.playersPurged.toLocaleString()} players`
                ) : (
                  <Text component="span" c="dimmed" inherit>
                    nothing (dry run)
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={run.status === 'COMPLETED' ? 'green' : 'blue'}>
                  {run.status === 'COMPLETED' ? 'Done' : 'Running'}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
