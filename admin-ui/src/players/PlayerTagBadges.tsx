import { Badge, Group } from '@mantine/core';

/** A player's tags (from player notes) as badges: in the player 360's header and the withdrawal queue's rows. */
export function PlayerTagBadges({ tags, size = 'sm' }: { tags: readonly string[]; size?: 'xs' | 'sm' | 'md' }) {
  if (tags.length === 0) return null;
  return (
    <Group gap={4} component="ul" aria-label="Player tags" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {tags.map((tag) => (
        <li key={tag}>
          <Badge size={size} variant="light" color="grape" tt="none">
            {tag}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
