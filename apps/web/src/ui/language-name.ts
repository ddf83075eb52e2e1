import { intlLocale } from '../i18n/languages';

/** A language (any ISO 639 code) named in the page's language, as the platform's Intl names it. */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(language)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
