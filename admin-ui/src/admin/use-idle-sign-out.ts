import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Signs the officer out after `idleSeconds` without a click or a key press. The API has its own idle timeout,
 * but the queue's background refresh counts as traffic there; here only a person counts.
 */
export function useIdleSignOut(idleSeconds: number, onIdle: () => void): void {
  const lastActivity = useRef(Date.now());
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  useEffect(() => {
    if (!idleSeconds) return;
    const touch = () => {
      lastActivity.current = Date.now();
    };
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current > idleSeconds * 1000) onIdleRef.current();
    }, 15_000);
    return () => {
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, touch);
      window.clearInterval(timer);
    };
  }, [idleSeconds]);
}
