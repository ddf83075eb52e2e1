import type { EventsErrorCode } from '@app/events';
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

export type ApiErrorCode = HttpErrorCode | RequestErrorCode | EventsErrorCode;

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
