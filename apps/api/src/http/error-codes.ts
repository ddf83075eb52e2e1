import type { EventsErrorCode } from '@app/events';
import type { ProgrammeErrorCode } from '@app/programme';
import type { SpeakersErrorCode } from '@app/speakers';
import type { RequestErrorCode } from './request-error.js';

/** Codes the error filter gives to errors it makes itself (validation, the body parser, PostgreSQL, the router). */
export type HttpErrorCode =
  | 'VALIDATION_FAILED'
  | 'MALFORMED_JSON'
  | 'BODY_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'ROUTE_NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'RATE_LIMITED'
  | 'INVALID_VALUE'
  | 'CONSTRAINT_VIOLATED'
  | 'BAD_REQUEST'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_ERROR';

export type ApiErrorCode = HttpErrorCode | RequestErrorCode | SpeakersErrorCode | ProgrammeErrorCode | EventsErrorCode;

/**
 * The one place where a code gets its HTTP status. Typed over every library's code union, so a new code
 * without a status does not compile.
 */
export const ERROR_STATUS: Record<ApiErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  RATE_LIMITED: 429,
  INVALID_VALUE: 400,
  CONSTRAINT_VIOLATED: 422,
  BAD_REQUEST: 400,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,

  MULTIPART_REQUIRED: 415,
  MULTIPART_UNREADABLE: 400,
  FILE_MISSING: 400,
  CSV_REQUIRED: 415,
  INVITATION_LINK_INVALID: 400,
  BIOGRAPHY_INVALID: 400,

  FILE_EMPTY: 400,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_REFUSED: 415,
  UPLOAD_INTERRUPTED: 400,
  SLIDES_NOT_FOUND: 404,
  SLIDES_VERSION_NOT_FOUND: 404,
  PHOTO_UNREADABLE: 415,
  PHOTO_NOT_FOUND: 404,
  SLOTS_NOT_IN_EVENT: 422,
  INVITATION_PENDING: 409,
  SLOTS_REPEATED: 409,
  PASSWORD_REQUIRED: 400,
  SPEAKER_ALREADY_BOOKED: 409,
  INVITATION_NOT_FOUND: 404,
  INVITATION_USED: 410,
  INVITATION_EXPIRED: 410,

  SESSION_NOT_FOUND: 404,
  SLOT_NOT_FOUND: 404,
  ENDS_BEFORE_START: 422,
  NOT_EVENT_SPEAKERS: 422,
  ROOM_NOT_IN_EVENT: 422,
  TRACK_NOT_IN_EVENT: 422,
  ROOM_TAKEN: 409,
  ROOM_BOOKED: 409,
  SPEAKER_BUSY: 409,
  SLOTS_OVERLAP: 409,
  SLOT_OUTSIDE_SESSION: 409,
  SESSION_OUTSIDE_EVENT: 409,
  SEAT_LIMIT_BELOW_TAKEN: 409,
  REFERENCE_NOT_FOUND: 422,
  PROGRAMME_UNCHANGED: 409,
  PROGRAMME_NOT_PUBLISHED: 404,
  INVALID_DATE_TIME: 400,
  TIME_SKIPPED_BY_DST: 400,
  IMPORT_REJECTED: 422,
  IMPORT_COLUMNS_MISSING: 422,
  IMPORT_FILE_EMPTY: 422,
  IMPORT_FILE_UNREADABLE: 422,
  IMPORT_LINE_INVALID: 422,

  EVENT_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  ROOM_NOT_FOUND: 404,
  TRACK_NOT_FOUND: 404,
  EVENT_SLUG_TAKEN: 409,
  ROOM_NAME_TAKEN: 409,
  TRACK_NAME_TAKEN: 409,
  EVENT_DATES_REVERSED: 400,
};

export const API_ERROR_CODES = Object.keys(ERROR_STATUS).sort() as ApiErrorCode[];

export function isApiErrorCode(code: string): code is ApiErrorCode {
  return Object.hasOwn(ERROR_STATUS, code);
}

/** For HTTP exceptions that carry no code of their own (the router's 404, Nest's built-ins). */
export function codeForStatus(status: number): ApiErrorCode {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 404:
      return 'ROUTE_NOT_FOUND';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 413:
      return 'BODY_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    case 503:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST';
  }
}
