/** Dates and times as an organiser types them: ISO day and the 24-hour clock, whatever the browser's locale. */
const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})$/;

/** "2024-10-30 14:00" (or with a T) as 2024-10-30T14:00, or null when it is not a real day and a 24-hour time. */
export function toLocalDateTime(text: string): string | null {
  const match = LOCAL.exec(text.trim());
  if (!match) return null;
  const [, day, hour, minute] = match;
  if (Number(hour) > 23 || Number(minute) > 59) return null;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return null;
  return `${day}T${hour.padStart(2, '0')}:${minute}`;
}

export const isLocalDateTime = (value: string) => toLocalDateTime(value) === value;

const TIME = /^(\d{1,2}):(\d{2})$/;

/** "9:05" as 09:05, or null when it is not a time on the 24-hour clock. */
export function toTime(text: string): string | null {
  const match = TIME.exec(text.trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return null;
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}
