import type { NotificationKind } from '@app/notifications';
import { type MessageText, type RecipientFields, renderContent } from './message-content.js';

export const ORGANISER_MESSAGE_KIND = 'organiser-message';

/**
 * An organiser's message to one recipient: the words are read when it is sent, so an edit of a
 * scheduled message reaches everyone; a cancelled message sends nothing.
 */
export const organiserMessageKind: NotificationKind = {
  kind: ORGANISER_MESSAGE_KIND,
  // Not something the reader did: they may opt out of the organisers' messages of an event.
  transactional: false,
  reason: {
    en: 'You receive this message because you take part in this event and its organisers wrote to its participants.',
    vi: 'Quý vị nhận được thư này vì Quý vị tham dự sự kiện và Ban Tổ chức gửi thư tới các đại biểu.',
  },
  async load(manager, about, language) {
    const [row] = await manager.query(
      `SELECT m.content, r.fields FROM message_recipients r JOIN messages m ON m.id = r.message_id
        WHERE r.id = $1 AND m.id = $2 AND m.status <> 'cancelled'`,
      [about.recipientId, about.messageId],
    );
    if (!row) return null;
    // In the event's order: the first is the event's first language, everyone else's fallback.
    const content = row.content as (MessageText & { language: string })[];
    const text = content.find((candidate) => candidate.language === language) ?? content[0];
    const rendered = renderContent(text, row.fields as RecipientFields);
    return { subject: rendered.subject, text: rendered.text, bodyHtml: rendered.html };
  },
};

export const ORGANISER_REMINDER_KIND = 'organiser-reminder';

/** A reminder the organisers set relative to the event's days, gone out as a message: read the same way. */
export const organiserReminderKind: NotificationKind = {
  ...organiserMessageKind,
  kind: ORGANISER_REMINDER_KIND,
  template: ORGANISER_MESSAGE_KIND,
  reason: {
    en: 'You receive this reminder because you take part in this event.',
    vi: 'Quý vị nhận được thư nhắc này vì Quý vị tham dự sự kiện.',
  },
};

export const MESSAGE_NOTIFICATION_KINDS = [organiserMessageKind, organiserReminderKind];
