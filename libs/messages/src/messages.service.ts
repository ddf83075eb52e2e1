import { Injectable } from '@nestjs/common';
import type { EventContext } from '@app/auth';
import { AppConfig } from '@app/config';
import { NotificationsService, Outbox } from '@app/notifications';
import type { AudienceMember } from '@app/registration';
import { DataSource, type EntityManager } from 'typeorm';
import type { AudienceDto, ComposeMessageDto, CreateMessageDto, MessageTextDto, ReleaseMessageDto, UpdateMessageDto } from './dto/message.dto.js';
import { MessageAudience } from './message-audience.js';
import { checkContent, type RecipientFields, renderContent } from './message-content.js';
import { ORGANISER_MESSAGE_KIND } from './message-notifications.js';
import { MessagesError } from './messages.error.js';
import { type MessageRow, MessagesRepository } from './messages.repository.js';

const SAMPLE_SIZE = 10;
/** A send time a little in the past is a clock apart, not a mistake: it goes now. */
const CLOCK_SKEW_MS = 60_000;

/** Organisers' messages: compose, preview the audience, send now, schedule or hold, and follow delivery. */
@Injectable()
export class MessagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MessagesRepository,
    private readonly audiences: MessageAudience,
    private readonly outbox: Outbox,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  async preview(event: EventContext, compose: ComposeMessageDto) {
    const content = this.checkedContent(event, compose.content);
    const members = await this.audienceOf(event, compose.audience);
    const first = members[0];
    return {
      count: members.length,
      sample: members.slice(0, SAMPLE_SIZE).map((member) => ({ name: member.name, email: member.email, language: this.languageFor(member, content) })),
      rendered: content.map((text) => ({ language: text.language, ...renderContent(text, this.fieldsOf(event, first)) })),
    };
  }

  /** Writes the message and, unless held, one outbox row per recipient, in one transaction; a repeated key returns the first. */
  async create(
    event: EventContext,
    userId: string,
    idempotencyKey: string | undefined,
    input: CreateMessageDto,
  ): Promise<{ message: MessageRow; created: boolean }> {
    const key = idempotencyKey?.trim();
    if (!key || key.length > 200)
      throw new MessagesError('IDEMPOTENCY_KEY_REQUIRED', 'Sending a message needs an Idempotency-Key header of 1 to 200 characters');
    const earlier = await this.repository.findByKey(event.id, key);
    if (earlier) return { message: earlier, created: false };
    const content = this.checkedContent(event, input.content);
    const sendAt = this.sendTime(input.sendAt);
    const members = await this.audienceOf(event, input.audience);
    const status = input.hold ? 'held' : sendAt ? 'scheduled' : 'sent';
    const id = await this.dataSource.transaction(async (manager) => {
      const inserted = await this.repository.insert(manager, { eventId: event.id, key, status, sendAt, audience: input.audience, content, createdBy: userId });
      // A twin request committed first: it did the sending.
      if (!inserted) return null;
      if (status !== 'held') await this.enqueue(manager, event, inserted, members, content, sendAt);
      return inserted;
    });
    if (!id) return { message: (await this.repository.findByKey(event.id, key))!, created: false };
    return { message: await this.repository.find(event.id, id), created: true };
  }

  async update(event: EventContext, messageId: string, input: UpdateMessageDto): Promise<MessageRow> {
    const content = input.content ? this.checkedContent(event, input.content) : undefined;
    const sendAt = input.sendAt === undefined ? undefined : this.sendTime(input.sendAt);
    await this.dataSource.transaction(async (manager) => {
      const message = await this.editable(manager, event, messageId);
      const audience = input.audience ?? message.audience;
      const newContent = content ?? message.content;
      const newSendAt = sendAt === undefined ? message.sendAt : sendAt;
      const status = message.status === 'held' ? 'held' : newSendAt ? 'scheduled' : 'sent';
      await this.repository.update(manager, messageId, { audience, content: newContent, sendAt: newSendAt, status });
      if (message.status === 'held') return;
      if (input.audience || input.content || status === 'sent') {
        // Who receives it, or in which language, may have changed: the rows not gone out are written again.
        const members = await this.audienceOf(event, audience);
        await this.outbox.cancelByPrefix(manager, [dedupPrefix(messageId)]);
        await this.repository.clearRecipients(manager, messageId);
        await this.enqueue(manager, event, messageId, members, newContent, newSendAt);
      } else if (newSendAt) {
        await this.outbox.reschedule(manager, dedupPrefix(messageId), newSendAt);
      }
    });
    return this.repository.find(event.id, messageId);
  }

  async release(event: EventContext, messageId: string, input: ReleaseMessageDto): Promise<MessageRow> {
    const sendAt = this.sendTime(input.sendAt);
    await this.dataSource.transaction(async (manager) => {
      const message = await this.editable(manager, event, messageId);
      if (message.status !== 'held') throw new MessagesError('MESSAGE_NOT_EDITABLE', 'Only a held message can be released', { status: message.status });
      const members = await this.audienceOf(event, message.audience);
      await this.repository.update(manager, messageId, { ...message, sendAt, status: sendAt ? 'scheduled' : 'sent' });
      await this.enqueue(manager, event, messageId, members, message.content, sendAt);
    });
    return this.repository.find(event.id, messageId);
  }

  async cancel(event: EventContext, messageId: string): Promise<MessageRow> {
    await this.dataSource.transaction(async (manager) => {
      const message = await this.editable(manager, event, messageId);
      await this.repository.update(manager, messageId, { ...message, status: 'cancelled' });
      await this.outbox.cancelByPrefix(manager, [dedupPrefix(messageId)]);
    });
    return this.repository.find(event.id, messageId);
  }

  list(event: EventContext): Promise<MessageRow[]> {
    return this.repository.list(event.id);
  }

  async detail(event: EventContext, messageId: string) {
    const message = await this.repository.find(event.id, messageId);
    const recipients = await this.repository.recipients(messageId);
    const sent = new Map((await this.notifications.concerning(event.id, { messageId })).map((row) => [row.about.recipientId, row]));
    const rows = recipients.map((recipient) => {
      const notification = sent.get(recipient.id);
      return {
        name: recipient.name,
        email: recipient.email,
        language: recipient.language,
        notificationId: notification?.id ?? null,
        state: notification?.state ?? (message.status === 'held' ? 'held' : 'pending'),
        lastError: notification?.lastError ?? null,
        sentAt: notification?.sentAt?.toISOString() ?? null,
      };
    });
    const count = (states: string[]) => rows.filter((row) => states.includes(row.state)).length;
    return {
      message,
      recipients: rows,
      counts: { delivered: count(['sent']), failed: count(['failed']), waiting: count(['held', 'pending', 'queued', 'sending']) },
    };
  }

  /** Every failed delivery of the message goes back to the pipeline. */
  async retryFailed(event: EventContext, messageId: string): Promise<number> {
    await this.repository.find(event.id, messageId);
    const failed = (await this.notifications.concerning(event.id, { messageId })).filter((row) => row.state === 'failed');
    for (const row of failed) await this.notifications.retry(row.id);
    return failed.length;
  }

  /**
   * A message sent now on the caller's transaction (a reminder whose time has come), to whoever
   * matches the audience now; null when nobody does. The key makes a second call a no-op.
   */
  async sendIn(
    manager: EntityManager,
    event: EventContext,
    key: string,
    audience: AudienceDto,
    content: MessageTextDto[],
    kind: string,
  ): Promise<string | null> {
    const members = await this.audiences.members(event.id, audience);
    if (members.length === 0) return null;
    const id = await this.repository.insert(manager, { eventId: event.id, key, status: 'sent', sendAt: null, audience, content, createdBy: null });
    if (id) await this.enqueue(manager, event, id, members, content, null, kind);
    return id;
  }

  private async enqueue(
    manager: EntityManager,
    event: EventContext,
    messageId: string,
    members: AudienceMember[],
    content: MessageTextDto[],
    sendAt: Date | null,
    kind = ORGANISER_MESSAGE_KIND,
  ) {
    const recipients = await this.repository.addRecipients(
      manager,
      messageId,
      members.map((member) => ({ email: member.email, name: member.name, language: this.languageFor(member, content), fields: this.fieldsOf(event, member) })),
    );
    for (const recipient of recipients) {
      await this.outbox.add(
        manager,
        {
          eventId: event.id,
          kind,
          recipientEmail: recipient.email,
          recipientName: recipient.name,
          language: recipient.language,
          about: { messageId, recipientId: recipient.id },
          dedupKey: `${dedupPrefix(messageId)}${recipient.id}`,
        },
        sendAt,
      );
    }
  }

  private async editable(manager: EntityManager, event: EventContext, messageId: string): Promise<MessageRow> {
    const message = await this.repository.lock(manager, event.id, messageId);
    if (!message) throw new MessagesError('MESSAGE_NOT_FOUND', `No message ${messageId}`, { messageId });
    if (message.status !== 'held' && message.status !== 'scheduled') {
      throw new MessagesError('MESSAGE_NOT_EDITABLE', 'This message has gone out or was cancelled', { status: message.status });
    }
    return message;
  }

  private async audienceOf(event: EventContext, audience: AudienceDto): Promise<AudienceMember[]> {
    const members = await this.audiences.members(event.id, audience);
    if (members.length === 0) throw new MessagesError('MESSAGE_AUDIENCE_EMPTY', 'Nobody matches this audience', { audience });
    return members;
  }

  /** The event's languages only, its first one always (everyone else reads that), in the event's order. */
  checkedContent(event: EventContext, content: MessageTextDto[]): MessageTextDto[] {
    for (const text of content) {
      if (!event.languages.includes(text.language)) {
        throw new MessagesError('MESSAGE_LANGUAGE_UNKNOWN', `The event is not held in "${text.language}"`, {
          language: text.language,
          languages: event.languages,
        });
      }
    }
    const [first] = event.languages;
    if (!content.some((text) => text.language === first)) {
      throw new MessagesError('MESSAGE_LANGUAGE_MISSING', `The message needs a text in ${first}, the event's first language`, { language: first });
    }
    const byLanguage = new Map(content.map((text) => [text.language, { language: text.language, subject: text.subject, body: text.body }]));
    checkContent(Object.fromEntries(byLanguage));
    return event.languages.filter((language) => byLanguage.has(language)).map((language) => byLanguage.get(language)!);
  }

  private sendTime(iso: string | undefined): Date | null {
    if (!iso) return null;
    const at = new Date(iso);
    if (at.getTime() < Date.now() - CLOCK_SKEW_MS) throw new MessagesError('MESSAGE_SEND_AT_PAST', 'The send time has passed', { sendAt: iso });
    return at.getTime() > Date.now() ? at : null;
  }

  private languageFor(member: AudienceMember, content: MessageTextDto[]): string {
    return content.some((text) => text.language === member.language) ? member.language : content[0].language;
  }

  private fieldsOf(event: EventContext, member: AudienceMember | undefined): RecipientFields {
    return {
      name: member?.name ?? '',
      title: member?.title ?? '',
      delegation: member?.delegation ?? '',
      eventLink: `${this.config.PUBLIC_URL}/events/${event.slug}`,
      programmeLink: `${this.config.PUBLIC_URL}/events/${event.slug}/timetable`,
    };
  }
}

function dedupPrefix(messageId: string): string {
  return `message:${messageId}:`;
}
