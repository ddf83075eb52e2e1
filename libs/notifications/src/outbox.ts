import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface OutboxMessage {
  eventId: string | null;
  kind: string;
  recipientEmail: string;
  recipientName: string;
  language: string;
  /** Ids of what the message is about; the worker reloads the rest when it sends. */
  about: Record<string, string>;
  /** At most one message per key, ever (a second add with the same key is a no-op). */
  dedupKey?: string;
  /** A one-off secret the message must carry (a private link's token); wiped once sent. */
  secret?: string;
}

export interface ScheduledMessage extends OutboxMessage {
  dedupKey: string;
  sendAt: Date;
}

/**
 * Writes messages into the outbox on the caller's transaction, so a message exists exactly
 * when the change that caused it commits. Kinds an organiser holds for review start as `held`.
 */
@Injectable()
export class Outbox {
  async add(manager: EntityManager, message: OutboxMessage, sendAt: Date | null = null): Promise<string | undefined> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO notifications (event_id, kind, recipient_email, recipient_name, language, about, dedup_key, send_after, secret, state)
       VALUES ($1, $2, lower($3), $4, $5, $6, $7, $8, $9,
               CASE WHEN EXISTS (SELECT 1 FROM notification_holds h WHERE h.event_id = $1 AND h.kind = $2) THEN 'held' ELSE 'pending' END)
       ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        message.eventId,
        message.kind,
        message.recipientEmail,
        message.recipientName,
        message.language,
        message.about,
        message.dedupKey ?? null,
        sendAt,
        message.secret ?? null,
      ],
    );
    return rows[0]?.id;
  }

  /** Many messages in one statement, as add() writes each: a message to thousands costs one round trip, not thousands. */
  async addMany(manager: EntityManager, messages: OutboxMessage[], sendAt: Date | null = null): Promise<void> {
    if (messages.length === 0) return;
    await manager.query(
      `INSERT INTO notifications (event_id, kind, recipient_email, recipient_name, language, about, dedup_key, send_after, secret, state)
       SELECT m.event_id, m.kind, lower(m.recipient_email), m.recipient_name, m.language, m.about, m.dedup_key, $2::timestamptz, m.secret,
              CASE WHEN EXISTS (SELECT 1 FROM notification_holds h WHERE h.event_id = m.event_id AND h.kind = m.kind) THEN 'held' ELSE 'pending' END
         FROM jsonb_to_recordset($1::jsonb)
           AS m(event_id uuid, kind text, recipient_email text, recipient_name text, language text, about jsonb, dedup_key text, secret text)
       ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING`,
      [
        JSON.stringify(
          messages.map((message) => ({
            event_id: message.eventId,
            kind: message.kind,
            recipient_email: message.recipientEmail,
            recipient_name: message.recipientName,
            language: message.language,
            about: message.about,
            dedup_key: message.dedupKey ?? null,
            secret: message.secret ?? null,
          })),
        ),
        sendAt,
      ],
    );
  }

  /**
   * A message due at a time (a reminder). Scheduling the same key again moves it, and revives
   * it if it had been cancelled; one already sent is left alone.
   */
  async schedule(manager: EntityManager, message: ScheduledMessage): Promise<void> {
    await manager.query(
      `INSERT INTO notifications (event_id, kind, recipient_email, recipient_name, language, about, dedup_key, send_after)
       VALUES ($1, $2, lower($3), $4, $5, $6, $7, $8)
       ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO UPDATE
         SET send_after = EXCLUDED.send_after, state = 'pending', recipient_name = EXCLUDED.recipient_name,
             language = EXCLUDED.language, updated_at = now()
         WHERE notifications.state IN ('pending', 'discarded')`,
      [message.eventId, message.kind, message.recipientEmail, message.recipientName, message.language, message.about, message.dedupKey, message.sendAt],
    );
  }

  /** Moves every still-pending scheduled message whose key starts with `keyPrefix`. */
  async reschedule(manager: EntityManager, keyPrefix: string, sendAt: Date): Promise<number> {
    const [, affected] = await manager.query(
      `UPDATE notifications SET send_after = $2, updated_at = now()
        WHERE dedup_key LIKE $1 || '%' AND state = 'pending' AND send_after IS NOT NULL`,
      [keyPrefix, sendAt],
    );
    return affected;
  }

  /** Withdraws every message not yet gone out whose key starts with one of `keyPrefixes`. */
  async cancelByPrefix(manager: EntityManager, keyPrefixes: string[]): Promise<void> {
    await manager.query(
      `UPDATE notifications SET state = 'discarded', secret = NULL, updated_at = now()
        WHERE dedup_key LIKE ANY (SELECT prefix || '%' FROM unnest($1::text[]) AS prefix) AND state IN ('pending', 'held')`,
      [keyPrefixes],
    );
  }

  /** Withdraws a message that is no longer needed, if it has not gone out yet. */
  async cancel(manager: EntityManager, dedupKey: string): Promise<void> {
    await manager.query(`UPDATE notifications SET state = 'discarded', updated_at = now() WHERE dedup_key = $1 AND state IN ('pending', 'held')`, [dedupKey]);
  }
}
