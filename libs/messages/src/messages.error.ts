import { DomainError } from '@app/errors';

export type MessagesErrorCode =
  | 'MESSAGE_NOT_FOUND'
  | 'MESSAGE_NOT_EDITABLE'
  | 'MESSAGE_PLACEHOLDER_UNKNOWN'
  | 'MESSAGE_TOO_LARGE'
  | 'MESSAGE_AUDIENCE_EMPTY'
  | 'MESSAGE_LANGUAGE_MISSING'
  | 'MESSAGE_LANGUAGE_UNKNOWN'
  | 'MESSAGE_SEND_AT_PAST'
  | 'IDEMPOTENCY_KEY_REQUIRED'
  | 'REMINDER_NOT_FOUND'
  | 'REMINDER_SENT';

export class MessagesError extends DomainError<MessagesErrorCode> {}
