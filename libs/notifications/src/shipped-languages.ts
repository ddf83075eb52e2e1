import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NotificationsError } from './notifications.error.js';
import { TEMPLATES_DIR } from './template-renderer.js';

const PARTS = ['subject', 'text', 'html'] as const;

/**
 * The languages every mail template exists in, read from the templates folder: a language with one
 * message missing is not offered at all, since its delegates would silently get another language.
 * English comes first, as the fallback of the rest; the web app checks its own message files against
 * this list (test/shipped-languages.e2e-spec.ts).
 */
export function mailLanguages(directory: string = TEMPLATES_DIR): string[] {
  const kinds = readdirSync(directory).filter((entry) => statSync(join(directory, entry)).isDirectory());
  const files = kinds.map((kind) => new Set(readdirSync(join(directory, kind))));
  const candidates = new Set([...files.flatMap((set) => [...set])].map((file) => /^([a-z]{2,3})\./.exec(file)?.[1]).filter((lang) => lang !== undefined));
  return [...candidates]
    .filter((language) => files.every((set) => PARTS.every((part) => set.has(`${language}.${part}.hbs`))))
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

/** The languages Plenary speaks whole: people may ask for these and no others. */
export const SHIPPED_LANGUAGES: readonly string[] = mailLanguages();

/** Refuses a language that is not shipped whole (422 LANGUAGE_NOT_SHIPPED), before anything is written in it. */
export function requireShippedLanguage(language: string | undefined): void {
  if (language === undefined || SHIPPED_LANGUAGES.includes(language)) return;
  throw new NotificationsError('LANGUAGE_NOT_SHIPPED', `language must be one of ${SHIPPED_LANGUAGES.join(', ')}: Plenary is not shipped in "${language}"`, {
    language,
    shipped: [...SHIPPED_LANGUAGES],
  });
}
