import { type EventRole, rolesHeldBy, rolesHeldSql } from '@app/auth';
import { Coalescer, type NotificationKind, type Outbox } from '@app/notifications';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';

const ROLE_LABELS: Record<string, Record<EventRole, string>> = {
  en: {
    organiser: 'organiser',
    staff: 'staff',
    delegate: 'delegate',
    speaker: 'speaker',
    juror: 'juror',
    representative: 'city representative',
    commission: 'National Commission officer',
  },
  vi: {
    organiser: 'thành viên Ban Tổ chức',
    staff: 'cán bộ hỗ trợ của Ban Tổ chức',
    delegate: 'đại biểu',
    speaker: 'diễn giả',
    juror: 'thành viên Ban giám khảo',
    representative: 'đại diện thành phố',
    commission: 'cán bộ Ủy ban Quốc gia UNESCO',
  },
  th: {
    organiser: 'คณะผู้จัดงาน',
    staff: 'เจ้าหน้าที่ของคณะผู้จัดงาน',
    delegate: 'ผู้เข้าร่วมประชุม',
    speaker: 'วิทยากร',
    juror: 'กรรมการตัดสิน',
    representative: 'ผู้แทนเมือง',
    commission: 'เจ้าหน้าที่คณะกรรมการแห่งชาติว่าด้วยยูเนสโก',
  },
};

function roleLabel(role: EventRole, language: string): string {
  return (ROLE_LABELS[language] ?? ROLE_LABELS.en)[role];
}

type RoleKey = { eventId: string; userId: string };
const roleLoaders = new WeakMap<EntityManager, Coalescer<RoleKey, EventRole[]>>();

/** Batched per manager: the worker asks for one holder per message, many messages at a time. */
async function rolesHeld(manager: EntityManager, eventId: string, userId: string): Promise<EventRole[]> {
  let loader = roleLoaders.get(manager);
  if (!loader) {
    loader = new Coalescer<RoleKey, EventRole[]>((keys) => rolesHeldBy(manager, keys));
    roleLoaders.set(manager, loader);
  }
  return loader.submit({ eventId, userId });
}

/** The roles the message's user holds on its event, read in the worker's claim statement (NotificationKind.facts), as rolesHeld() would. */
const ROLES_HELD_FACT = rolesHeldSql(`c.about->>'eventId'`, `c.about->>'userId'`);

/** From the claim's facts when it brought them, otherwise a query (batched) of our own. */
async function rolesFor(manager: EntityManager, about: Record<string, string>, facts?: Record<string, unknown>): Promise<EventRole[]> {
  if (Array.isArray(facts?.roles)) return facts.roles as EventRole[];
  return rolesHeld(manager, about.eventId, about.userId);
}

/** "You now have this role": discarded if the role was taken back before it went out. */
export const roleGrantedKind: NotificationKind = {
  kind: 'role-granted',
  facts: { roles: ROLES_HELD_FACT },
  async load(manager, about, language, facts) {
    const held = await rolesFor(manager, about, facts);
    return held.includes(about.role as EventRole) ? { roleLabel: roleLabel(about.role as EventRole, language) } : null;
  },
};

/** The day before an event, to everyone holding a role on it. */
export const eventReminderKind: NotificationKind = {
  kind: 'event-reminder',
  // A courtesy, not a consequence of something the person did: they may opt out of it.
  transactional: false,
  facts: { roles: ROLES_HELD_FACT },
  async load(manager, about, language, facts) {
    const [role] = await rolesFor(manager, about, facts);
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
