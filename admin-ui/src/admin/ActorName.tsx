import { Text } from '@mantine/core';
import { HoverHint } from '../ui/HoverHint';

/** What a workflow step records as its actor: no person acted. */
const SYSTEM_ACTOR = 'system';

/**
 * Who acted, as people read it: a staff member by name (their `st_…` id on hover, for engineers), a workflow's
 * own step as "System", anyone else (a player, 'anonymous') by the id recorded.
 */
export function ActorName({ id, name }: { id: string; name: string | null | undefined }) {
  if (name) {
    return (
      <HoverHint label={id}>
        <Text span inherit data-staff-id={id}>
          {name}
        </Text>
      </HoverHint>
    );
  }
  if (id === SYSTEM_ACTOR) {
    return (
      <HoverHint label="An automatic step of the workflow">
        <Text span inherit>
          System
        </Text>
      </HoverHint>
    );
  }
  return (
    <Text span inherit ff="monospace">
      {id}
    </Text>
  );
}
