import { type Translations, untranslatableLanguages } from '@app/config';
import { EventsError } from './events.error.js';

/**
 * Refuses to read an event in a language it does not offer (422 LANGUAGE_NOT_OFFERED), rather than answering in
 * its first language as if that had been asked for.
 */
export function assertReadableIn(event: { languages: string[] }, language: string | undefined): void {
  if (language !== undefined && !event.languages.includes(language)) throw notOffered(language, event.languages);
}

/** Translations only into the event's other languages: its first language is the plain fields themselves. */
export function assertTranslatable(translations: Translations | undefined, languages: string[]): void {
  const [language] = untranslatableLanguages(translations, languages);
  if (language !== undefined) throw notOffered(language, languages.slice(1));
}

function notOffered(language: string, languages: string[]): EventsError {
  return new EventsError('LANGUAGE_NOT_OFFERED', `The event is not held in "${language}"; it offers ${languages.join(', ') || 'no other language'}`, {
    language,
    languages: languages.join(', '),
  });
}
