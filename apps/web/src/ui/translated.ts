/** Organiser-entered text in the reader's language, else the first language's (blank counts as not given), as the API picks it. */
export function translated(
  fallback: string,
  translations: Record<string, Record<string, string | undefined>> | undefined,
  field: string,
  language: string,
): string {
  const text = translations?.[language]?.[field];
  return typeof text === 'string' && text.trim() !== '' ? text : fallback;
}

/** A room's, track's or category's name in the reader's language. */
export const localName = (item: { name: string; translations?: Record<string, Record<string, string | undefined>> }, language: string) =>
  translated(item.name, item.translations, 'name', language);
