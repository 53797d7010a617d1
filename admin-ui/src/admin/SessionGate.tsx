import { AbilityProvider } from '@casl/react';
import { Center, Loader } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getSession, logout, type Session } from './admin-api';
import { describeError, setSessionLostHandler } from '../api/http';
import { ErrorAlert } from '../ui/ErrorAlert';
import { LoginPage } from './LoginPage';
import { abilityOf } from './session-ability';
import { SESSION_QUERY_KEY, SessionContext, type SessionContextValue } from './session-context';
import { useIdleSignOut } from './use-idle-sign-out';

/**
 * Shows the login screen until there is a session, then the back office with the staff member's abilities.
 * The URL is kept, so a deep link survives signing in; a session lost mid-work (expired, signed out elsewhere)
 * brings the login screen back with the reason.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string>();
  const sessionQuery = useQuery({ queryKey: SESSION_QUERY_KEY, queryFn: getSession, staleTime: Infinity, retry: 1 });

  const endSession = useCallback(
    (reason?: string) => {
      setNotice(reason);
      queryClient.setQueryData<Session | null>(SESSION_QUERY_KEY, null);
      // Nothing another officer should see survives in the cache.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
    },
    [queryClient],
  );

  useEffect(() => {
    setSessionLostHandler((problem) => endSession(describeError(problem)));
    return () => setSessionLostHandler(undefined);
  }, [endSession]);

  // The variable is the notice the login screen shows afterwards.
  const { mutate: signOut, isPending: signingOut } = useMutation({
    mutationFn: (_notice: string) => logout(),
    onSettled: (_result, _error, notice) => endSession(notice),
  });

  const session = sessionQuery.data ?? null;
  useIdleSignOut(session?.idleTimeoutSeconds ?? 0, () => {
    if (!signingOut) signOut('You were signed out after a period of inactivity.');
  });

  const value = useMemo<SessionContextValue | null>(
    () =>
      session && {
        session,
        ability: abilityOf(session),
        signOut: () => signOut('You are signed out.'),
        signingOut,
      },
    [session, signOut, signingOut],
  );

  if (sessionQuery.isPending) {
    return (
      <Center component="main" h="100vh">
        <Loader />
      </Center>
    );
  }
  if (sessionQuery.isError) {
    return (
      <Center component="main" h="100vh" p="xl">
        <ErrorAlert error={sessionQuery.error} title="The back office cannot reach its API" />
      </Center>
    );
  }
  if (!value) {
    return (
      <LoginPage
        notice={notice}
        onSignedIn={(signedIn) => {
          setNotice(undefined);
          queryClient.setQueryData(SESSION_QUERY_KEY, signedIn);
        }}
      />
    );
  }
  return (
    <SessionContext.Provider value={value}>
      <AbilityProvider value={value.ability}>{children}</AbilityProvider>
    </SessionContext.Provider>
  );
}
