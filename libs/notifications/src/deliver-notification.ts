import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { DateTime, Interval } from 'luxon';
import { DataSource } from 'typeorm';
import { isPermanentMailError, MailTransport } from './mail-transport.js';
import type { NotificationEntity } from './notification.entity.js';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification-kind.js';
import { LOCALES, TemplateRenderer } from './template-renderer.js';

export type DeliveryOutcome = 'sent' | 'skipped' | 'discarded';

export class PermanentDeliveryError extends Error {}

interface EventRow {
  slug: string;
  name: string;
  city: string;
  venue: string;
  time_zone: string;
  start_date: string;
  end_date: string;
  languages: string[];
}


/**
 * Sends one outbox row: claims it, reloads what it is about, renders it in the recipient's
 * language and the event's time zone, hands it to the transport and records the result.
 * Idempotent: a row already sent, held or discarded is skipped.
 */
@Injectable()
export class DeliverNotification {
  private readonly logger = new Logger(DeliverNotification.name);
  private readonly kinds: Map<string, NotificationKind>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly renderer: TemplateRenderer,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
    @Inject(NOTIFICATION_KINDS) kinds: NotificationKind[],
  ) {
    this.kinds = new Map(kinds.map((kind) => [kind.kind, kind]));
  }

  /** `lastAttempt`: a transient failure now is final. */
  async execute(notificationId: string, lastAttempt: boolean): Promise<DeliveryOutcome> {
    const [[claimed]]: [NotificationEntity[], number] = await this.dataSource.query(
      `UPDATE notifications SET state = 'sending', attempts = attempts + 1, updated_at = now()
        WHERE id = $1 AND state IN ('pending', 'queued', 'sending')
        RETURNING id, event_id AS "eventId", kind, recipient_email AS "recipientEmail", recipient_name AS "recipientName",
                  language, about, secret, subject_override AS "subjectOverride", text_override AS "textOverride"`,
      [notificationId],
    );
    if (!claimed) return 'skipped';
    try {
      const message = await this.compose(claimed);
      if (!message) {
        await this.record(notificationId, `state = 'discarded', secret = NULL, last_error = 'What this message was about no longer exists'`);
        return 'discarded';
      }
      const receipt = await this.transport.send(message);
      await this.record(notificationId, `state = 'sent', sent_at = now(), smtp_message_id = $2, last_error = NULL, secret = NULL`, [receipt.messageId]);
      return 'sent';
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const permanent = error instanceof PermanentDeliveryError || isPermanentMailError(error);
      if (permanent || lastAttempt) {
        await this.record(notificationId, `state = 'failed', failed_at = now(), last_error = $2`, [reason]);
        this.logger.warn(`Notification ${notificationId} failed${permanent ? ' permanently' : ' after its last attempt'}: ${reason}`);
        throw permanent ? new PermanentDeliveryError(reason) : error;
      }
      await this.record(notificationId, `state = 'queued', last_error = $2`, [reason]);
      throw error;
    }
  }

  /** The queue gave up on a row that never reached a recorded outcome. */
  async markAbandoned(notificationId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET state = 'failed', failed_at = now(), last_error = $2, updated_at = now()
        WHERE id = $1 AND state IN ('queued', 'sending')`,
      [notificationId, reason],
    );
  }

  private async compose(row: NotificationEntity & { secret?: string | null }) {
    const kind = this.kinds.get(row.kind);
    if (!kind) throw new PermanentDeliveryError(`Unknown notification kind "${row.kind}"`);
    const event = row.eventId ? await this.loadEvent(row.eventId) : undefined;
    const data = await kind.load(this.dataSource.manager, row.about, row.language);
    if (data === null) return null;
    const languages = [row.language, ...(event?.languages ?? []), 'en'];
    const context = {
      ...data,
      recipientName: row.recipientName,
      event: event ? this.describeEvent(event, row.language) : undefined,
      links: {
        app: this.config.PUBLIC_URL,
        event: event ? `${this.config.PUBLIC_URL}/events/${event.slug}` : this.config.PUBLIC_URL,
        manage: row.secret ? `${this.config.PUBLIC_URL}/manage/${row.secret}` : undefined,
      },
      // The one-off token itself, for kinds whose private link is not a registration page (speaker invitations).
      secret: row.secret ?? undefined,
    };
    let rendered;
    try {
      rendered = this.renderer.render(kind.template ?? row.kind, languages, context);
    } catch (error) {
      throw new PermanentDeliveryError(error instanceof Error ? error.message : String(error));
    }
    return {
      notificationId: row.id,
      to: { name: row.recipientName, address: row.recipientEmail },
      language: rendered.language,
      subject: row.subjectOverride?.replace(/[\r\n]+/g, ' ') ?? rendered.subject,
      text: row.textOverride ?? rendered.text,
      html: row.textOverride ? `<pre style="white-space: pre-wrap; font: inherit">${escapeHtml(row.textOverride)}</pre>` : rendered.html,
    };
  }

  private async loadEvent(eventId: string): Promise<EventRow | undefined> {
    const [event] = await this.dataSource.query(
      `SELECT slug, name, city, venue, time_zone, start_date::text, end_date::text, languages FROM events WHERE id = $1`,
      [eventId],
    );
    return event;
  }

  private describeEvent(event: EventRow, language: string) {
    const locale = LOCALES[language] ?? language;
    const start = DateTime.fromISO(event.start_date, { zone: event.time_zone, locale });
    const end = DateTime.fromISO(event.end_date, { zone: event.time_zone, locale });
    return {
      name: event.name,
      city: event.city,
      venue: event.venue,
      timeZone: event.time_zone,
      dates: Interval.fromDateTimes(start, end).toLocaleString(DateTime.DATE_FULL, { locale }),
      startsOn: start.toLocaleString(DateTime.DATE_HUGE),
    };
  }

  private async record(notificationId: string, assignments: string, params: unknown[] = []): Promise<void> {
    await this.dataSource.query(`UPDATE notifications SET ${assignments}, updated_at = now() WHERE id = $1`, [notificationId, ...params]);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
