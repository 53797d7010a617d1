import { Tooltip } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';

/**
 * A tooltip that costs nothing until the pointer (or keyboard focus) reaches it: dense tables have hundreds of
 * hoverable cells (times, ids, SLAs), and a live Mantine Tooltip on each one slows a 200-row queue to seconds.
 * The wrapper stays the same element whether the hint shows or not, so a link inside keeps keyboard focus; the
 * hint goes when the pointer or focus leaves, or on Escape (WCAG 1.4.13).
 */
export function HoverHint({ label, children }: { label: ReactNode; children: ReactNode }) {
  const anchor = useRef<HTMLSpanElement>(null);
  const [shown, setShown] = useState(false);
  const show = () => setShown(true);
  const hide = () => setShown(false);
  return (
    <>
      <span
        ref={anchor}
        style={{ display: 'inline-flex', alignItems: 'center' }}
        onPointerEnter={show}
        onPointerLeave={hide}
        onFocus={show}
        onBlur={hide}
        onKeyDown={(event) => event.key === 'Escape' && hide()}
      >
        {children}
      </span>
      {shown && <Tooltip label={label} opened target={anchor} />}
    </>
  );
}
