import { ActorName } from '../admin/ActorName';
import { useSession } from '../admin/session-context';

/**
 * Who acted on a player's RG record, as people read it: the player themself, the signed-in staff member by name,
 * a workflow step as "System", any other staff member by the id the RG API records (it does not name staff yet).
 */
export function StaffName({ id, playerId }: { id: string; playerId?: string }) {
  const { session } = useSession();
  if (playerId && id === playerId) return <ActorName id={id} name="The player" />;
  if (id === session.staff.staffId) return <ActorName id={id} name={`${session.staff.displayName} (you)`} />;
  return <ActorName id={id} name={null} />;
}
