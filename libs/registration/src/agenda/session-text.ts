import { DateTime } from 'luxon';

/** A session title is `{ language: text }`: the first of `languages` that it has, else any. */
export function localisedTitle(title: Record<string, string>, languages: string[]): string {
  for (const language of languages) {
    if (title[language]) return title[language];
  }
  return Object.values(title)[0] ?? '';
}

/** ISO 8601 with the offset of the event's time zone, e.g. 2030-05-06T09:00:00+07:00. */
export function zonedIso(moment: Date, timeZone: string): string {
  return DateTime.fromJSDate(moment, { zone: timeZone }).toISO({ suppressMilliseconds: true })!;
}

/** "2030-05-06 09:00–10:30 (Asia/Ho_Chi_Minh)": unambiguous whatever the reader's language. */
export function describeTime(startsAt: Date, endsAt: Date, timeZone: string): string {
  const start = DateTime.fromJSDate(startsAt, { zone: timeZone });
  const end = DateTime.fromJSDate(endsAt, { zone: timeZone });
  const endText = end.hasSame(start, 'day') ? end.toFormat('HH:mm') : end.toFormat('yyyy-MM-dd HH:mm');
  return `${start.toFormat('yyyy-MM-dd HH:mm')}–${endText} (${timeZone})`;
}
