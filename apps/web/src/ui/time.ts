import i18next from 'i18next';
import { intlLocale } from '../i18n/languages';

/** Dates and times are always shown in the event's time zone, with the zone named (Intl does the work). */
const cache = new Map<string, Intl.DateTimeFormat>();

function format(language: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${zone}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale(language), { timeZone: zone, ...options });
    cache.set(key, formatter);
  }
  return formatter;
}

const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);

export const formatTime = (value: string | Date, zone: string, language: string) =>
  format(language, zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(toDate(value));

/** The Vietnamese translator's one style: "thứ Ba, 29/10/2024" (Intl vi-VN says "Thứ Ba" and "29 thg 10"). */
function viDay(at: Date, zone: string, withYear = true): string {
  const parts = format('vi', zone, { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)!.value;
  // "thứ Ba" but "Chủ nhật", as the translator writes them; ICU gives "Thứ Ba" and "Chủ Nhật". Day and month
  // joined by "/" always: ICU writes "28-10" when the year is left out.
  const weekday = part('weekday').startsWith('Chủ') ? 'Chủ nhật' : `${part('weekday').charAt(0).toLocaleLowerCase('vi')}${part('weekday').slice(1)}`;
  return `${weekday}, ${part('day')}/${part('month')}${withYear ? `/${part('year')}` : ''}`;
}

/** vi: "09:00, thứ Ba, 29/10/2024". */
export const formatDateTime = (value: string | Date, zone: string, language: string) =>
  language === 'vi'
    ? `${formatTime(value, zone, language)}, ${viDay(toDate(value), zone)}`
    : format(language, zone, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(toDate(value));

/** A calendar date (YYYY-MM-DD, no zone) as the event's readers say it. */
export const formatDay = (isoDate: string, language: string, style: 'long' | 'short' = 'long') =>
  language === 'vi'
    ? viDay(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`), 'UTC', style === 'long')
    : format(
        language,
        'UTC',
        style === 'long' ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } : { weekday: 'short', day: 'numeric', month: 'short' },
      ).format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));

/**
 * "Asia/Bangkok (GMT+7)": the zone's name and its offset on the given day, in the page's language unless
 * another is given ("giờ Bangkok, GMT+7" in Vietnamese, as the translator writes it).
 */
export function zoneLabel(zone: string, at: string | Date = new Date(), language: string = i18next.language ?? 'en'): string {
  const offset = format('en', zone, { timeZoneName: 'shortOffset' })
    .formatToParts(toDate(at))
    .find((part) => part.type === 'timeZoneName')?.value;
  // The translator's style, "giờ Bangkok, GMT+7", where a Vietnamese sentence names the zone.
  if (language === 'vi') return `giờ ${zone.split('/').pop()!.replace(/_/g, ' ')}${offset ? `, ${offset}` : ''}`;
  // Thai says the zone by its Thai name, "เวลาอินโดจีน (GMT+7)".
  if (language === 'th') {
    const name = format('th', zone, { timeZoneName: 'long' })
      .formatToParts(toDate(at))
      .find((part) => part.type === 'timeZoneName')?.value;
    return `${name ?? zone}${offset ? ` (${offset})` : ''}`;
  }
  return offset ? `${zone} (${offset})` : zone;
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function dayInZone(value: string | Date, zone: string): string {
  const parts = format('en', zone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(toDate(value));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function offsetMinutes(zone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * A wall-clock time typed in a date-and-time field (YYYY-MM-DDTHH:MM), read in the event's time zone, as an ISO instant.
 * The zone's offset is looked up twice so a time next to a daylight-saving change lands right.
 */
export function zonedInputToIso(local: string, zone: string): string {
  const naive = new Date(`${local.length === 16 ? `${local}:00` : local}Z`);
  let instant = new Date(naive.getTime() - offsetMinutes(zone, naive) * 60_000);
  instant = new Date(naive.getTime() - offsetMinutes(zone, instant) * 60_000);
  return instant.toISOString();
}

/** An instant as the value of a date-and-time field in the event's time zone. */
export function isoToZonedInput(iso: string, zone: string): string {
  const at = new Date(iso);
  const shifted = new Date(at.getTime() + offsetMinutes(zone, at) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
