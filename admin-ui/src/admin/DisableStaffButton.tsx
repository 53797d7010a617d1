import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { type StaffMember } from './admin-api';
import { describeError } from '../api/http';
import { useToast } from '../ui/toast-context';
import { useSession } from './session-context';
import { useStaffChange } from './use-staff-change';

/** Disables a staff member: their sessions stop working and they cannot sign in. Not offered on oneself. */
export function DisableStaffButton({ member }: { member: StaffMember }) {
  const { ability, session } = useSession();
  const toast = useToast();
  const [opened, { open, close }] = useDisclosure(false);
  const change = useStaffChange(member.staffId);
  const [reason, setReason] = useState('');
  if (ability.cannot('manage', 'Staff') || member.disabled || member.staffId === session.staff.staffId) return null;
  return (
    <>
      <Button size="xs" color="red" variant="light" onClick={open}>
        Disable
      </Button>
      <Modal opened={opened} onClose={close} title={`Disable ${member.displayName}?`} centered>
        <Stack gap="md">
          <Text size="sm">
            {member.username} will be signed out everywhere and will not be able to sign in until re-enabled.
          </Text>
          <Textarea
            label="Reason"
            description="Optional; recorded in the audit log."
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {change.error && (
            <Alert color="red" variant="light" role="alert">
              {describeError(change.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={change.isPending}
              onClick={() =>
                change.mutate(
                  { disabled: true, reason: reason.trim() || undefined },
                  {
                    onSuccess: () => {
                      toast({ tone: 'success', title: 'Staff member disabled', message: member.username });
                      close();
                    },
                  },
                )
              }
            >
              Disable {member.username}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
