import { Table, Text } from '@mantine/core';
import type { PlayerOverview } from './players-api';
import { DepositUseBadge } from '../payments/PaymentInstrumentLabel';
import { DateTime } from '../ui/DateTime';
import { methodLabel } from '../ui/format-labels';
import { TableState } from '../ui/TableState';

/**
 * The player's cards, bank accounts and e-wallets as their PSPs tokenised them (display data only), each with
 * whether it funded the account and can receive payouts: where closed-loop payouts may go.
 */
export function PlayerInstrumentsTable({ instruments }: { instruments: PlayerOverview['paymentInstruments'] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover aria-label="Payment methods">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Method</Table.Th>
            <Table.Th>Details</Table.Th>
            <Table.Th>Holder</Table.Th>
            <Table.Th>PSP</Table.Th>
            <Table.Th>First deposit</Table.Th>
            <Table.Th>Payouts</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableState
            columns={6}
            loading={false}
            error={null}
            empty={instruments.length === 0}
            emptyText="No payment methods yet: a PSP tokenises one at the player's first deposit."
          />
          {instruments.map((instrument) => (
            <Table.Tr key={instrument.instrumentId} data-testid={`instrument-row-${instrument.instrumentId}`}>
              <Table.Td>{methodLabel(instrument.kind)}</Table.Td>
              <Table.Td>
                <Text size="sm">{instrument.label}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={instrument.holderName ? undefined : 'dimmed'}>
                  {instrument.holderName ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>{instrument.psp}</Table.Td>
              <Table.Td>
                {instrument.firstDepositAt ? (
                  <DateTime value={instrument.firstDepositAt} />
                ) : (
                  <DepositUseBadge instrument={instrument} />
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={instrument.canReceivePayouts ? undefined : 'dimmed'}>
                  {instrument.canReceivePayouts ? 'Can receive' : 'Cannot receive'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
