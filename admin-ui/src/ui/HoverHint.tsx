import { Tooltip } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/**
 * A tooltip that costs nothing until the pointer (or keyboard focus) reaches it: dense tables have hundreds of
 * hoverable cells (times, ids, SLAs), and a live Mantine Tooltip on each one slows a 200-row queue to seconds.
 */
export function HoverHint({ label, children }: { label: ReactNode; children: ReactNode }) {
  const [armed, setArmed] = useState(false);
  const style = { display: 'inline-flex', alignItems: 'center' } as const;
  if (!armed) {
    return (
      <span style={style} onPointerEnter={() => setArmed(true)} onFocus={() => setArmed(true)}>
        {children}
      </span>
    );
  }
  return (
    <Tooltip label={label} defaultOpened>
      <span style={style}>{children}</span>
    </Tooltip>
  );
}
