import { Anchor, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { HoverHint } from './HoverHint';

/**
 * A business id shortened for a table cell (`wd_…K2WPPQ`: the prefix says what it is, the tail tells rows apart),
 * with the whole id on hover; detail screens show it in full. A screen reader reads the whole id: the elided middle
 * is there, visually hidden. No aria-label: a link's name must contain the text it shows (WCAG 2.5.3).
 */
export function ShortId({ id, to }: { id: string; to?: string }) {
  const underscore = id.indexOf('_');
  const shortened = id.length > 16 && underscore > 0;
  const label = (
    <Text component="span" ff="monospace" size="xs" style={{ whiteSpace: 'nowrap' }} data-id={id}>
      {shortened ? (
        <>
          {id.slice(0, underscore + 1)}
          <span aria-hidden>…</span>
          <VisuallyHidden component="span">{id.slice(underscore + 1, -8)}</VisuallyHidden>
          {id.slice(-8)}
        </>
      ) : (
        id
      )}
    </Text>
  );
  return (
    <HoverHint label={id}>
      {to ? (
        <Anchor component={Link} to={to} style={{ whiteSpace: 'nowrap' }}>
          {label}
        </Anchor>
      ) : (
        label
      )}
    </HoverHint>
  );
}
