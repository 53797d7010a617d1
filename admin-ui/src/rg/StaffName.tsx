import { useQuery } from '@tanstack/react-query';
import { ActorName } from '../admin/ActorName';
import { listColleagues } from '../admin/admin-api';
import { useSession } from '../admin/session-context';

/**
 * Who acted on a player's RG record, as people read it: the player themself, the signed-in staff member by name
 * ("you"), any other enabled staff member by the name the colleagues list gives (one request, shared by every
 * name on the page), and anyone else (a workflow step, a disabled account) as ActorName shows an id.
 */
export function StaffName({ id, playerId }: { id: string; playerId?: string }) {
  const { session } = useSession();
  const colleagues = useQuery({
    queryKey: ['colleagues'],
    queryFn: ({ signal }) => listColleagues([], signal),
    staleTime: 5 * 60_000,
  });
  if (playerId && id === playerId) return <ActorName id={id} name="The player" />;
  if (id === session.staff.staffId) return <ActorName id={id} name={`${session.staff.displayName} (you)`} />;
  return <ActorName id={id} name={colleagues.data?.items.find((c) => c.staffId === id)?.displayName ?? null} />;
}
