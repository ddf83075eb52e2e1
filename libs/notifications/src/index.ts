export { Coalescer } from './coalescer.js';
export { PermanentDeliveryError } from './deliver-notification.js';
export {
  BulkResultResponse,
  EditHeldNotificationDto,
  HeldSelectionDto,
  NotificationHoldsDto,
  NotificationLogQuery,
  NotificationLogResponse,
  NotificationResponse,
} from './dto/notification.dto.js';
export { isPermanentMailError, MailTransport, type OutgoingMail } from './mail-transport.js';
export { type MailContext, NOTIFICATION_KINDS, type NotificationKind } from './notification-kind.js';
export { OptOutsService } from './opt-outs.service.js';
export { UnsubscribeQuery, UnsubscribeResponse } from './dto/unsubscribe.dto.js';
export { LAYOUT_WORDS, linksInLanguage, tidyText } from './mail-layout.js';
export { NotificationEntity } from './notification.entity.js';
export { NotificationsWorkerModule } from './notifications-worker.module.js';
export { NotificationsModule } from './notifications.module.js';
export { NotificationsService } from './notifications.service.js';
export { Outbox } from './outbox.js';
export { type OutboxColumnsSql, outboxInsertSql } from './outbox-sql.js';
export { MailEvents, type MailEvent } from './mail-events.js';
export { preparedQuery } from './prepared-query.js';
export { mailDateRange, mailDay, mailMoment, mailSpan, thZone, viZone, zoneName } from './mail-dates.js';
export { mailLanguages, requireShippedLanguage, SHIPPED_LANGUAGES } from './shipped-languages.js';
export { TemplateRenderer } from './template-renderer.js';
export { NotificationsError, type NotificationsErrorCode } from './notifications.error.js';
export { MailWordingsService, type WordingEvent } from './mail-wordings.service.js';
export { WORDABLE_KINDS } from './mail-wording.js';
export {
  MailWordingKindResponse,
  MailWordingLanguageResponse,
  MailWordingListResponse,
  MailWordingOverrideResponse,
  MailWordingPreviewResponse,
  MailWordsDto,
  MailWordsResponse,
} from './dto/mail-wording.dto.js';
