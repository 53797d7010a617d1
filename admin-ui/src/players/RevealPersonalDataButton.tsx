import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useSession } from '../admin/session-context';
import { NavIcon } from '../ui/NavIcon';
import { useToast } from '../ui/toast-context';
import { describeError } from '../api/http';
import { revealPersonalData, type RevealedPersonalData } from './players-api';

/** Shows the player's personal data in clear, for roles that may read it; the API writes each reveal to the audit log. */
export function RevealPersonalDataButton({
  playerId,
  onRevealed,
}: {
  playerId: string;
  onRevealed: (data: RevealedPersonalData) => void;
}) {
  const { ability } = useSession();
  const toast = useToast();
  const reveal = useMutation({
    mutationFn: () => revealPersonalData(playerId),
    onSuccess: onRevealed,
    onError: (err) => toast({ tone: 'error', title: 'Personal data not revealed', message: describeError(err) }),
  });
  if (ability.cannot('read', 'PlayerPersonalData')) return null;
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<NavIcon name="lock" size={14} />}
      loading={reveal.isPending}
      onClick={() => reveal.mutate()}
    >
      Reveal (audited)
    </Button>
  );
}
