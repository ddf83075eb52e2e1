import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/** The event's details under one query key, so every area's pages of an event share one request and one cache entry. */
export function useEventDetails(slug: string) {
  return useQuery({ queryKey: ['event', slug], queryFn: () => unwrap(api.GET('/events/{slug}', { params: { path: { slug } } })) });
}
