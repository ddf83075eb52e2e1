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

/**
 * Instants already shown, by instant and zone. An export of thousands of slots shows the same few
 * hundred instants again and again (40 rooms start together), and each luxon conversion asks Intl for
 * the zone's offset: remembered, schedule.xml of 2,000 sessions spends a fraction of the time on dates.
 */
const shown = new Map<string, string>();
const SHOWN_KEPT = 50_000;

/** An instant shown in the event's zone with its offset, e.g. 2024-10-29T09:00:00+07:00. */
export function showIn(instant: Date | string, timeZone: string): string {
  const key = `${typeof instant === 'string' ? instant : instant.toISOString()}\u0000${timeZone}`;
  const known = shown.get(key);
  if (known !== undefined) return known;
  const moment = typeof instant === 'string' ? DateTime.fromISO(instant, { zone: 'utc' }) : DateTime.fromJSDate(instant);
  const text = moment.setZone(timeZone).toISO({ suppressMilliseconds: true })!;
  if (shown.size >= SHOWN_KEPT) shown.clear();
  shown.set(key, text);
  return text;
}

export function hhmm(instant: Date | string, timeZone: string): string {
  const moment = typeof instant === 'string' ? DateTime.fromISO(instant, { zone: 'utc' }) : DateTime.fromJSDate(instant);
  return moment.setZone(timeZone).toFormat('HH:mm');
}
