import { DomainError } from '@app/errors';

export type PeopleErrorCode =
  | 'ROLE_INVITATION_NOT_FOUND'
  | 'ROLE_INVITATION_USED'
  | 'ROLE_INVITATION_EXPIRED'
  | 'ROLE_INVITATION_REVOKED'
  | 'ROLE_INVITATION_REPLACED'
  | 'ROLE_INVITATION_PENDING'
  | 'ROLE_ALREADY_HELD'
  | 'ACCOUNT_DETAILS_REQUIRED';

export class PeopleError extends DomainError<PeopleErrorCode> {}
