import { DateTime } from 'luxon';
import type { ReminderAnchor } from './dto/reminder.dto.js';

/** The moment a reminder is due: a day counted from the event's first or last day, at a local time of the event's zone. */
export function reminderDueAt(
  event: { startDate: string; endDate: string; timeZone: string },
  reminder: { anchor: ReminderAnchor; offsetDays: number; sendTime: string },
): Date {
  const [hour, minute] = reminder.sendTime.split(':').map(Number);
  const day = reminder.anchor === 'start' ? event.startDate : event.endDate;
  return DateTime.fromISO(day.slice(0, 10), { zone: event.timeZone }).plus({ days: reminder.offsetDays }).set({ hour, minute }).toJSDate();
}
