// Imports carry `.js` because test/shipped-languages.e2e-spec.ts reads this file under Node's rules too.
import common from './common.js';
import publicPages from '../public/messages.js';
import delegate from '../delegate/messages.js';
import speaker from '../speaker/messages.js';
import organiser from '../organiser/messages.js';
import awards from '../awards/messages.js';
import cities from '../awards/city-messages.js';
import applications from '../awards/application-messages.js';
import programme from '../organiser/programme/messages.js';
import account from '../account/messages.js';
import people from '../people/messages.js';
import settings from '../organiser/settings/messages.js';
import stay from '../delegate/stay-messages.js';
import hotels from '../organiser/hotels/messages.js';
import catering from '../organiser/catering/messages.js';
import badges from '../organiser/badges/messages.js';
import compose from '../organiser/compose-messages.js';
import messagePage from '../organiser/message-page-messages.js';
import protocol from '../delegate/protocol-messages.js';
import visas from '../organiser/visas/messages.js';
import mail from '../organiser/mail/messages.js';
import questions from '../delegate/questions/messages.js';
import errors from './errors.js';

/** Each area of the app keeps its own messages (src/<area>/messages.ts), one i18next namespace each. */
export const NAMESPACES = {
  common,
  public: publicPages,
  account,
  delegate,
  speaker,
  organiser,
  awards,
  cities,
  applications,
  programme,
  people,
  settings,
  stay,
  hotels,
  catering,
  badges,
  compose,
  messagePage,
  protocol,
  visas,
  mail,
  questions,
};

export type Language = keyof typeof common;

/**
 * The languages the app is shipped in: those that every area's messages and the error sentences have,
 * English first. Nothing else is offered, to read pages in or to be written to; the test checks that
 * the mail templates are shipped in exactly these and that no key is missing in any of them.
 */
export const LANGUAGES: readonly Language[] = (Object.keys(common) as Language[])
  .filter((language) => Object.values(NAMESPACES).every((messages) => language in messages) && language in errors)
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

/** The locale Intl formats a language's dates and numbers in; th-TH writes the Buddhist era (29 ตุลาคม 2567). */
const INTL_LOCALES: Record<string, string> = { en: 'en-GB', vi: 'vi-VN', th: 'th-TH' };
export const intlLocale = (language: string): string => INTL_LOCALES[language] ?? 'en-GB';

/** The shipped language closest to what a person or a browser asks for; English when none is. */
export function shippedLanguage(wanted: string | null | undefined): Language {
  const base = (wanted ?? '').toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language === base) ?? 'en';
}
