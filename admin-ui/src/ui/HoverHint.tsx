import { Tooltip } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** As the theme's tooltips: a pointer crossing a table does not flash a hint on every cell. */
const HOVER_DELAY_MS = 250;

/**
 * A tooltip that costs nothing until the pointer (or keyboard focus) reaches it: dense tables have hundreds of
 * hoverable cells (times, ids, SLAs), and a live Mantine Tooltip on each one slows a 200-row queue to seconds.
 * The wrapper stays the same element whether the hint shows or not, so a link inside keeps keyboard focus; the
 * hint goes when the pointer or focus leaves, or on Escape (WCAG 1.4.13).
 */
export function HoverHint({ label, children }: { label: ReactNode; children: ReactNode }) {
  const anchor = useRef<HTMLSpanElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [shown, setShown] = useState(false);
  const show = (delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setShown(true), delay);
  };
  const hide = () => {
    clearTimeout(timer.current);
    setShown(false);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <>
      <span
        ref={anchor}
        style={{ display: 'inline-flex', alignItems: 'center' }}
        onPointerEnter={() => show(HOVER_DELAY_MS)}
        onPointerLeave={hide}
        onFocus={() => show(0)}
        onBlur={hide}
        onKeyDown={(event) => event.key === 'Escape' && hide()}
      >
        {children}
      </span>
      {shown && <Tooltip label={label} opened target={anchor} />}
    </>
  );
}
