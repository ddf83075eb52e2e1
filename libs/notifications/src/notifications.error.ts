import { DomainError } from '@app/errors';

export type NotificationsErrorCode =
  'NOTIFICATION_NOT_FOUND' | 'NOTIFICATION_NOT_RETRYABLE' | 'NOTIFICATION_NOT_RESENDABLE' | 'NOTIFICATION_NOT_EDITABLE' | 'UNSUBSCRIBE_LINK_INVALID';

export class NotificationsError extends DomainError<NotificationsErrorCode> {}
