import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, type Schemas, unwrap } from '../../api/client';

export type EventDetail = Schemas['EventDetailResponse'];
export type EventInput = Schemas['CreateEventDto'];
export type DuplicateInput = Schemas['DuplicateEventDto'];
export type Room = Schemas['RoomResponse'];
export type Track = Schemas['TrackResponse'];
export type RoomAccess = Schemas['RoomAccessResponse'];
export type Category = Schemas['CategoryResponse'];
export type RegistrationSettings = Schemas['RegistrationSettingsDto'];

const path = (slug: string) => ({ params: { path: { slug } } });

export const createEvent = (body: EventInput) => unwrap(api.POST('/events', { body }));
export const duplicateEvent = (slug: string, body: DuplicateInput) => unwrap(api.POST('/events/{slug}/duplicate', { ...path(slug), body }));
export const updateEvent = (slug: string, body: Partial<EventInput>) => unwrap(api.PATCH('/events/{slug}', { ...path(slug), body }));

export const addRoom = (slug: string, body: Schemas['CreateRoomDto']) => unwrap(api.POST('/events/{slug}/rooms', { ...path(slug), body }));
export const updateRoom = (slug: string, roomId: string, body: Schemas['UpdateRoomDto']) =>
  unwrap(api.PATCH('/events/{slug}/rooms/{roomId}', { params: { path: { slug, roomId } }, body }));
export const removeRoom = (slug: string, roomId: string) => unwrap(api.DELETE('/events/{slug}/rooms/{roomId}', { params: { path: { slug, roomId } } }));

/** Each room's stream and interpretation: organisers only, so not part of the event's public details. */
export function useRoomAccess(slug: string) {
  return useQuery({
    queryKey: ['room-access', slug],
    queryFn: () => unwrap(api.GET('/events/{slug}/rooms/access', path(slug))),
  });
}

export const addTrack = (slug: string, body: Schemas['CreateTrackDto']) => unwrap(api.POST('/events/{slug}/tracks', { ...path(slug), body }));
export const updateTrack = (slug: string, trackId: string, body: Schemas['UpdateTrackDto']) =>
  unwrap(api.PATCH('/events/{slug}/tracks/{trackId}', { params: { path: { slug, trackId } }, body }));
export const removeTrack = (slug: string, trackId: string) => unwrap(api.DELETE('/events/{slug}/tracks/{trackId}', { params: { path: { slug, trackId } } }));

export const addCategory = (slug: string, body: Schemas['CreateCategoryDto']) =>
  unwrap(api.POST('/events/{slug}/registration-categories', { ...path(slug), body }));
export const updateCategory = (slug: string, categoryId: string, body: Schemas['UpdateCategoryDto']) =>
  unwrap(api.PATCH('/events/{slug}/registration-categories/{categoryId}', { params: { path: { slug, categoryId } }, body }));

export const saveRegistrationSettings = (slug: string, body: RegistrationSettings) =>
  unwrap(api.PUT('/events/{slug}/registration-settings', { ...path(slug), body }));
export const saveSpeakerSettings = (slug: string, slidesDueHoursBefore: number) =>
  unwrap(api.PUT('/events/{slug}/speaker-settings', { ...path(slug), body: { slidesDueHoursBefore } }));

/** Registration settings, or null while none are set (the API answers REGISTRATION_NOT_SET_UP). */
export function useRegistrationSettings(slug: string) {
  return useQuery({
    queryKey: ['registration-settings', slug],
    queryFn: () =>
      unwrap(api.GET('/events/{slug}/registration-settings', path(slug))).catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'REGISTRATION_NOT_SET_UP') return null;
        throw error;
      }),
  });
}

export function useCategories(slug: string) {
  return useQuery({ queryKey: ['registration-categories', slug], queryFn: () => unwrap(api.GET('/events/{slug}/registration-categories', path(slug))) });
}

export function useSpeakerSettings(slug: string) {
  return useQuery({ queryKey: ['speaker-settings', slug], queryFn: () => unwrap(api.GET('/events/{slug}/speaker-settings', path(slug))) });
}

/** A change to the event; the queries it touches are fetched again when it succeeds. */
export function useEventChange<I, O>(keys: unknown[][], change: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}
