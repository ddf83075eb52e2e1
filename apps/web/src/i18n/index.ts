import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from './common';
import publicPages from '../public/messages';
import delegate from '../delegate/messages';
import speaker from '../speaker/messages';
import organiser from '../organiser/messages';
import awards from '../awards/messages';
import cities from '../awards/city-messages';
import programme from '../organiser/programme/messages';
import account from '../account/messages';
import people from '../people/messages';
import settings from '../organiser/settings/messages';
import stay from '../delegate/stay-messages';
import hotels from '../organiser/hotels/messages';

export const LANGUAGES = ['en', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'plenary.lang';
const NAMESPACES = { common, public: publicPages, account, delegate, speaker, organiser, awards, cities, programme, people, settings, stay, hotels };

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** The language chosen on this device: with the switch, or by following a link that named one. */
export function deviceLanguage(): Language | null {
  const saved = localStorage.getItem(STORAGE_KEY);
  return isLanguage(saved) ? saved : null;
}

/**
 * `?lang=` (every link in our mail carries the recipient's language) wins and is remembered on this
 * device, then a choice made here before, then the browser's own language.
 */
function initialLanguage(): Language {
  const url = new URL(location.href);
  const linked = url.searchParams.get('lang');
  if (isLanguage(linked)) {
    localStorage.setItem(STORAGE_KEY, linked);
    url.searchParams.delete('lang');
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return linked;
  }
  return deviceLanguage() ?? (navigator.language.toLowerCase().startsWith('vi') ? 'vi' : 'en');
}

/** Each area of the app keeps its own messages (src/<area>/messages.ts), one i18next namespace each. */
export function setupI18n() {
  const resources = Object.fromEntries(
    LANGUAGES.map((language) => [language, Object.fromEntries(Object.entries(NAMESPACES).map(([ns, messages]) => [ns, messages[language]]))]),
  );
  const language = initialLanguage();
  document.documentElement.lang = language;
  return i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export function switchLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  return i18next.changeLanguage(language);
}

/**
 * A language the person saved elsewhere (their account, their registration) sets the page, unless
 * one was chosen on this device. Not remembered here: it follows whoever is signed in.
 */
export function adoptSavedLanguage(language: string | null | undefined) {
  if (!isLanguage(language) || deviceLanguage() || i18next.language === language) return;
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}
