import { DomainError } from '@app/errors';

/** What a controller refuses before any library is asked: the request's form, not a rule of the domain. */
export type RequestErrorCode =
  'MULTIPART_REQUIRED' | 'MULTIPART_UNREADABLE' | 'FILE_MISSING' | 'CSV_REQUIRED' | 'INVITATION_LINK_INVALID' | 'BIOGRAPHY_INVALID';

export class RequestError extends DomainError<RequestErrorCode> {}
