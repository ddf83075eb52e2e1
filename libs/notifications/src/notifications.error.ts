import { DomainError } from '@app/errors';

export type NotificationsErrorCode =
  | 'NOTIFICATION_NOT_FOUND'
  | 'NOTIFICATION_NOT_RETRYABLE'
  | 'NOTIFICATION_NOT_RESENDABLE'
  | 'NOTIFICATION_NOT_EDITABLE'
  | 'UNSUBSCRIBE_LINK_INVALID'
  | 'LANGUAGE_NOT_SHIPPED'
  | 'MAIL_KIND_NOT_WORDABLE'
  | 'MAIL_LANGUAGE_UNKNOWN'
  | 'MAIL_PLACEHOLDER_UNKNOWN'
  | 'MAIL_WORDING_TOO_LARGE';

export class NotificationsError extends DomainError<NotificationsErrorCode> {}
