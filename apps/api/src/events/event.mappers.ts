import { translated } from '@app/config';
import type {
  EventDetailResponse,
  EventEntity,
  EventSummaryResponse,
  EventWithVenues,
  RoomEntity,
  RoomResponse,
  TrackEntity,
  TrackResponse,
} from '@app/events';

/** `language` picks the organiser's text in the reader's language, falling back to the event's first. */
export function toEventSummary(event: EventEntity, language?: string): EventSummaryResponse {
  const { id, slug, city, country, timeZone, startDate, endDate, languages, translations } = event;
  const name = translated(event.name, translations, 'name', language);
  const venue = translated(event.venue, translations, 'venue', language);
  const organiser = translated(event.organiser, translations, 'organiser', language);
  return { id, slug, name, organiser, venue, city, country, timeZone, startDate, endDate, languages };
}

export function toRoomResponse({ id, name, capacity, locationNote, translations }: RoomEntity, language?: string): RoomResponse {
  return {
    id,
    name: translated(name, translations, 'name', language),
    capacity,
    locationNote: translated(locationNote, translations, 'locationNote', language),
    translations,
  };
}

export function toTrackResponse({ id, name, colour, translations }: TrackEntity, language?: string): TrackResponse {
  return { id, name: translated(name, translations, 'name', language), colour, translations };
}

export function toEventDetail({ event, rooms, tracks }: EventWithVenues, language?: string): EventDetailResponse {
  return {
    ...toEventSummary(event, language),
    description: translated(event.description, event.translations, 'description', language),
    rooms: rooms.map((room) => toRoomResponse(room, language)),
    tracks: tracks.map((track) => toTrackResponse(track, language)),
    translations: event.translations,
  };
}
