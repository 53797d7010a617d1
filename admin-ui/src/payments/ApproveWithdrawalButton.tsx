import { Button } from '@mantine/core';
import { useSession } from '../admin/session-context';
import { withdrawalSubject } from '../admin/session-ability';
import { useDialog } from '../ui/use-dialog';
import { DecisionModal, type DecisionTarget } from './DecisionModal';

/** Approves a withdrawal; shown only when CASL allows this officer to approve this one (not the maker, not twice). */
export function ApproveWithdrawalButton({ target, requestedBy }: { target: DecisionTarget; requestedBy: string }) {
  const { ability } = useSession();
  const { opened, open, close } = useDialog();
  if (ability.cannot('approve', withdrawalSubject({ ...target, requestedBy }))) return null;
  return (
    <>
      <Button size="xs" color="teal" onClick={open}>
        Approve
      </Button>
      {opened && <DecisionModal target={target} decision="APPROVE" opened={opened} onClose={close} />}
    </>
  );
}
