import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The open state of a dialog that is mounted only while open (a queue of 200 rows keeps no 400 closed modals),
 * which gives keyboard focus back to the control that opened it once it closes: Mantine's own `returnFocus`
 * never runs when the modal unmounts with its state, and a keyboard user would be thrown back to the page top.
 */
export function useDialog(): { opened: boolean; open: () => void; close: () => void } {
  const opener = useRef<HTMLElement | null>(null);
  const [opened, setOpened] = useState(false);
  const open = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpened(true);
  }, []);
  const close = useCallback(() => setOpened(false), []);
  useEffect(() => {
    if (opened || !opener.current) return;
    const control = opener.current;
    opener.current = null;
    // After a decision the row may have lost its buttons; then there is nothing to return to.
    if (control.isConnected) control.focus();
  }, [opened]);
  return { opened, open, close };
}
