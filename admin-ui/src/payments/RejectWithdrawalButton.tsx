import { Button } from '@mantine/core';
import { useSession } from '../admin/session-context';
import { withdrawalSubject } from '../admin/session-ability';
import { useDialog } from '../ui/use-dialog';
import { DecisionModal, type DecisionTarget } from './DecisionModal';

/** Rejects a withdrawal with a reason; shown only when CASL allows this officer to decide on this one. */
export function RejectWithdrawalButton({ target, requestedBy }: { target: DecisionTarget; requestedBy: string }) {
  const { ability } = useSession();
  const { opened, open, close } = useDialog();
  if (ability.cannot('reject', withdrawalSubject({ ...target, requestedBy }))) return null;
  return (
    <>
      <Button size="xs" color="red" variant="light" onClick={open}>
        Reject
      </Button>
      {opened && <DecisionModal target={target} decision="REJECT" opened={opened} onClose={close} />}
    </>
  );
}
