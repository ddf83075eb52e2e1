import { DomainError } from '@app/errors';

export type EventsErrorCode =
  | 'EVENT_NOT_FOUND'
  | 'USER_NOT_FOUND'
  | 'ROOM_NOT_FOUND'
  | 'ROOM_IN_USE'
  | 'TRACK_NOT_FOUND'
  | 'EVENT_SLUG_TAKEN'
  | 'ROOM_NAME_TAKEN'
  | 'TRACK_NAME_TAKEN'
  | 'EVENT_DATES_REVERSED';

export class EventsError extends DomainError<EventsErrorCode> {}
