import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, tokenStore, unwrap } from '../api/client';

export type Me = Schemas['MeResponse'];

/** The signed-in person (or null), with their roles on each event. */
export function useMe() {
  return useQuery({
    queryKey: ['me', tokenStore.get()],
    queryFn: async (): Promise<Me | null> => (tokenStore.get() ? unwrap(api.GET('/auth/me')).catch(() => null) : null),
    staleTime: 60_000,
  });
}

export function hasRole(me: Me | null | undefined, slug: string, ...roles: string[]): boolean {
  if (!me) return false;
  if (me.isPlatformAdmin) return true;
  return me.roles.some((role) => role.eventSlug === slug && roles.includes(role.role));
}

export function useSignOut() {
  const client = useQueryClient();
  return () => {
    tokenStore.set(null);
    client.clear();
  };
}

/** Whether the person holds one of these roles on any event (for the menu). */
export function hasAnyRole(me: Me | null | undefined, ...roles: string[]): boolean {
  if (!me) return false;
  return me.roles.some((role) => roles.includes(role.role));
}
