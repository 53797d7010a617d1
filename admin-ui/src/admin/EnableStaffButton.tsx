import { Button } from '@mantine/core';
import type { StaffMember } from './admin-api';
import { useToast } from '../ui/toast-context';
import { useSession } from './session-context';
import { useStaffChange } from './use-staff-change';

/** Re-enables a disabled staff member. */
export function EnableStaffButton({ member }: { member: StaffMember }) {
  const { ability } = useSession();
  const toast = useToast();
  const change = useStaffChange(member.staffId);
  if (ability.cannot('manage', 'Staff') || !member.disabled) return null;
  return (
    <Button
      size="xs"
      variant="light"
      loading={change.isPending}
      onClick={() =>
        change.mutate(
          { disabled: false },
          {
            onSuccess: () => toast({ tone: 'success', title: 'Staff member enabled', message: member.username }),
            onError: (err) => toast({ tone: 'error', title: 'Could not enable', message: err.message }),
          },
        )
      }
    >
      Enable
    </Button>
  );
}
