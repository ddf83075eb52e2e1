import { type EventContext, holdsEventRole } from '@app/auth';
import { RegistrationError } from './registration.error.js';

/**
 * Staff scan at the door, today; recording another day afterwards is the organisers' correction, and no
 * one records a day that has not come yet or lies outside the event.
 */
/** Practice scans are for the days before the event: once it begins, every scan counts. */
export function requireRehearsal(event: EventContext, today: string): void {
  if (today >= event.startDate) {
    throw new RegistrationError('CHECK_IN_REHEARSAL_OVER', `The event began on ${event.startDate}: scans now are real check-ins`, {
      startDate: event.startDate,
    });
  }
}

export function requireCheckInDay(event: EventContext, day: string, today: string, asked: boolean): void {
  if (day !== today) {
    if (!holdsEventRole(event, 'organiser')) {
      throw new RegistrationError('CHECK_IN_OTHER_DAY_FORBIDDEN', 'Only an organiser may check a delegate in for a day other than today');
    }
    if (day > today)
      throw new RegistrationError('CHECK_IN_DAY_NOT_COME', `${day} has not come yet in the event’s time zone (${event.timeZone}); today is ${today}`, {
        day,
        today,
        timeZone: event.timeZone,
      });
  }
  if (day < event.startDate || day > event.endDate) {
    throw new RegistrationError(
      'CHECK_IN_OUTSIDE_EVENT',
      `Check-in is open only on the days of the event, ${event.startDate} to ${event.endDate} (${event.timeZone}); ${asked ? 'the day asked for' : 'today'} is ${day}`,
      { startDate: event.startDate, endDate: event.endDate, day, timeZone: event.timeZone },
    );
  }
}
