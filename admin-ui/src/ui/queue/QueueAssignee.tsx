import { Badge, Button, Group, Text } from '@mantine/core';

/**
 * Who works a queue item, and the claim button while nobody does: the same in every queue (withdrawals, AML
 * alerts, AML cases). `onClaim` is absent for staff who may not work the item.
 */
export function QueueAssignee({
  assignee,
  assigneeName,
  myStaffId,
  onClaim,
  claiming = false,
}: {
  assignee: string | null;
  assigneeName: string | null;
  myStaffId: string;
  onClaim?: () => void;
  claiming?: boolean;
}) {
  if (assignee === myStaffId) {
    return (
      <Badge size="sm" color="blue" variant="light" tt="none">
        Yours
      </Badge>
    );
  }
  if (assignee) {
    return (
      <Text size="sm" span>
        {assigneeName ?? assignee}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c="dimmed" span>
        Nobody
      </Text>
      {onClaim && (
        <Button size="compact-xs" variant="light" loading={claiming} onClick={onClaim}>
          Claim
        </Button>
      )}
    </Group>
  );
}
