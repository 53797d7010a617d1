import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { HoverHint } from './HoverHint';

/**
 * A business id shortened for a table cell (`wd_…K2WPPQ`: the prefix says what it is, the tail tells rows apart),
 * with the whole id on hover; detail screens show it in full.
 */
export function ShortId({ id, to }: { id: string; to?: string }) {
  const underscore = id.indexOf('_');
  const short = id.length > 16 && underscore > 0 ? `${id.slice(0, underscore + 1)}…${id.slice(-8)}` : id;
  const label = (
    <Text component="span" ff="monospace" size="xs" style={{ whiteSpace: 'nowrap' }} data-id={id}>
      {short}
    </Text>
  );
  return (
    <HoverHint label={id}>
      {to ? (
        <Anchor component={Link} to={to} aria-label={id} style={{ whiteSpace: 'nowrap' }}>
          {label}
        </Anchor>
      ) : (
        label
      )}
    </HoverHint>
  );
}
