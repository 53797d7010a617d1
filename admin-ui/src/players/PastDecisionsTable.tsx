import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DateTime } from '../ui/DateTime';
import type { DecisionContext } from './context-api';

type Decision = DecisionContext['pastDecisions'][number];

const KIND_LABELS: Record<Decision['kind'], string> = {
  WITHDRAWAL: 'Withdrawal',
  KYC_REVIEW: 'KYC review',
  AML_CASE: 'AML case',
};

const linkOf = (d: Decision) =>
  d.kind === 'WITHDRAWAL'
    ? `/payments/${d.subjectId}`
    : d.kind === 'KYC_REVIEW'
      ? `/kyc/reviews/${encodeURIComponent(d.subjectId)}`
      : `/aml/cases/${d.subjectId}`;

/** Earlier decisions on the player (withdrawals, KYC reviews, closed AML cases), who took them and why. */
export function PastDecisionsTable({ decisions }: { decisions: DecisionContext['pastDecisions'] }) {
  if (decisions.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No earlier decisions on this player.
      </Text>
    );
  }
  return (
    <Table striped verticalSpacing={4} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>When</Table.Th>
          <Table.Th>On</Table.Th>
          <Table.Th>Decision</Table.Th>
          <Table.Th>By</Table.Th>
          <Table.Th>Reason</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {decisions.map((d) => (
          <Table.Tr key={`${d.kind}:${d.subjectId}:${d.staffId ?? ''}:${d.decidedAt}`}>
            <Table.Td>
              <DateTime value={d.decidedAt} size="sm" />
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} to={linkOf(d)} size="sm">
                {KIND_LABELS[d.kind]}
              </Anchor>
            </Table.Td>
            <Table.Td>{d.decision.replaceAll('_', ' ').toLowerCase()}</Table.Td>
            <Table.Td>{d.staffName ?? d.staffId ?? 'system'}</Table.Td>
            <Table.Td>
              {d.reason ?? (
                <Text span c="dimmed" inherit>
                  none given
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
