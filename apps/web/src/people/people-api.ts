import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client';

export type EventPeople = Schemas['EventPeopleResponse'];
export type Person = Schemas['PersonResponse'];
export type PendingInvitation = Schemas['RoleInvitationResponse'];
export type InvitableRole = PendingInvitation['role'];

export const INVITABLE_ROLES: InvitableRole[] = ['organiser', 'staff', 'speaker', 'juror', 'representative'];

export const peopleKey = (slug: string) => ['people', slug] as const;

export function usePeople(slug: string) {
  return useQuery({ queryKey: peopleKey(slug), queryFn: () => unwrap(api.GET('/events/{slug}/people', { params: { path: { slug } } })) });
}

/** The awards city registry, for choosing the city a representative speaks for. */
export function useCities(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ['people', slug, 'cities'],
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/cities', { params: { path: { slug }, query: {} } })),
    enabled,
  });
}

/** The event's award rounds, for putting a juror on a round's jury. */
export function useRounds(slug: string) {
  return useQuery({ queryKey: ['people', slug, 'rounds'], queryFn: () => unwrap(api.GET('/events/{slug}/awards/rounds', { params: { path: { slug } } })) });
}
