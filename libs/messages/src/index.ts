export {
  AudienceDto,
  AudienceSampleResponse,
  ComposeMessageDto,
  CreateMessageDto,
  MESSAGE_STATUSES,
  MessageDeliveryCounts,
  MessageDetailResponse,
  MessageListResponse,
  MessagePreviewResponse,
  MessageRecipientResponse,
  MessageResponse,
  MessageTextDto,
  ReleaseMessageDto,
  RenderedMessageResponse,
  RetriedResponse,
  UpdateMessageDto,
} from './dto/message.dto.js';
export { PLACEHOLDERS } from './message-content.js';
export { MESSAGE_NOTIFICATION_KINDS, ORGANISER_MESSAGE_KIND, ORGANISER_REMINDER_KIND } from './message-notifications.js';
export { MessagesError, type MessagesErrorCode } from './messages.error.js';
export { MessagesModule, MessagesWorkerModule } from './messages.module.js';
export { type MessageRow } from './messages.repository.js';
export { MessagesService } from './messages.service.js';
export { CreateReminderDto, ReminderListResponse, ReminderResponse, UpdateReminderDto } from './dto/reminder.dto.js';
export { ReminderSweep } from './reminder-sweep.js';
export { RemindersService } from './reminders.service.js';
