import { DateTime } from 'luxon';
import { ProgrammeError } from './programme.error.js';

/** Reads a date-time entered in the event's time zone (or with its own offset) as an instant. */
export function instantIn(value: string, timeZone: string, field: string): DateTime {
  const hasOffset = /(Z|[+-]\d{2}:\d{2})$/.test(value);
  const moment = DateTime.fromISO(value, hasOffset ? { setZone: true } : { zone: timeZone });
  if (!moment.isValid)
    throw new ProgrammeError('INVALID_DATE_TIME', `${field} is not a valid date-time`, {
      field,
      details: [{ field, messages: [`${field} is not a valid date-time`] }],
    });
  // A wall-clock time skipped by a daylight-saving jump does not exist in the event's zone.
  if (!hasOffset && moment.toFormat("yyyy-LL-dd'T'HH:mm") !== value.slice(0, 16)) {
    throw new ProgrammeError('TIME_SKIPPED_BY_DST', `${field} ${value} does not exist in ${timeZone} (daylight-saving change)`, {
      field,
      value,
      timeZone,
      details: [{ field, messages: ['time skipped by a daylight-saving change'] }],
    });
  }
  return moment;
}

/** An instant shown in the event's zone with its offset, e.g. 2024-10-29T09:00:00+07:00. */
export function showIn(instant: Date | string, timeZone: string): string {
  const moment = typeof instant === 'string' ? DateTime.fromISO(instant, { zone: 'utc' }) : DateTime.fromJSDate(instant);
  return moment.setZone(timeZone).toISO({ suppressMilliseconds: true })!;
}

export function hhmm(instant: Date | string, timeZone: string): string {
  const moment = typeof instant === 'string' ? DateTime.fromISO(instant, { zone: 'utc' }) : DateTime.fromJSDate(instant);
  return moment.setZone(timeZone).toFormat('HH:mm');
}
