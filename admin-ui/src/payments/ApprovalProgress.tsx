import { Badge, Group, Progress, Stack, Text } from '@mantine/core';

/**
 * How far a withdrawal is through its approvals, and who must act next: "1 of 2 approvals — awaiting senior
 * compliance" for a four-eyes withdrawal that has its first approval.
 */
export function ApprovalProgress({
  approvalsNeeded,
  approvals,
  approvedBy,
  seniorRequiredForNext,
  escalated,
  decidedByMe,
}: {
  approvalsNeeded: number;
  approvals: number;
  /** The display names of the officers who approved so far. */
  approvedBy: readonly string[];
  seniorRequiredForNext: boolean;
  escalated: boolean;
  decidedByMe: boolean;
}) {
  const needed = Math.max(approvalsNeeded, 1);
  const next = seniorRequiredForNext || escalated ? 'awaiting senior compliance' : 'awaiting a compliance officer';
  const summary = `${approvals} of ${needed} approval${needed === 1 ? '' : 's'} — ${next}`;
  return (
    <Stack gap={4} miw={190} maw={240}>
      <Group gap={6} wrap="nowrap">
        <Progress
          value={(approvals / needed) * 100}
          size="sm"
          w={48}
          color={approvals > 0 ? 'teal' : 'gray'}
          aria-hidden="true"
        />
        <Text size="xs" fw={600} data-testid="approval-progress">
          {summary}
        </Text>
      </Group>
      {approvedBy.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="approved-by">
          Approved by {approvedBy.join(', ')}
        </Text>
      )}
      <Group gap={4}>
        {approvalsNeeded >= 2 && (
          <Badge size="xs" color="violet">
            Four-eyes
          </Badge>
        )}
        {escalated && (
          <Badge size="xs" color="red">
            Escalated
          </Badge>
        )}
        {decidedByMe && (
          <Badge size="xs" color="teal" data-testid="decided-by-me">
            You approved
          </Badge>
        )}
      </Group>
    </Stack>
  );
}
