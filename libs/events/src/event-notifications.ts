import type { EventRole } from '@app/auth';
import type { NotificationKind, Outbox } from '@app/notifications';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';

const ROLE_LABELS: Record<string, Record<EventRole, string>> = {
  en: { organiser: 'organiser', staff: 'staff', delegate: 'delegate', speaker: 'speaker', juror: 'juror', representative: 'city representative' },
  vi: { organiser: 'ban tổ chức', staff: 'nhân viên ban tổ chức', delegate: 'đại biểu', speaker: 'diễn giả', juror: 'thành viên hội đồng giám khảo', representative: 'đại diện thành phố' },
};

function roleLabel(role: EventRole, language: string): string {
  return (ROLE_LABELS[language] ?? ROLE_LABELS.en)[role];
}

async function rolesHeld(manager: EntityManager, eventId: string, userId: string): Promise<EventRole[]> {
  const rows: { role: EventRole }[] = await manager.query(
    `SELECT role FROM event_roles WHERE event_id = $1 AND user_id = $2 ORDER BY role`,
    [eventId, userId],
  );
  return rows.map((row) => row.role);
}

/** "You now have this role": discarded if the role was taken back before it went out. */
export const roleGrantedKind: NotificationKind = {
  kind: 'role-granted',
  async load(manager, about, language) {
    const held = await rolesHeld(manager, about.eventId, about.userId);
    return held.includes(about.role as EventRole) ? { roleLabel: roleLabel(about.role as EventRole, language) } : null;
  },
};

/** The day before an event, to everyone holding a role on it. */
export const eventReminderKind: NotificationKind = {
  kind: 'event-reminder',
  async load(manager, about, language) {
    const [role] = await rolesHeld(manager, about.eventId, about.userId);
    return role ? { roleLabel: roleLabel(role, language) } : null;
  },
};

export const EVENT_NOTIFICATION_KINDS = [roleGrantedKind, eventReminderKind];

export const reminderKeyPrefix = (eventId: string) => `event-reminder:${eventId}:`;
export const reminderKey = (eventId: string, userId: string) => `${reminderKeyPrefix(eventId)}${userId}`;

/** 09:00 on the day before the event starts, in the event's own time zone. */
export function reminderTime(startDate: string, timeZone: string): Date {
  return DateTime.fromISO(startDate, { zone: timeZone }).minus({ days: 1 }).set({ hour: 9 }).toJSDate();
}

export interface RoleHolder {
  eventId: string;
  userId: string;
  email: string;
  displayName: string;
  language: string;
}

export async function scheduleEventReminder(outbox: Outbox, manager: EntityManager, holder: RoleHolder, startDate: string, timeZone: string): Promise<void> {
  const sendAt = reminderTime(startDate, timeZone);
  if (sendAt.getTime() <= Date.now()) return;
  await outbox.schedule(manager, {
    eventId: holder.eventId,
    kind: eventReminderKind.kind,
    recipientEmail: holder.email,
    recipientName: holder.displayName,
    language: holder.language,
    about: { eventId: holder.eventId, userId: holder.userId },
    dedupKey: reminderKey(holder.eventId, holder.userId),
    sendAt,
  });
}
