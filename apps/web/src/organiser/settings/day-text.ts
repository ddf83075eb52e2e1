// Both page languages write day/month/year (en-GB, vi-VN), on a 24-hour clock; the browser's own date
// fields follow its locale instead (often the US month/day), so these are plain text fields.
const DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DAY_TIME = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}),?\s+(\d{1,2})[:.](\d{2})$/;
const pad = (value: string) => value.padStart(2, '0');

/** "9/3/2027" → "2027-03-09"; anything else as typed, for the API to name at its field. */
export function dayToIso(text: string): string {
  const match = DAY.exec(text.trim());
  return match ? `${match[3]}-${pad(match[2])}-${pad(match[1])}` : text.trim();
}

/** "1/3/2027 17:00" → "2027-03-01T17:00" (a wall-clock time, read in the event's zone by the caller). */
export function dayTimeToLocal(text: string): string {
  const match = DAY_TIME.exec(text.trim());
  return match ? `${match[3]}-${pad(match[2])}-${pad(match[1])}T${pad(match[4])}:${match[5]}` : text.trim();
}

export const isoToDay = (iso: string) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);
export const localToDayTime = (local: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local) ? `${isoToDay(local)} ${local.slice(11, 16)}` : local);
