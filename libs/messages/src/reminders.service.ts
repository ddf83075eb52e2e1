import { Injectable, Logger } from '@nestjs/common';
import type { EventContext } from '@app/auth';
import { EventsService } from '@app/events';
import { DataSource } from 'typeorm';
import type { CreateReminderDto, UpdateReminderDto } from './dto/reminder.dto.js';
import { ORGANISER_REMINDER_KIND } from './message-notifications.js';
import { MessagesError } from './messages.error.js';
import { MessagesService } from './messages.service.js';
import { reminderDueAt } from './reminder-time.js';
import { type ReminderFields, type ReminderRow, RemindersRepository } from './reminders.repository.js';

/**
 * Reminders relative to the event's days ("3 days before the first day", "the day after the last").
 * The due time is worked out from the event's current dates whenever it is needed, so it follows a
 * change of dates; when it comes, the reminder becomes one message to whoever matches then.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RemindersRepository,
    private readonly messages: MessagesService,
    private readonly events: EventsService,
  ) {}

  async list(event: EventContext) {
    return (await this.repository.list(event.id)).map((row) => this.toView(event, row));
  }

  async create(event: EventContext, userId: string, input: CreateReminderDto) {
    const fields = this.checked(event, input);
    const id = await this.repository.insert(event.id, fields, userId);
    return this.toView(event, (await this.repository.find(event.id, id))!);
  }

  async update(event: EventContext, id: string, input: UpdateReminderDto) {
    const current = await this.found(event, id);
    const fields = this.checked(event, { ...current, ...input });
    if (!(await this.repository.update(event.id, id, fields))) throw sentError(id);
    return this.toView(event, (await this.repository.find(event.id, id))!);
  }

  async remove(event: EventContext, id: string): Promise<void> {
    await this.found(event, id);
    await this.repository.remove(event.id, id);
  }

  /** Sends every reminder whose time has come; returns how many went out. Any number of workers may run it at once. */
  async sendDue(now = new Date()): Promise<number> {
    let sent = 0;
    for (const eventId of await this.repository.pendingEventIds()) {
      const entity = await this.events.findById(eventId);
      const event = await this.events.context(entity.slug);
      for (const reminder of await this.repository.unsent(eventId)) {
        if (reminderDueAt(event, reminder) > now) continue;
        if (await this.sendOne(event, reminder.id)) sent++;
      }
    }
    return sent;
  }

  /** Claim, message and outbox rows commit together: a failure leaves the reminder for the next sweep. */
  private sendOne(event: EventContext, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const reminder = await this.repository.claim(manager, id);
      if (!reminder) return false;
      const messageId = await this.messages.sendIn(manager, event, `reminder:${id}`, reminder.audience, reminder.content, ORGANISER_REMINDER_KIND);
      if (messageId) await this.repository.recordMessage(manager, id, messageId);
      else this.logger.log(`Reminder ${id} of ${event.slug} found nobody to write to`);
      return true;
    });
  }

  private async found(event: EventContext, id: string): Promise<ReminderRow> {
    const reminder = await this.repository.find(event.id, id);
    if (!reminder) throw new MessagesError('REMINDER_NOT_FOUND', `No reminder ${id}`, { reminderId: id });
    if (reminder.sentAt) throw sentError(id);
    return reminder;
  }

  private checked(event: EventContext, input: ReminderFields): ReminderFields {
    return {
      anchor: input.anchor,
      offsetDays: input.offsetDays,
      sendTime: input.sendTime,
      audience: input.audience,
      content: this.messages.checkedContent(event, input.content),
    };
  }

  private toView(event: EventContext, row: ReminderRow) {
    return {
      id: row.id,
      anchor: row.anchor,
      offsetDays: row.offsetDays,
      sendTime: row.sendTime,
      audience: row.audience,
      content: row.content,
      dueAt: reminderDueAt(event, row).toISOString(),
      sentAt: row.sentAt ? new Date(row.sentAt).toISOString() : null,
      messageId: row.messageId,
    };
  }
}

function sentError(id: string) {
  return new MessagesError('REMINDER_SENT', 'This reminder has gone out', { reminderId: id });
}
