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

export function toEventSummary(event: EventEntity): EventSummaryResponse {
  const { id, slug, name, organiser, venue, city, country, timeZone, startDate, endDate, languages } = event;
  return { id, slug, name, organiser, venue, city, country, timeZone, startDate, endDate, languages };
}

export function toRoomResponse({ id, name, capacity, locationNote }: RoomEntity): RoomResponse {
  return { id, name, capacity, locationNote };
}

export function toTrackResponse({ id, name, colour }: TrackEntity): TrackResponse {
  return { id, name, colour };
}

export function toEventDetail({ event, rooms, tracks }: EventWithVenues): EventDetailResponse {
  return {
    ...toEventSummary(event),
    description: event.description,
    rooms: rooms.map(toRoomResponse),
    tracks: tracks.map(toTrackResponse),
  };
}
