import type { NotificationKind, Outbox } from '@app/notifications';
import type { EntityManager } from 'typeorm';
import { localisedTitle } from './session-text.js';

export const AGENDA_PROMOTED = 'agenda-promoted';

/** "A seat at this session is now yours": discarded if the delegate left the session before it went out. */
export const agendaPromotedKind: NotificationKind = {
  kind: AGENDA_PROMOTED,
  async load(manager, about, language) {
    const [row] = await manager.query(
      `SELECT s.title, lower(s.during) AS "startsAt", upper(s.during) AS "endsAt", rm.name AS room, ev.languages
         FROM agenda_entries e
         JOIN sessions s ON s.id = e.session_id
         JOIN events ev ON ev.id = s.event_id
         LEFT JOIN rooms rm ON rm.id = s.room_id
        WHERE e.registration_id = $1 AND e.session_id = $2 AND e.state = 'signed-up'`,
      [about.registrationId, about.sessionId],
    );
    if (!row) return null;
    return {
      sessionTitle: localisedTitle(row.title, [language, ...row.languages]),
      startsAt: new Date(row.startsAt).toISOString(),
      endsAt: new Date(row.endsAt).toISOString(),
      room: row.room ?? undefined,
    };
  },
};

export const AGENDA_NOTIFICATION_KINDS: NotificationKind[] = [agendaPromotedKind];

/** Written on the caller's transaction: the promotion and its message commit together. */
export async function tellPromoted(outbox: Outbox, manager: EntityManager, registrationId: string, sessionId: string): Promise<void> {
  const [registration] = await manager.query(`SELECT event_id AS "eventId", email, full_name AS "fullName", language FROM registrations WHERE id = $1`, [
    registrationId,
  ]);
  await outbox.add(manager, {
    eventId: registration.eventId,
    kind: AGENDA_PROMOTED,
    recipientEmail: registration.email,
    recipientName: registration.fullName,
    language: registration.language,
    about: { registrationId, sessionId },
  });
}
