import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from './common';
import { LANGUAGES, type Language, shippedLanguage } from './languages';
import { NAMESPACE_LOADERS, type Namespace, openingNamespaces } from './namespaces';

export { LANGUAGES, type Language, shippedLanguage };

const STORAGE_KEY = 'plenary.lang';

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
  return deviceLanguage() ?? shippedLanguage(navigator.language);
}

/** An area's messages, fetched the first time a page reads them (one module holds all its languages). */
const areaMessages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, done) => {
    const load = NAMESPACE_LOADERS[namespace as Namespace];
    if (!load) return done(new Error(`no messages for the namespace ${namespace}`), false);
    load().then(
      (module) => done(null, (module.default as Record<string, object>)[language] ?? {}),
      (error: Error) => done(error, false),
    );
  },
};

/**
 * Ready once the common messages and those of the page the visit opens on are. The error sentences follow
 * once the page has loaded and the browser is idle: a page rarely needs them at once, and they are the
 * largest of all (the error box waits for them if it does).
 */
export async function setupI18n() {
  const language = initialLanguage();
  document.documentElement.lang = language;
  await i18next
    .use(areaMessages)
    .use(initReactI18next)
    .init({
      resources: Object.fromEntries(LANGUAGES.map((code) => [code, { common: common[code] }])),
      partialBundledLanguages: true,
      ns: ['common', ...openingNamespaces(location.pathname)],
      lng: language,
      fallbackLng: 'en',
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  const loadErrors = () => void i18next.loadNamespaces('errors');
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(loadErrors, { timeout: 3000 }) : setTimeout(loadErrors, 200));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
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
