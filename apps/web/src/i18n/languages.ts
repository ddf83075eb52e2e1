// Imports carry `.js` because test/shipped-languages.e2e-spec.ts reads this file under Node's rules too.
import common from './common.js';

export type Language = keyof typeof common;

/**
 * The languages the app is shipped in, English first. Nothing else is offered, to read pages in or to be
 * written to; test/shipped-languages.e2e-spec.ts checks that every area's messages, the error sentences and
 * the mail templates have exactly these, with no key missing in any of them.
 */
export const LANGUAGES: readonly Language[] = (Object.keys(common) as Language[]).sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

/** The locale Intl formats a language's dates and numbers in; th-TH writes the Buddhist era (29 ตุลาคม 2567). */
const INTL_LOCALES: Record<string, string> = { en: 'en-GB', vi: 'vi-VN', th: 'th-TH' };
export const intlLocale = (language: string): string => INTL_LOCALES[language] ?? 'en-GB';

/** The shipped language closest to what a person or a browser asks for; English when none is. */
export function shippedLanguage(wanted: string | null | undefined): Language {
  const base = (wanted ?? '').toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language === base) ?? 'en';
}
