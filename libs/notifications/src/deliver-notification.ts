import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { DateTime, Interval } from 'luxon';
import { DataSource } from 'typeorm';
import { Coalescer } from './coalescer.js';
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


type ClaimedRow = NotificationEntity & { secret: string | null; event: EventRow | null };

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

  /**
   * Claims rows together with their event: one round trip for every job that starts while the
   * previous claim is in flight, instead of an UPDATE and a SELECT per job.
   */
  private readonly claims = new Coalescer<string, ClaimedRow | undefined>(async (ids) => {
    const rows: ClaimedRow[] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE notifications SET state = 'sending', attempts = attempts + 1, updated_at = now()
          WHERE id = ANY($1::uuid[]) AND state IN ('pending', 'queued', 'sending')
          RETURNING id, event_id, kind, recipient_email, recipient_name, language, about, secret, subject_override, text_override)
       SELECT c.id, c.event_id AS "eventId", c.kind, c.recipient_email AS "recipientEmail", c.recipient_name AS "recipientName",
              c.language, c.about, c.secret, c.subject_override AS "subjectOverride", c.text_override AS "textOverride",
              CASE WHEN e.id IS NULL THEN NULL ELSE json_build_object(
                'slug', e.slug, 'name', e.name, 'city', e.city, 'venue', e.venue, 'time_zone', e.time_zone,
                'start_date', e.start_date::text, 'end_date', e.end_date::text, 'languages', e.languages) END AS event
         FROM claimed c LEFT JOIN events e ON e.id = c.event_id`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id));
  });

  /** Records sends together; each job still waits for its own row to be written before it completes. */
  private readonly sent = new Coalescer<{ id: string; messageId: string }, void>(async (items) => {
    await this.dataSource.query(
      `UPDATE notifications n
          SET state = 'sent', sent_at = now(), smtp_message_id = s.message_id, last_error = NULL, secret = NULL, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS s(id, message_id)
        WHERE n.id = s.id`,
      [items.map((item) => item.id), items.map((item) => item.messageId)],
    );
    return items.map(() => undefined);
  });

  /** describeEvent depends only on these fields; Intl date formatting is a large share of a message's CPU. */
  private readonly described = new Map<string, ReturnType<DeliverNotification['formatEvent']>>();

  /** `lastAttempt`: a transient failure now is final. */
  async execute(notificationId: string, lastAttempt: boolean): Promise<DeliveryOutcome> {
    const claimed = await this.claims.submit(notificationId);
    if (!claimed) return 'skipped';
    try {
      const message = await this.compose(claimed);
      if (!message) {
        await this.record(notificationId, `state = 'discarded', secret = NULL, last_error = 'What this message was about no longer exists'`);
        return 'discarded';
      }
      const receipt = await this.transport.send(message);
      await this.sent.submit({ id: notificationId, messageId: receipt.messageId });
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

  private async compose(row: ClaimedRow) {
    const kind = this.kinds.get(row.kind);
    if (!kind) throw new PermanentDeliveryError(`Unknown notification kind "${row.kind}"`);
    const event = row.event ?? undefined;
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

  private describeEvent(event: EventRow, language: string) {
    const key = JSON.stringify([event.name, event.city, event.venue, event.time_zone, event.start_date, event.end_date, language]);
    let described = this.described.get(key);
    if (!described) {
      if (this.described.size >= 1000) this.described.clear();
      described = this.formatEvent(event, language);
      this.described.set(key, described);
    }
    return described;
  }

  private formatEvent(event: EventRow, language: string) {
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
