import { Badge, Table, Text } from '@mantine/core';
import type { PaymentDecision } from './payments-api';
import { ActorName } from '../admin/ActorName';
import { RoleBadge } from '../admin/RoleBadge';
import { DateTime } from '../ui/DateTime';
import { TableState } from '../ui/TableState';

/** The officers' decisions on a withdrawal, in order, with the role each acted in and their reason. */
export function DecisionsTable({ decisions }: { decisions: PaymentDecision[] }) {
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table aria-label="Decisions" style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Officer</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Decision</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableState
            columns={5}
            loading={false}
            error={null}
            empty={decisions.length === 0}
            emptyText="No decision yet."
          />
          {decisions.map((decision) => (
            <Table.Tr key={`${decision.staffId}-${decision.at}`} data-testid="decision-row">
              <Table.Td>
                <DateTime value={decision.at} format="short" />
              </Table.Td>
              <Table.Td>
                <Text size="sm" span>
                  <ActorName id={decision.staffId} name={decision.staffName} />
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <RoleBadge role={decision.role} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge color={decision.decision === 'APPROVE' ? 'teal' : 'red'} size="sm">
                  {decision.decision}
                </Badge>
              </Table.Td>
              <Table.Td miw={200} style={{ whiteSpace: 'normal' }}>
                <Text size="sm" c={decision.reason ? undefined : 'dimmed'}>
                  {decision.reason ?? '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
