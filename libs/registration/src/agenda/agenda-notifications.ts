import { eventDirectory } from '@app/events';
import type { NotificationKind, Outbox } from '@app/notifications';
import { agendaSessions } from '@app/programme';
import type { EntityManager } from 'typeorm';
import { localisedTitle } from './session-text.js';

export const AGENDA_PROMOTED = 'agenda-promoted';

/** "A seat at this session is now yours": discarded if the delegate left the session before it went out. */
export const agendaPromotedKind: NotificationKind = {
  kind: AGENDA_PROMOTED,
  async load(manager, about, language) {
    const [entry] = await manager.query(`SELECT 1 FROM agenda_entries WHERE registration_id = $1 AND session_id = $2 AND state = 'signed-up'`, [
      about.registrationId,
      about.sessionId,
    ]);
    const session = entry ? (await agendaSessions.byIds(manager, [about.sessionId])).get(about.sessionId) : undefined;
    if (!session) return null;
    const event = (await eventDirectory.events(manager, [session.eventId])).get(session.eventId)!;
    const [room] = await eventDirectory.rooms(manager, session.roomId ? [session.roomId] : []);
    const row = { title: session.title, startsAt: session.startsAt, endsAt: session.endsAt, room: room?.name, languages: event.languages };
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
