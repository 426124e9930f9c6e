import { hashKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap, type Me } from '../api/client';
import { ApiError } from '../api/problem';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await unwrap(api.GET('/api/v1/auth/me'));
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The logged-in account (null when logged out). */
export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

/** Stores a fresh Me (from login, register or acting-for) as the current session. */
export function useSetSession() {
  const queryClient = useQueryClient();
  return (me: Me | null) => {
    setCsrfToken(me?.csrfToken ?? null);
    queryClient.setQueryData(ME_QUERY_KEY, me);
  };
}

export function useLogout() {
  const queryClient = useQueryClient();
  const clearSession = () => {
    setCsrfToken(null);
    // Drop everything cached for the old account, then mark the session as logged out. The session
    // query itself is kept, so components that watch it (above the router too) see the change.
    queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(ME_QUERY_KEY) });
    queryClient.setQueryData(ME_QUERY_KEY, null);
  };
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSuccess: () => clearSession(),
    onError: (error) => {
      // Already logged out on the server (e.g. session expired): the local state just catches up.
      if (error instanceof ApiError && error.status === 401) clearSession();
    },
  });
}
