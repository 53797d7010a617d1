import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeError, problemCode } from '../api/http';
import { Fact } from '../ui/Fact';
import { Money } from '../ui/Money';
import { NavIcon } from '../ui/NavIcon';
import { useToast } from '../ui/toast-context';
import { useWithdrawalDecision, type Decision } from './use-withdrawal-decision';

/** The withdrawal facts a decision is taken on. */
export interface DecisionTarget {
  paymentId: string;
  playerId: string;
  amountMinor: number;
  currency: string;
  approvalsNeeded: number;
  decidedBy: string[];
  fourEyes: boolean;
  seniorRequiredForNext: boolean;
}

/**
 * Approve or reject one withdrawal: a reason is always required (it goes into the audit log), and an approval of a
 * four-eyes amount is confirmed with a current authenticator code (step-up), as the API demands.
 */
export function DecisionModal({
  target,
  decision,
  opened,
  onClose,
}: {
  target: DecisionTarget;
  decision: Decision;
  opened: boolean;
  onClose: () => void;
}) {
  const toast = useToast();
  const [reason, setReason] = useState('');
  const [totp, setTotp] = useState('');
  const [stepUpAsked, setStepUpAsked] = useState(false);
  const mutation = useWithdrawalDecision(target.paymentId, decision);
  const approving = decision === 'APPROVE';
  const needsStepUp = approving && (target.fourEyes || stepUpAsked);
  const approvalsAfter = target.decidedBy.length + 1;
  const finalApproval = approvalsAfter >= target.approvalsNeeded;

  const close = () => {
    setReason('');
    setTotp('');
    mutation.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      { reason: reason.trim(), totp: needsStepUp ? totp.trim() : undefined },
      {
        onSuccess: (state) => {
          toast({
            tone: 'success',
            title: approving ? 'Approval recorded' : 'Withdrawal rejected',
            message: `${target.paymentId} is now ${state.status.replaceAll('_', ' ').toLowerCase()}.`,
          });
          close();
        },
        onError: (err) => {
          if (problemCode(err) === 'STEP_UP_REQUIRED') {
            setStepUpAsked(true);
            setTotp('');
          }
        },
      },
    );
  };

  const valid = reason.trim().length > 0 && (!needsStepUp || /^\d{6}$/.test(totp.trim()));

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={
        <Text fw={600}>
          {approving ? 'Approve withdrawal' : 'Reject withdrawal'}{' '}
          <Text span ff="monospace" size="sm" c="dimmed">
            {target.paymentId}
          </Text>
        </Text>
      }
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={3} spacing="md">
            <Fact label="Amount">
              <Text fw={700} size="lg" span>
                <Money amountMinor={target.amountMinor} currency={target.currency} />
              </Text>
            </Fact>
            <Fact label="Player">
              <Text ff="monospace" size="xs" span>
                {target.playerId}
              </Text>
            </Fact>
            <Fact label="Approvals">
              {target.decidedBy.length} of {Math.max(target.approvalsNeeded, 1)}
            </Fact>
          </SimpleGrid>

          {approving && target.approvalsNeeded >= 2 && (
            <Alert color="violet" variant="light" icon={<NavIcon name="staff" />}>
              {finalApproval
                ? 'Four-eyes withdrawal: yours is the second and final approval. The payout starts as soon as you confirm.'
                : 'Four-eyes withdrawal: after your approval it waits for a second approval by senior compliance.'}
            </Alert>
          )}
          {!approving && (
            <Alert color="red" variant="light" icon={<NavIcon name="alert" />}>
              Rejecting releases the reserved funds back to the player&apos;s cash balance. This cannot be undone.
            </Alert>
          )}

          <Textarea
            label="Reason"
            description="Recorded with your decision in the audit log."
            placeholder={
              approving
                ? 'e.g. Source of funds verified against deposits'
                : 'e.g. Payment details do not match the account holder'
            }
            required
            autosize
            minRows={3}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
          />

          {needsStepUp && (
            <TextInput
              label="Authenticator code"
              description="Amounts from the four-eyes threshold need a current code from your authenticator app."
              placeholder="123456"
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={6}
              required
              w={260}
              value={totp}
              onChange={(event) => setTotp(event.currentTarget.value.replace(/\D/g, ''))}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.3em' } }}
              leftSection={<NavIcon name="lock" size={16} />}
            />
          )}

          {mutation.error && (
            <Alert color="red" variant="light" role="alert" title="Decision not recorded">
              {describeError(mutation.error)}
            </Alert>
          )}

          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color={approving ? 'teal' : 'red'} loading={mutation.isPending} disabled={!valid}>
              {approving ? 'Approve withdrawal' : 'Reject withdrawal'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
