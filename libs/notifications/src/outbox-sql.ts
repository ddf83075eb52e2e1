/** What an outbox message is made of, each an SQL expression over the rows of the statement's source. */
export type OutboxColumnsSql = Record<'eventId' | 'kind' | 'recipientEmail' | 'recipientName' | 'language' | 'about' | 'secret', string>;

/**
 * The outbox INSERT as `Outbox.add` writes it, one message per row of `source`, for a statement that
 * writes a change and its message together (a data-modifying WITH): one round trip less while the
 * change's row locks are held. Kinds an organiser holds for review start as `held`.
 */
export function outboxInsertSql(source: string, message: OutboxColumnsSql): string {
  return `INSERT INTO notifications (event_id, kind, recipient_email, recipient_name, language, about, dedup_key, send_after, secret, state)
    SELECT ${message.eventId}, ${message.kind}, lower(${message.recipientEmail}), ${message.recipientName}, ${message.language}, ${message.about},
           NULL, NULL, ${message.secret},
           CASE WHEN EXISTS (SELECT 1 FROM notification_holds h WHERE h.event_id = ${message.eventId} AND h.kind = ${message.kind}) THEN 'held' ELSE 'pending' END
      FROM ${source}`;
}
