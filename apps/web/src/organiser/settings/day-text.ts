// Both page languages write day/month/year (en-GB, vi-VN), on a 24-hour clock; the browser's own date
// fields follow its locale instead (often the US month/day), so these are plain text fields.
const DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const pad = (value: string) => value.padStart(2, '0');

/** "9/3/2027" → "2027-03-09"; anything else as typed, for the API to name at its field. */
export function dayToIso(text: string): string {
  const match = DAY.exec(text.trim());
  return match ? `${match[3]}-${pad(match[2])}-${pad(match[1])}` : text.trim();
}

export const isoToDay = (iso: string) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);
