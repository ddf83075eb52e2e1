import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AudienceDto, MessageStatus, MessageTextDto } from './dto/message.dto.js';
import { MessagesError } from './messages.error.js';

export interface MessageRow {
  id: string;
  status: MessageStatus;
  sendAt: Date | null;
  audience: AudienceDto;
  content: MessageTextDto[];
  recipientCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface RecipientRow {
  id: string;
  email: string;
  name: string;
  language: string;
}

interface NewMessage {
  eventId: string;
  key: string;
  status: MessageStatus;
  sendAt: Date | null;
  audience: AudienceDto;
  content: MessageTextDto[];
  createdBy: string | null;
}

// A scheduled message whose time has come has gone out: the relay sends its rows from then on.
const COLUMNS = `id, CASE WHEN status = 'scheduled' AND send_at <= now() THEN 'sent' ELSE status END AS status, send_at AS "sendAt",
  audience, content, recipient_count AS "recipientCount", created_at AS "createdAt", updated_at AS "updatedAt"`;

/** The only code that touches `messages` and `message_recipients`. */
@Injectable()
export class MessagesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Null when a message with this key already exists (the unique key decides between twin requests). */
  async insert(manager: EntityManager, message: NewMessage): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO messages (event_id, idempotency_key, status, send_at, audience, content, created_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
       ON CONFLICT ON CONSTRAINT messages_idempotency_key DO NOTHING RETURNING id`,
      [message.eventId, message.key, message.status, message.sendAt, message.audience, JSON.stringify(message.content), message.createdBy],
    );
    return rows[0]?.id ?? null;
  }

  async update(manager: EntityManager, id: string, change: Pick<MessageRow, 'status' | 'sendAt' | 'audience' | 'content'>): Promise<void> {
    await manager.query(`UPDATE messages SET status = $2, send_at = $3, audience = $4, content = $5::jsonb, updated_at = now() WHERE id = $1`, [
      id,
      change.status,
      change.sendAt,
      change.audience,
      JSON.stringify(change.content),
    ]);
  }

  /** The message with its row locked, as stored (a scheduled one counts as sent once its time has come). */
  async lock(manager: EntityManager, eventId: string, id: string): Promise<MessageRow | undefined> {
    const [row] = await manager.query(`SELECT ${COLUMNS} FROM messages WHERE event_id = $1 AND id = $2 FOR UPDATE`, [eventId, id]);
    return row;
  }

  async find(eventId: string, id: string): Promise<MessageRow> {
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM messages WHERE event_id = $1 AND id = $2`, [eventId, id]);
    if (!row) throw new MessagesError('MESSAGE_NOT_FOUND', `No message ${id}`, { messageId: id });
    return row;
  }

  async findByKey(eventId: string, key: string): Promise<MessageRow | undefined> {
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM messages WHERE event_id = $1 AND idempotency_key = $2`, [eventId, key]);
    return row;
  }

  list(eventId: string): Promise<MessageRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM messages WHERE event_id = $1 ORDER BY created_at DESC, id LIMIT 500`, [eventId]);
  }

  async addRecipients(
    manager: EntityManager,
    messageId: string,
    recipients: { email: string; name: string; language: string; fields: object }[],
  ): Promise<RecipientRow[]> {
    // One person with two registrations (a cancelled one and a new one) reads the message once.
    const rows: RecipientRow[] = await manager.query(
      `INSERT INTO message_recipients (message_id, email, name, language, fields)
       SELECT $1, lower(r.email), r.name, r.language, r.fields
         FROM jsonb_to_recordset($2::jsonb) AS r(email text, name text, language text, fields jsonb)
       ON CONFLICT ON CONSTRAINT message_recipients_once DO NOTHING
       RETURNING id, email, name, language`,
      [messageId, JSON.stringify(recipients)],
    );
    await manager.query(`UPDATE messages SET recipient_count = (SELECT count(*) FROM message_recipients WHERE message_id = $1) WHERE id = $1`, [messageId]);
    return rows;
  }

  async clearRecipients(manager: EntityManager, messageId: string): Promise<void> {
    await manager.query(`DELETE FROM message_recipients WHERE message_id = $1`, [messageId]);
  }

  recipients(messageId: string): Promise<RecipientRow[]> {
    return this.dataSource.query(`SELECT id, email, name, language FROM message_recipients WHERE message_id = $1 ORDER BY name, email`, [messageId]);
  }
}
