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
  | 'EVENT_DATES_REVERSED'
  | 'LANGUAGE_NOT_OFFERED'
  | 'FILE_EMPTY'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE_REFUSED'
  | 'IMAGE_UNREADABLE'
  | 'UPLOAD_INTERRUPTED'
  | 'EMBLEM_NOT_FOUND'
  | 'SIGNATORY_NOT_FOUND'
  | 'INTERPRETATION_NEEDS_LINK_OR_CHANNEL';

export class EventsError extends DomainError<EventsErrorCode> {}
