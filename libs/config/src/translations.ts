import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isOneLine } from './one-line.js';

/** Organiser-entered text in the event's other languages: `{ vi: { name: 'Hội nghị …' } }`. */
export type Translations<F extends string = string> = Record<string, Partial<Record<F, string>>>;

/**
 * The text of `field` in `language`, else `fallback` (the default-language column). A blank translation
 * counts as missing, so an organiser who clears a field gets the default back rather than an empty heading.
 */
export function translated<F extends string>(
  fallback: string,
  translations: Translations<F> | null | undefined,
  field: F,
  language: string | undefined,
): string {
  if (!language) return fallback;
  const text = translations?.[language]?.[field];
  return typeof text === 'string' && text.trim() !== '' ? text : fallback;
}

/**
 * A `translations` body field: an object of language codes (ISO 639) to objects of the given fields, each a
 * string of at most `maxLength` characters (one line where `oneLine` names it). Whether each language is one the
 * event offers is checked by the owning service, which knows the event.
 */
export function IsTranslations(fields: Record<string, { maxLength: number; oneLine?: boolean }>, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTranslations',
      target: target.constructor,
      propertyName,
      options: {
        message: `$property must map language codes such as "vi" to objects of ${Object.keys(fields).join(', ')} (text within their lengths)`,
        ...options,
      },
      validator: {
        validate(value: unknown) {
          if (!isPlainObject(value)) return false;
          return Object.entries(value).every(
            ([language, texts]) =>
              /^[a-z]{2,3}$/.test(language) &&
              isPlainObject(texts) &&
              Object.entries(texts).every(([field, text]) => {
                const rule = fields[field];
                return rule !== undefined && typeof text === 'string' && text.length <= rule.maxLength && (!rule.oneLine || isOneLine(text));
              }),
          );
        },
      },
    });
}

/** The languages a translations object names that the event does not offer (its first language is the columns themselves). */
export function untranslatableLanguages(translations: Translations | undefined, eventLanguages: string[]): string[] {
  return Object.keys(translations ?? {}).filter((language) => !eventLanguages.slice(1).includes(language));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
