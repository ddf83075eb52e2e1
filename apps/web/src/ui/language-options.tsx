import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';

/** The languages shipped whole, each in its own name: a person is never promised mail in a language it would not come in. */
export function LanguageOptions() {
  const { t } = useTranslation();
  return (
    <>
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {t(`languageNames.${language}`)}
        </option>
      ))}
    </>
  );
}
