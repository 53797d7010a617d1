import { Anchor, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ActorName } from '../admin/ActorName';
import type { PaymentDetail } from './payments-api';
import { DateTime } from '../ui/DateTime';
import { Fact } from '../ui/Fact';
import { IdText } from '../ui/IdText';
import { methodLabel } from '../ui/format-labels';
import { Money } from '../ui/Money';
import { PaymentInstrumentLabel } from './PaymentInstrumentLabel';

/** The facts of one payment from the read model: money, player, instrument, route, who asked, when. */
export function PaymentSummary({ payment }: { payment: PaymentDetail }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="lg" verticalSpacing="md">
      <Fact label="Amount">
        <Text fw={700} fz="xl" span>
          <Money amountMinor={payment.amountMinor} currency={payment.currency} />
        </Text>
      </Fact>
      <Fact label="Player">
        <Anchor component={Link} to={`/players/${payment.playerId}`} ff="monospace" size="xs">
          {payment.playerId}
        </Anchor>
      </Fact>
      <Fact label="Brand">{payment.brand}</Fact>
      <Fact label="Method">
        {methodLabel(payment.method)} · {payment.country}
      </Fact>
      <Fact label={payment.kind === 'WITHDRAWAL' ? 'Pays to' : 'Paid from'}>
        <PaymentInstrumentLabel instrument={payment.instrument} showDepositUse={payment.kind === 'WITHDRAWAL'} />
      </Fact>
      <Fact label="PSP">{payment.psp ?? '—'}</Fact>
      <Fact label="Requested by">
        {payment.requestedBy === payment.playerId ? (
          'the player'
        ) : (
          <ActorName id={payment.requestedBy} name={payment.requestedByName} />
        )}
      </Fact>
      <Fact label="Created">
        <DateTime value={payment.createdAt} />
      </Fact>
      <Fact label="Last change">
        <DateTime value={payment.updatedAt} />
      </Fact>
      <Fact label="Approvals needed">{payment.kind === 'WITHDRAWAL' ? payment.approvalsNeeded : '—'}</Fact>
      <Fact label="Escalated">{payment.escalated ? 'Yes' : 'No'}</Fact>
      <Fact label="Failure">{payment.failureReason ?? '—'}</Fact>
      <Fact label="Workflow">
        <IdText value={payment.workflowId} size="xs" />
      </Fact>
    </SimpleGrid>
  );
}
