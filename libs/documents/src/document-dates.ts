/**
 * Dates on documents in the reader's language: "29 October 2024", "29 tháng 10 năm 2024" (the
 * translator's style; Intl writes "29 tháng 10, 2024"), "29 ตุลาคม 2567" (th-TH counts the Buddhist
 * era, as Thai official letters do).
 */
const LOCALES: Record<string, string> = { en: 'en-GB', vi: 'vi-VN', th: 'th-TH' };

/** A calendar date (YYYY-MM-DD, already the event's day) or an instant shown in `zone`. */
export function documentDate(value: string | Date, language: string, zone = 'UTC'): string {
  const at = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T12:00:00Z`) : value;
  const timeZone = typeof value === 'string' ? 'UTC' : zone;
  if (language === 'vi') {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(at);
    // Numbers as Vietnamese writes them in words-and-figures dates: "6 tháng 5", never "06 tháng 05".
    const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
    return `${get('day')} tháng ${get('month')} năm ${get('year')}`;
  }
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}
