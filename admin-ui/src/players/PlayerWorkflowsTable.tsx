import { Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import type { PlayerWorkflow } from './players-api';
import { DateTime } from '../ui/DateTime';
import { TableState } from '../ui/TableState';
import { TemporalLink } from '../ui/TemporalLink';

const STATUS_COLORS: Record<string, string> = {
  RUNNING: 'blue',
  COMPLETED: 'teal',
  FAILED: 'red',
  TERMINATED: 'red',
  TIMED_OUT: 'orange',
  CANCELED: 'gray',
  CANCELLED: 'gray',
};

/**
 * The Temporal workflows about this player (visibility query `PlayerId = '<id>'`), each linked to Temporal Web; null
 * while Temporal does not answer.
 */
export function PlayerWorkflowsTable({ workflows }: { workflows: PlayerWorkflow[] | null }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover aria-label="Workflows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Started</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Workflow id</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>
              <VisuallyHidden>Temporal Web</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableState
            columns={5}
            loading={false}
            error={null}
            empty={!workflows?.length}
            emptyText={
              workflows
                ? 'No workflows.'
                : 'Temporal is not answering, so the workflows cannot be listed now; the rest of this page comes from the database.'
            }
          />
          {workflows?.map((workflow) => (
            <Table.Tr key={workflow.workflowId}>
              <Table.Td>
                <DateTime value={workflow.startTime} />
              </Table.Td>
              <Table.Td>{workflow.type}</Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {workflow.workflowId}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge size="sm" color={STATUS_COLORS[workflow.status] ?? 'gray'}>
                  {workflow.status}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                <TemporalLink href={workflow.temporalWebUrl} compact />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
