import { useTranslation } from 'react-i18next';
import { intlLocale } from '../i18n/languages';
import type { TimetableSession } from './timetable-data';

/** A language's name in the reader's language, as their browser knows it; the code when it does not. */
export function languageName(reader: string, code: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(reader)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Spoken in Vietnamese, English · Interpretation into Thai", or '' when the organisers said neither. */
export function useLanguagesText(session: Pick<TimetableSession, 'languages' | 'interpretedInto'>): string {
  const { t, i18n } = useTranslation('public');
  const names = (codes: string[]) => codes.map((code) => languageName(i18n.language, code)).join(', ');
  return [
    session.languages.length > 0 ? t('languages.spoken', { languages: names(session.languages) }) : '',
    session.interpretedInto.length > 0 ? t('languages.interpretation', { languages: names(session.interpretedInto) }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The languages of a session on a card or a list row. */
export function SessionLanguages({ session, className = 'tt-languages' }: { session: TimetableSession; className?: string }) {
  const text = useLanguagesText(session);
  return text ? <span className={className}>{text}</span> : null;
}
