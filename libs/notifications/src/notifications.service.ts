import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EditHeldNotificationDto, HeldSelectionDto, NotificationLogQuery } from './dto/notification.dto.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationsError } from './notifications.error.js';
import { MailEvents } from './mail-events.js';

/** The organiser's side of the pipeline: the delivery log, retries, resends and review holds. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: MailEvents,
  ) {}

  async log(eventId: string, query: NotificationLogQuery) {
    const builder = this.repository
      .createQueryBuilder('n')
      .where('n.eventId = :eventId', { eventId })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id')
      .take(query.limit ?? 50)
      .skip(query.offset ?? 0);
    if (query.state) builder.andWhere('n.state = :state', { state: query.state });
    if (query.kind) builder.andWhere('n.kind = :kind', { kind: query.kind });
    if (query.recipient) builder.andWhere('n.recipientEmail = lower(:recipient)', { recipient: query.recipient });
    const [items, total] = await builder.getManyAndCount();
    const rows: { state: string; count: number }[] = await this.dataSource.query(
      `SELECT state, count(*)::int AS count FROM notifications WHERE event_id = $1 GROUP BY state`,
      [eventId],
    );
    return { items, total, counts: Object.fromEntries(rows.map((row) => [row.state, row.count])) };
  }

  /** Every message of the event about one thing (e.g. `{ registrationId }`), oldest first, for that thing's history. */
  async concerning(eventId: string, about: Record<string, string>): Promise<NotificationEntity[]> {
    return this.repository
      .createQueryBuilder('n')
      .where('n.eventId = :eventId', { eventId })
      .andWhere('n.about @> :about::jsonb', { about: JSON.stringify(about) })
      .orderBy('n.createdAt')
      .addOrderBy('n.id')
      .getMany();
  }

  /** The event a notification belongs to, for the access check. */
  async eventSlugOf(notificationId: string): Promise<string> {
    const [row]: { eventId: string | null }[] = await this.dataSource.query(`SELECT event_id AS "eventId" FROM notifications WHERE id = $1`, [notificationId]);
    const event = row?.eventId ? (await this.events.byIds(this.dataSource.manager, [row.eventId])).get(row.eventId) : undefined;
    if (!event) throw new NotificationsError('NOTIFICATION_NOT_FOUND', `No notification ${notificationId}`, { notificationId });
    return event.slug;
  }

  /** A failed message goes back to the relay as a new generation (a new job id). */
  async retry(notificationId: string): Promise<NotificationEntity> {
    const [rows] = await this.dataSource.query(
      `UPDATE notifications SET state = 'pending', generation = generation + 1, attempts = 0, last_error = NULL,
              failed_at = NULL, updated_at = now()
        WHERE id = $1 AND state = 'failed' RETURNING id`,
      [notificationId],
    );
    if (rows.length === 0) throw new NotificationsError('NOTIFICATION_NOT_RETRYABLE', 'Only a failed notification can be retried');
    return this.find(notificationId);
  }

  /** The same message again, to the same person, as a new notification linked to the first. */
  async resend(notificationId: string): Promise<NotificationEntity> {
    const [copy] = await this.dataSource.query(
      `INSERT INTO notifications (event_id, kind, recipient_email, recipient_name, language, about, subject_override, text_override, resent_from)
       SELECT event_id, kind, recipient_email, recipient_name, language, about, subject_override, text_override, id
         FROM notifications WHERE id = $1 AND state IN ('sent', 'failed')
       RETURNING id`,
      [notificationId],
    );
    if (!copy) throw new NotificationsError('NOTIFICATION_NOT_RESENDABLE', 'Only a sent or failed notification can be resent');
    return this.find(copy.id);
  }

  async editHeld(notificationId: string, edit: EditHeldNotificationDto): Promise<NotificationEntity> {
    const [rows] = await this.dataSource.query(
      `UPDATE notifications SET subject_override = coalesce($2, subject_override), text_override = coalesce($3, text_override),
              updated_at = now()
        WHERE id = $1 AND state = 'held' RETURNING id`,
      [notificationId, edit.subject ?? null, edit.text ?? null],
    );
    if (rows.length === 0) throw new NotificationsError('NOTIFICATION_NOT_EDITABLE', 'Only a held notification can be edited');
    return this.find(notificationId);
  }

  /** Sends (`release`) or drops (`discard`) held messages chosen by ids or by filter. */
  async settleHeld(eventId: string, selection: HeldSelectionDto, outcome: 'release' | 'discard'): Promise<number> {
    const [, affected] = await this.dataSource.query(
      `UPDATE notifications SET state = $2, updated_at = now()
        WHERE event_id = $1 AND state = 'held'
          AND ($3::uuid[] IS NULL OR id = ANY($3))
          AND ($4::text IS NULL OR kind = $4)
          AND ($5::text IS NULL OR recipient_email = lower($5))`,
      [eventId, outcome === 'release' ? 'pending' : 'discarded', selection.ids ?? null, selection.kind ?? null, selection.recipient ?? null],
    );
    return affected;
  }

  async holds(eventId: string): Promise<string[]> {
    const rows: { kind: string }[] = await this.dataSource.query(`SELECT kind FROM notification_holds WHERE event_id = $1 ORDER BY kind`, [eventId]);
    return rows.map((row) => row.kind);
  }

  async setHolds(eventId: string, kinds: string[]): Promise<string[]> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM notification_holds WHERE event_id = $1`, [eventId]);
      if (kinds.length) {
        await manager.query(`INSERT INTO notification_holds (event_id, kind) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`, [eventId, kinds]);
      }
    });
    return this.holds(eventId);
  }

  async find(notificationId: string): Promise<NotificationEntity> {
    const notification = await this.repository.findOneBy({ id: notificationId });
    if (!notification) throw new NotificationsError('NOTIFICATION_NOT_FOUND', `No notification ${notificationId}`, { notificationId });
    return notification;
  }

  private get repository() {
    return this.dataSource.getRepository(NotificationEntity);
  }
}
