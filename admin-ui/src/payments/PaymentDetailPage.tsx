import { Anchor, Breadcrumbs, Grid, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Money } from '../ui/Money';
import { PageHeader } from '../ui/PageHeader';
import { PageLoader } from '../ui/PageLoader';
import { Section } from '../ui/Section';
import { TemporalLink } from '../ui/TemporalLink';
import { DecisionsTable } from './DecisionsTable';
import { LedgerTransactionsTable } from './LedgerTransactionsTable';
import { PaymentDecisionButtons } from './PaymentDecisionButtons';
import { PaymentStatusBadge } from './PaymentStatusBadge';
import { PaymentSummary } from './PaymentSummary';
import { WithdrawalAssignee } from './WithdrawalAssignee';
import { DecisionContextPanel } from '../players/DecisionContextPanel';
import { PlayerNotesPanel } from '../players/PlayerNotesPanel';
import { AWAITING_DECISION_STATUSES } from '../../../contracts/payments';
import { PaymentTimeline } from './PaymentTimeline';
import { PspAttemptsTable } from './PspAttemptsTable';
import { RetryPayoutButton } from './RetryPayoutButton';
import { SagaStatePanel } from './SagaStatePanel';
import { paymentDetailQuery } from './withdrawal-queries';

/**
 * One payment's whole story: the read model's timeline next to the saga's live state, every PSP attempt, the
 * officers' decisions and the ledger transactions, with a link to the workflow in Temporal Web. Refreshes every
 * few seconds until the payment is final.
 */
/** The statuses in which a withdrawal is in the approval queue, and so worked by an officer. */
const AWAITING = new Set<string>(AWAITING_DECISION_STATUSES);

export function PaymentDetailPage() {
  const { paymentId = '' } = useParams();
  const detail = useQuery(paymentDetailQuery(paymentId));
  const payment = detail.data;

  const breadcrumbs = (
    <Breadcrumbs mb="xs" separator="/">
      <Anchor component={Link} to="/payments" size="sm">
        Payments
      </Anchor>
      <Text size="sm" ff="monospace">
        {paymentId}
      </Text>
    </Breadcrumbs>
  );

  if (!payment) {
    return (
      <>
        {breadcrumbs}
        {detail.isPending ? <PageLoader /> : <ErrorAlert error={detail.error} title="Payment not available" />}
      </>
    );
  }

  const isWithdrawal = payment.kind === 'WITHDRAWAL';
  return (
    <>
      {breadcrumbs}
      <PageHeader
        title={
          <>
            {isWithdrawal ? 'Withdrawal' : 'Deposit'} of{' '}
            <Money amountMinor={payment.amountMinor} currency={payment.currency} />
          </>
        }
        badge={<PaymentStatusBadge status={payment.status} size="lg" testId="payment-status" />}
        description={
          <Text span ff="monospace" size="sm">
            {payment.paymentId}
          </Text>
        }
        actions={
          <Group gap="sm">
            {isWithdrawal && <PaymentDecisionButtons paymentId={payment.paymentId} status={payment.status} />}
            {isWithdrawal && <RetryPayoutButton paymentId={payment.paymentId} status={payment.status} />}
            <TemporalLink href={payment.temporalWebUrl} />
          </Group>
        }
      />
      <ErrorAlert error={detail.error} title="Could not refresh" />
      <Stack gap="md">
        <Section
          title="Summary"
          actions={
            isWithdrawal && AWAITING.has(payment.status) ? (
              <Group gap={6} wrap="nowrap">
                <Text size="sm" c="dimmed">
                  Officer:
                </Text>
                <WithdrawalAssignee
                  paymentId={payment.paymentId}
                  assignee={payment.assignee}
                  assigneeName={payment.assigneeName}
                  withAssign
                />
              </Group>
            ) : undefined
          }
        >
          <PaymentSummary payment={payment} />
        </Section>
        {isWithdrawal && (
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <DecisionContextPanel playerId={payment.playerId} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <PlayerNotesPanel playerId={payment.playerId} />
            </Grid.Col>
          </Grid>
        )}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Section title="Timeline" description="Each step the saga recorded in the read model.">
              <PaymentTimeline events={payment.timeline} />
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
              <Section title="Saga state" description="Live from the workflow's getStatus query.">
                <SagaStatePanel state={payment.workflowState} />
              </Section>
              {isWithdrawal && (
                <Section title="Decisions" flush>
                  <DecisionsTable decisions={payment.decisions} />
                </Section>
              )}
              <Section title="Ledger transactions" flush>
                <LedgerTransactionsTable transactions={payment.ledger} />
              </Section>
            </Stack>
          </Grid.Col>
        </Grid>
        <Section
          title="PSP attempts"
          description="Every try along the route, in order; the attempt id is the PSP's idempotency key."
          flush
        >
          <PspAttemptsTable attempts={payment.attempts} />
        </Section>
      </Stack>
    </>
  );
}
