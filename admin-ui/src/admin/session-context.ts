import { createContext, useContext } from 'react';
import type { AppAbility } from '../../../domain/admin/abilities';
import type { Session } from './admin-api';

/** The signed-in staff member, what they may do, and how to sign out. */
export interface SessionContextValue {
  session: Session;
  ability: AppAbility;
  signOut: () => void;
  signingOut: boolean;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/** The current session; only screens inside the session gate call it. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession is used outside the session gate');
  return value;
}

/** The query key of the session in TanStack Query's cache. */
export const SESSION_QUERY_KEY = ['session'] as const;
