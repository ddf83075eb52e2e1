import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client';
import { translated } from './translated';

type EventDetail = Schemas['EventDetailResponse'];

/** The event's details as the api gives them, under the one key every page of the event shares. */
export const eventDetailsQuery = (slug: string) => ({
  queryKey: ['event', slug],
  queryFn: () => unwrap(api.GET('/events/{slug}', { params: { path: { slug } } })),
});

/**
 * The event's details under one query key, so every area's pages of an event share one request and one cache entry.
 * The organiser's names come in the page's language where they were given in it, else in the event's first language;
 * `asEntered` keeps the first language's texts, for the forms that edit them.
 */
export function useEventDetails(slug: string, { asEntered = false, enabled = true }: { asEntered?: boolean; enabled?: boolean } = {}) {
  const { i18n } = useTranslation();
  const language = asEntered ? undefined : i18n.language;
  return useQuery({
    ...eventDetailsQuery(slug),
    select: (event) => inLanguage(event, language),
    enabled,
  });
}

function inLanguage(event: EventDetail, language: string | undefined): EventDetail {
  if (!language || language === event.languages[0]) return event;
  return {
    ...event,
    name: translated(event.name, event.translations, 'name', language),
    venue: translated(event.venue, event.translations, 'venue', language),
    organiser: translated(event.organiser, event.translations, 'organiser', language),
    description: translated(event.description, event.translations, 'description', language),
    rooms: event.rooms.map((room) => ({
      ...room,
      name: translated(room.name, room.translations, 'name', language),
      locationNote: translated(room.locationNote, room.translations, 'locationNote', language),
    })),
    tracks: event.tracks.map((track) => ({ ...track, name: translated(track.name, track.translations, 'name', language) })),
  };
}
