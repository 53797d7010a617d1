import { Notification, Portal, Stack } from '@mantine/core';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { ToastContext, type Toast } from './toast-context';

const TOAST_MS = 6_000;
const TONE_COLORS: Record<Toast['tone'], string> = { success: 'teal', error: 'red', info: 'brand' };

/** Holds the toasts of the session and draws them bottom right, newest last; each closes itself. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<(Toast & { id: number })[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (toast: Toast) => {
      const id = nextId.current++;
      setToasts((current) => [...current.slice(-3), { ...toast, id }]);
      window.setTimeout(() => dismiss(id), TOAST_MS);
    },
    [dismiss],
  );

  return (
    <ToastContext.Provider value={show}>
      {children}
      <Portal>
        <Stack
          gap="xs"
          style={{ position: 'fixed', right: 16, bottom: 16, zIndex: 1000, width: 360, maxWidth: 'calc(100vw - 32px)' }}
          aria-live="polite"
        >
          {toasts.map((toast) => (
            <Notification
              key={toast.id}
              color={TONE_COLORS[toast.tone]}
              title={toast.title}
              onClose={() => dismiss(toast.id)}
              withBorder
              data-testid="toast"
            >
              {toast.message}
            </Notification>
          ))}
        </Stack>
      </Portal>
    </ToastContext.Provider>
  );
}
