import { createContext, useContext } from 'react';

/** A short confirmation of what just happened (an approval recorded, a role changed). */
export interface Toast {
  title: string;
  message?: string;
  tone: 'success' | 'error' | 'info';
}

export const ToastContext = createContext<(toast: Toast) => void>(() => undefined);

/** Shows a toast in the corner for a few seconds. */
export function useToast(): (toast: Toast) => void {
  return useContext(ToastContext);
}
