import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AudienceDto, MessageTextDto } from './dto/message.dto.js';
import type { ReminderAnchor } from './dto/reminder.dto.js';

export interface ReminderRow {
  id: string;
  eventId: string;
  anchor: ReminderAnchor;
  offsetDays: number;
  sendTime: string;
  audience: AudienceDto;
  content: MessageTextDto[];
  sentAt: Date | null;
  messageId: string | null;
}

export type ReminderFields = Pick<ReminderRow, 'anchor' | 'offsetDays' | 'sendTime' | 'audience' | 'content'>;

const COLUMNS = `id, event_id AS "eventId", anchor, offset_days AS "offsetDays", to_char(send_time, 'HH24:MI') AS "sendTime",
  audience, content, sent_at AS "sentAt", message_id AS "messageId"`;

/** The only code that touches `reminders`. */
@Injectable()
export class RemindersRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(eventId: string): Promise<ReminderRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM reminders WHERE event_id = $1 ORDER BY anchor DESC, offset_days, send_time, created_at`, [eventId]);
  }

  async find(eventId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<ReminderRow | undefined> {
    const [row] = await manager.query(`SELECT ${COLUMNS} FROM reminders WHERE event_id = $1 AND id = $2`, [eventId, id]);
    return row;
  }

  async insert(eventId: string, fields: ReminderFields, userId: string): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO reminders (event_id, anchor, offset_days, send_time, audience, content, created_by) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) RETURNING id`,
      [eventId, fields.anchor, fields.offsetDays, fields.sendTime, fields.audience, JSON.stringify(fields.content), userId],
    );
    return row.id;
  }

  /** Changes a reminder that has not gone out; false when it has (or is gone). */
  async update(eventId: string, id: string, fields: ReminderFields): Promise<boolean> {
    const [, affected] = await this.dataSource.query(
      `UPDATE reminders SET anchor = $3, offset_days = $4, send_time = $5, audience = $6, content = $7::jsonb, updated_at = now()
        WHERE event_id = $1 AND id = $2 AND sent_at IS NULL`,
      [eventId, id, fields.anchor, fields.offsetDays, fields.sendTime, fields.audience, JSON.stringify(fields.content)],
    );
    return affected > 0;
  }

  async remove(eventId: string, id: string): Promise<boolean> {
    const [, affected] = await this.dataSource.query(`DELETE FROM reminders WHERE event_id = $1 AND id = $2`, [eventId, id]);
    return affected > 0;
  }

  /** Events with reminders still to send. */
  async pendingEventIds(): Promise<string[]> {
    const rows: { eventId: string }[] = await this.dataSource.query(`SELECT DISTINCT event_id AS "eventId" FROM reminders WHERE sent_at IS NULL`);
    return rows.map((row) => row.eventId);
  }

  unsent(eventId: string): Promise<ReminderRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM reminders WHERE event_id = $1 AND sent_at IS NULL`, [eventId]);
  }

  /**
   * Takes the reminder for this transaction: of two workers, one gets the row, the other nothing
   * (the UPDATE waits for the first to commit, then finds sent_at set).
   */
  async claim(manager: EntityManager, id: string): Promise<ReminderRow | undefined> {
    const [rows] = await manager.query(`UPDATE reminders SET sent_at = now() WHERE id = $1 AND sent_at IS NULL RETURNING ${COLUMNS}`, [id]);
    return rows[0];
  }

  async recordMessage(manager: EntityManager, id: string, messageId: string): Promise<void> {
    await manager.query(`UPDATE reminders SET message_id = $2 WHERE id = $1`, [id, messageId]);
  }
}
