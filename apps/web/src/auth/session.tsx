import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api, refreshSession, type Schemas, tokenStore, unwrap } from '../api/client';
import { queryClient } from '../api/query-client';
import { tokenExpired, tokenSubject } from './refresh';

export type Me = Schemas['MeResponse'];

/** Who holds this token (or null), with their roles on each event. */
export const meQuery = (token: string | null) => ({
  // By account, not by token: a renewed token is the same person, and their pages should not reload.
  queryKey: ['me', tokenSubject(token)],
  queryFn: async (): Promise<Me | null> => (token ? unwrap(api.GET('/auth/me')).catch(() => null) : null),
  staleTime: 60_000,
});

/** The signed-in person (or null), with their roles on each event. */
export function useMe() {
  // Signing in or out (here or in another tab) shows at once in every part of the page that asks.
  const token = useSyncExternalStore(tokenStore.subscribe, tokenStore.get);
  return useQuery(meQuery(token));
}

/**
 * Signs the person in with an access token an endpoint answered (login, an accepted invitation); the
 * refresh cookie came with that same answer.
 */
export function startSignedIn(accessToken: string): Promise<void> {
  tokenStore.set(accessToken);
  return queryClient.invalidateQueries();
}

/** At start-up: a token that expired while the page was closed is renewed first, so the page opens signed in. */
export async function resumeSession(): Promise<void> {
  const token = tokenStore.get();
  if (token && tokenExpired(token)) await refreshSession(token);
}

export function hasRole(me: Me | null | undefined, slug: string, ...roles: string[]): boolean {
  if (!me) return false;
  if (me.isPlatformAdmin) return true;
  return me.roles.some((role) => role.eventSlug === slug && roles.includes(role.role));
}

/** Signs out on this browser: the refresh token is revoked by the api, the access token forgotten. */
export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await api.POST('/auth/logout').catch(() => undefined);
    // A check-in desk's copy of the badges leaves with the person who prepared it.
    // (Fetched here: IndexedDB's library is no part of the pages people open first.)
    await import('../organiser/desk/desk-store').then((desks) => desks.wipeDesks()).catch(() => undefined);
    tokenStore.set(null);
    client.clear();
  };
}

/** Whether the person holds one of these roles on any event (for the menu). */
export function hasAnyRole(me: Me | null | undefined, ...roles: string[]): boolean {
  if (!me) return false;
  return me.roles.some((role) => roles.includes(role.role));
}
