import type { NotificationKind, Outbox } from '@app/notifications';
import type { EntityManager } from 'typeorm';
import type { RegistrationEntity } from './registration.entity.js';

/** Each change of a registration's state, told to the delegate in their language. */
export const REGISTRATION_MESSAGES = ['received', 'confirmed', 'waitlisted', 'promoted', 'offered', 'cancelled', 'rejected', 'link'] as const;
export type RegistrationMessage = (typeof REGISTRATION_MESSAGES)[number];

const kindOf = (message: RegistrationMessage) => `registration-${message}`;

/** The kind of the message a new registration gets, from its state in SQL: received (pending), confirmed or waitlisted. */
export const newRegistrationKindSql = (state: string) => `'registration-' || CASE ${state} WHEN 'pending' THEN 'received' ELSE ${state} END`;

export const REGISTRATION_NOTIFICATION_KINDS: NotificationKind[] = REGISTRATION_MESSAGES.map((message) => ({
  kind: kindOf(message),
  template: 'registration',
  async load(manager: EntityManager, about: Record<string, string>) {
    const [row] = await manager.query(
      `SELECT r.state, r.badge_code AS "badgeCode", r.offer_expires_at AS "offerExpiresAt", coalesce(nullif(btrim(c.translations -> r.language ->> 'name'), ''), c.name) AS category,
              (SELECT count(*)::int + 1 FROM registrations w
                WHERE w.event_id = r.event_id AND w.category_id = r.category_id AND w.state = 'waitlisted' AND w.queue_number < r.queue_number) AS position
         FROM registrations r JOIN registration_categories c ON c.id = r.category_id WHERE r.id = $1`,
      [about.registrationId],
    );
    if (!row) return null;
    return {
      [message]: true,
      category: row.category,
      waitlistPosition: row.position,
      offerExpiresAt: row.offerExpiresAt ? new Date(row.offerExpiresAt).toISOString() : undefined,
    };
  },
}));

/** Writes the message on the caller's transaction; `token` is included when the delegate needs their private link. */
export async function tellDelegate(
  outbox: Outbox,
  manager: EntityManager,
  registration: Pick<RegistrationEntity, 'id' | 'eventId' | 'email' | 'fullName' | 'language'>,
  message: RegistrationMessage,
  token?: string,
): Promise<void> {
  await outbox.add(manager, {
    eventId: registration.eventId,
    kind: kindOf(message),
    recipientEmail: registration.email,
    recipientName: registration.fullName,
    language: registration.language,
    about: { registrationId: registration.id },
    secret: token,
  });
}
