import { DateTime, Interval } from 'luxon';

// th-TH writes the Buddhist era (29 ตุลาคม 2567), as Thai letters do.
export const LOCALES: Record<string, string> = { en: 'en-GB', vi: 'vi-VN', th: 'th-TH' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function intl(locale: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: zone, ...options });
    formatters.set(key, formatter);
  }
  return formatter;
}

// Vietnamese letters write "thứ Ba" mid-sentence: Intl capitalises it as if it opened the sentence.
const weekday = (at: Date, zone: string) => {
  const name = intl('vi-VN', zone, { weekday: 'long' }).format(at);
  return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
};
const numericDate = (at: Date, zone: string) => intl('vi-VN', zone, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(at);

/** "giờ Bangkok, GMT+7": the translator's zone style, the city read from the IANA name. */
export function viZone(zone: string, at: Date): string {
  const offset = intl('en-GB', zone, { timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const city = zone.split('/').pop()!.replace(/_/g, ' ');
  return offset ? `giờ ${city}, ${offset}` : `giờ ${city}`;
}

/** "เวลาอินโดจีน, GMT+7": the zone as Thai readers know it, from Intl's own Thai zone names. */
export function thZone(zone: string, at: Date): string {
  const name = intl('th-TH', zone, { timeZoneName: 'long' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = intl('en-GB', zone, { timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  return `${name ?? zone}${offset ? `, ${offset}` : ''}`;
}

/** Thai letters: "วันอังคารที่ 29 ตุลาคม 2567", the Buddhist era as Intl's th-TH writes it. */
const thDay = (at: Date, zone: string) => intl('th-TH', zone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
const thTime = (at: Date, zone: string) => `${intl('th-TH', zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)} น.`;

/** The zone as a sentence of the reader's language names it; other languages keep its IANA id. */
export function zoneName(zone: string, at: Date, language: string): string {
  if (language === 'vi') return viZone(zone, at);
  if (language === 'th') return thZone(zone, at);
  return zone;
}

/** A moment in a mail: vi "09:00, thứ Ba, 29/10/2024 (giờ Bangkok, GMT+7)"; other languages keep Luxon's medium style. */
export function mailMoment(iso: string, zone: string, language: string): string {
  if (language === 'vi') {
    const at = new Date(iso);
    // Luxon writes "Invalid DateTime" for a value it cannot read; Intl would throw and fail the whole message.
    if (Number.isNaN(at.getTime())) return iso;
    const time = intl('vi-VN', zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
    return `${time}, ${weekday(at, zone)}, ${numericDate(at, zone)} (${viZone(zone, at)})`;
  }
  if (language === 'th') {
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) return iso;
    return `${thDay(at, zone)} เวลา ${thTime(at, zone)} (${thZone(zone, at)})`;
  }
  const moment = DateTime.fromISO(iso, { zone }).setLocale(LOCALES[language] ?? language);
  return `${moment.toLocaleString(DateTime.DATETIME_MED)} (${zone})`;
}

/** Two calendar dates (YYYY-MM-DD): vi "ngày 29–30/10/2024", spelled out in full only where month or year differ. */
export function mailDateRange(startDate: string, endDate: string, zone: string, language: string): string {
  if (language === 'vi') {
    const [start, end] = [startDate, endDate].map((day) => numericDate(new Date(`${day.slice(0, 10)}T12:00:00Z`), 'UTC'));
    if (start === end) return `ngày ${start}`;
    if (start.slice(3) === end.slice(3)) return `ngày ${start.slice(0, 2)}–${end}`;
    if (start.slice(6) === end.slice(6)) return `ngày ${start.slice(0, 5)}–${end}`;
    return `ngày ${start}–${end}`;
  }
  const locale = LOCALES[language] ?? language;
  const start = DateTime.fromISO(startDate, { zone, locale });
  const end = DateTime.fromISO(endDate, { zone, locale });
  return Interval.fromDateTimes(start, end).toLocaleString(DateTime.DATE_FULL, { locale });
}

/** One calendar date: vi "thứ Ba, ngày 29/10/2024". */
export function mailDay(date: string, zone: string, language: string): string {
  if (language === 'vi') {
    const at = new Date(`${date.slice(0, 10)}T12:00:00Z`);
    return `${weekday(at, 'UTC')}, ngày ${numericDate(at, 'UTC')}`;
  }
  if (language === 'th') return thDay(new Date(`${date.slice(0, 10)}T12:00:00Z`), 'UTC');
  return DateTime.fromISO(date, { zone, locale: LOCALES[language] ?? language }).toLocaleString(DateTime.DATE_HUGE);
}

/** A time span inside one day: vi "09:00–10:30, thứ Ba, 29/10/2024". */
export function mailSpan(startIso: string, endIso: string, zone: string, language: string, fallbackFormat: (start: string, end: string) => string): string {
  if (language === 'th') {
    const start = new Date(startIso);
    const time = (iso: string) => intl('th-TH', zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
    return `${thDay(start, zone)} เวลา ${time(startIso)}–${time(endIso)} น.`;
  }
  if (language !== 'vi') return fallbackFormat(startIso, endIso);
  const time = (iso: string) => intl('vi-VN', zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  const start = new Date(startIso);
  return `${time(startIso)}–${time(endIso)}, ${weekday(start, zone)}, ${numericDate(start, zone)}`;
}
