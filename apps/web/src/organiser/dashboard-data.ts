import { api, tokenStore, unwrap } from '../api/client';
import { queryClient } from '../api/query-client';
import { meQuery } from '../auth/session';
import { eventDetailsQuery } from '../ui/event-query';

export const countsQuery = (slug: string) => ({
  queryKey: ['organiser', slug, 'counts'],
  queryFn: () => unwrap(api.GET('/events/{slug}/registration-counts', { params: { path: { slug } } })),
});

export const categoriesQuery = (slug: string) => ({
  queryKey: ['categories', slug],
  queryFn: () => unwrap(api.GET('/events/{slug}/registration-categories', { params: { path: { slug } } })),
});

/**
 * When the app opens on an event's dashboard, everything it shows is asked for at once, in parallel with the
 * page's chunk, instead of each request waiting for the one before (who is signed in → the page's chunk →
 * the event → the counts). Someone signed out asks for nothing: the page will only ask them to sign in.
 */
export function prefetchDashboard(slug: string): void {
  const token = tokenStore.get();
  if (!token) return;
  void queryClient.prefetchQuery(meQuery(token));
  void queryClient.prefetchQuery(eventDetailsQuery(slug));
  void queryClient.prefetchQuery(countsQuery(slug));
  void queryClient.prefetchQuery(categoriesQuery(slug));
}
