/**
 * Dates and times as an organiser types them, on the 24-hour clock whatever the browser's locale: the ISO
 * day (2024-10-30 14:00) or day first (30/10/2024 14:00), as both page languages write it (en-GB, vi-VN).
 */
const ISO = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}),?\s+(\d{1,2})[:.](\d{2})$/;

function parts(text: string): [day: string, hour: string, minute: string] | null {
  const iso = ISO.exec(text);
  if (iso) return [iso[1], iso[2], iso[3]];
  const dayFirst = DAY_FIRST.exec(text);
  if (!dayFirst) return null;
  const [, day, month, year, hour, minute] = dayFirst;
  return [`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`, hour, minute];
}

/** "2024-10-30 14:00" or "30/10/2024 14:00" as 2024-10-30T14:00, or null when it is not a real day and a 24-hour time. */
export function toLocalDateTime(text: string): string | null {
  const match = parts(text.trim());
  if (!match) return null;
  const [day, hour, minute] = match;
  if (Number(hour) > 23 || Number(minute) > 59) return null;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return null;
  return `${day}T${hour.padStart(2, '0')}:${minute}`;
}

/** 2024-10-30T14:00 as the field shows it, 30/10/2024 14:00; anything else as it is. */
export const showLocalDateTime = (value: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)} ${value.slice(11)}` : value;

export const isLocalDateTime = (value: string) => toLocalDateTime(value) === value;

const TIME = /^(\d{1,2}):(\d{2})$/;

/** "9:05" as 09:05, or null when it is not a time on the 24-hour clock. */
export function toTime(text: string): string | null {
  const match = TIME.exec(text.trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return null;
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}
