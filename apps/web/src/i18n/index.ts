import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language, NAMESPACES, shippedLanguage } from './languages';

export { LANGUAGES, type Language, shippedLanguage };

const STORAGE_KEY = 'plenary.lang';

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  return shippedLanguage(navigator.language);
}

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
