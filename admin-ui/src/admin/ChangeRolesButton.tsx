import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { type StaffMember, type StaffRole } from './admin-api';
import { describeError } from '../api/http';
import { useToast } from '../ui/toast-context';
import { RolesPicker } from './RolesPicker';
import { useSession } from './session-context';
import { useStaffChange } from './use-staff-change';

/** Changes which roles a staff member holds; at least one is required. */
export function ChangeRolesButton({ member }: { member: StaffMember }) {
  const { ability } = useSession();
  const toast = useToast();
  const [opened, { open, close }] = useDisclosure(false);
  const [roles, setRoles] = useState<StaffRole[]>(member.roles);
  const change = useStaffChange(member.staffId);
  const [reason, setReason] = useState('');
  if (ability.cannot('manage', 'Staff')) return null;
  const unchanged = roles.length === member.roles.length && roles.every((r) => member.roles.includes(r));
  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => {
          setRoles(member.roles);
          change.reset();
          open();
        }}
      >
        Change roles
      </Button>
      <Modal opened={opened} onClose={close} title={`Roles of ${member.displayName}`} size="lg" centered>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Changes apply to {member.username}&apos;s next request; the change is recorded in the audit log.
          </Text>
          <RolesPicker
            value={roles}
            onChange={setRoles}
            error={roles.length === 0 ? 'Choose at least one role' : undefined}
          />
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
              disabled={roles.length === 0 || unchanged}
              loading={change.isPending}
              onClick={() =>
                change.mutate(
                  { roles, reason: reason.trim() || undefined },
                  {
                    onSuccess: () => {
                      toast({
                        tone: 'success',
                        title: 'Roles changed',
                        message: `${member.username}: ${roles.join(', ')}`,
                      });
                      close();
                    },
                  },
                )
              }
            >
              Save roles
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
