export type ExportFile = 'schedule.ics' | 'schedule.xml' | 'schedule.json';

/**
 * An export in the reader's language when the event is held in it (the exports hold one language each),
 * else in the event's first, which needs no query: the links everyone shares stay the plain ones.
 */
export function exportPath(slug: string, file: ExportFile, language: string, languages: string[]): string {
  const path = `/events/${slug}/${file}`;
  return languages.includes(language) && language !== languages[0] ? `${path}?lang=${encodeURIComponent(language)}` : path;
}
