import { Badge, Table, Text } from '@mantine/core';
import type { PaymentAttempt } from './payments-api';
import { DateTime } from '../ui/DateTime';
import { TableState } from '../ui/TableState';

const OUTCOME_COLORS: Record<string, string> = {
  SUCCESS: 'teal',
  PENDING: 'yellow',
  HARD_DECLINE: 'red',
  SOFT_DECLINE: 'orange',
  TIMEOUT: 'orange',
  OUTAGE: 'orange',
};

/** Every PSP try of the payment, in route order: the outcome class, the PSP's own code and reference, the latency. */
export function PspAttemptsTable({ attempts }: { attempts: PaymentAttempt[] }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table aria-label="PSP attempts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>PSP</Table.Th>
            <Table.Th>Operation</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>PSP code</Table.Th>
            <Table.Th>PSP reference</Table.Th>
            <Table.Th ta="right">Latency</Table.Th>
            <Table.Th>Started</Table.Th>
            <Table.Th>Finished</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableState
            columns={9}
            loading={false}
            error={null}
            empty={attempts.length === 0}
            emptyText="No PSP attempt yet."
          />
          {attempts.map((attempt) => (
            <Table.Tr key={attempt.attemptId}>
              <Table.Td>{attempt.seq}</Table.Td>
              <Table.Td fw={600}>{attempt.psp}</Table.Td>
              <Table.Td>{attempt.operation}</Table.Td>
              <Table.Td>
                <Badge size="sm" color={OUTCOME_COLORS[attempt.outcome ?? ''] ?? 'gray'}>
                  {(attempt.outcome ?? attempt.status).replaceAll('_', ' ')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {attempt.code ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {attempt.pspReference ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{attempt.latencyMs === null ? '—' : `${attempt.latencyMs} ms`}</Table.Td>
              <Table.Td>
                <DateTime value={attempt.startedAt} />
              </Table.Td>
              <Table.Td>
                <DateTime value={attempt.finishedAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
