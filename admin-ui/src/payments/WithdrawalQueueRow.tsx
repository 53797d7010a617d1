import { ActionIcon, Box, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { QueuedWithdrawal } from './payments-api';
import { ActorName } from '../admin/ActorName';
import { useSession } from '../admin/session-context';
import { DateTime } from '../ui/DateTime';
import { methodLabel } from '../ui/format-labels';
import { Money } from '../ui/Money';
import { NavIcon } from '../ui/NavIcon';
import { ShortId } from '../ui/ShortId';
import { ApprovalProgress } from './ApprovalProgress';
import { PaymentInstrumentLabel } from './PaymentInstrumentLabel';
import { ApproveWithdrawalButton } from './ApproveWithdrawalButton';
import { RejectWithdrawalButton } from './RejectWithdrawalButton';
import { RiskPanel } from './RiskPanel';
import { RiskSummary } from './RiskSummary';
import { SlaCountdown } from '../ui/SlaCountdown';
import { withdrawalQueueColumns } from './withdrawal-queue-columns';
import { WithdrawalAssignee } from './WithdrawalAssignee';
import { PlayerTagBadges } from '../players/PlayerTagBadges';

/** One withdrawal awaiting a decision, with its risk context folded out below on demand. */
export function WithdrawalQueueRow({ withdrawal }: { withdrawal: QueuedWithdrawal }) {
  const { session } = useSession();
  const [expanded, { toggle }] = useDisclosure(false);
  const decidedByMe = withdrawal.decidedBy.includes(session.staff.staffId);
  const target = { ...withdrawal };
  return (
    <>
      <Table.Tr data-testid={`queue-row-${withdrawal.paymentId}`} data-status={withdrawal.status}>
        <Table.Td w={36}>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={toggle}
            aria-expanded={expanded}
            aria-label={expanded ? 'Hide risk context' : 'Show risk context'}
          >
            <NavIcon name={expanded ? 'chevronDown' : 'chevronRight'} size={16} />
          </ActionIcon>
        </Table.Td>
        <Table.Td>
          <Stack gap={2}>
            <DateTime value={withdrawal.createdAt} format="short" size="sm" />
            <SlaCountdown dueAt={withdrawal.slaDueAt} escalated={withdrawal.escalated} />
          </Stack>
        </Table.Td>
        <Table.Td>
          <Stack gap={2}>
            <ShortId id={withdrawal.paymentId} to={`/payments/${withdrawal.paymentId}`} />
            <ShortId id={withdrawal.playerId} to={`/players/${withdrawal.playerId}`} />
            <PlayerTagBadges tags={withdrawal.playerTags} size="xs" />
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {withdrawal.brand} ·{' '}
              {withdrawal.requestedBy === withdrawal.playerId ? (
                'by the player'
              ) : (
                <>
                  by <ActorName id={withdrawal.requestedBy} name={withdrawal.requestedByName} />
                </>
              )}
            </Text>
          </Stack>
        </Table.Td>
        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
          <Text fw={700} size="sm">
            <Money amountMinor={withdrawal.amountMinor} currency={withdrawal.currency} />
          </Text>
          <Text size="xs" c="dimmed">
            {methodLabel(withdrawal.method)} · {withdrawal.country}
          </Text>
          <Box data-testid="queue-destination" mt={4} style={{ whiteSpace: 'normal' }}>
            <PaymentInstrumentLabel instrument={withdrawal.instrument} showDepositUse />
          </Box>
        </Table.Td>
        <Table.Td>
          <RiskSummary risk={withdrawal.risk} />
        </Table.Td>
        <Table.Td>
          <ApprovalProgress
            approvalsNeeded={withdrawal.approvalsNeeded}
            approvals={withdrawal.decidedBy.length}
            approvedBy={withdrawal.decidedByNames}
            seniorRequiredForNext={withdrawal.seniorRequiredForNext}
            escalated={withdrawal.escalated}
            decidedByMe={decidedByMe}
          />
          <Box mt={4}>
            <WithdrawalAssignee
              paymentId={withdrawal.paymentId}
              assignee={withdrawal.assignee}
              assigneeName={withdrawal.assigneeName}
            />
          </Box>
        </Table.Td>
        <Table.Td>
          <Group gap={6} wrap="nowrap" justify="flex-end">
            <ApproveWithdrawalButton target={target} requestedBy={withdrawal.requestedBy} />
            <RejectWithdrawalButton target={target} requestedBy={withdrawal.requestedBy} />
          </Group>
        </Table.Td>
      </Table.Tr>
      {expanded && (
        <Table.Tr bg="gray.0">
          <Table.Td />
          <Table.Td colSpan={withdrawalQueueColumns.length - 1}>
            <RiskPanel withdrawal={withdrawal} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
