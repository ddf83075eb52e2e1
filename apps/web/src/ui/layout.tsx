import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { hasAnyRole, useMe, useSignOut } from '../auth/session';
import { api } from '../api/client';
import { adoptSavedLanguage, LANGUAGES, type Language, switchLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const client = useQueryClient();
  // The signed-in person's language follows them to other devices and into their mail.
  useEffect(() => adoptSavedLanguage(me?.language), [me?.language]);
  const change = async (language: Language) => {
    await switchLanguage(language);
    if (me && me.language !== language) {
      const { data } = await api.PUT('/auth/me/language', { body: { language } });
      if (data) client.setQueriesData({ queryKey: ['me'] }, data);
    }
  };
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language')}</span>
      <select value={i18n.language} onChange={(event) => void change(event.target.value as Language)} aria-label={t('language')}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`languageNames.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const signOut = useSignOut();
  // A city's representative nominates their city for the award of the event they represent it at.
  const representedEvent = me?.roles.find((role) => role.role === 'representative')?.eventSlug;
  // A National Commission's officer endorses its country's applications.
  const commissionEvent = me?.roles.find((role) => role.role === 'commission')?.eventSlug;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          {t('appName')}
        </Link>
        <nav aria-label={t('nav.main')}>
          <ul>
            <li>
              <Link href="/">{t('nav.events')}</Link>
            </li>
            {hasAnyRole(me, 'speaker') && (
              <li>
                <Link href="/speaker">{t('nav.speaker')}</Link>
              </li>
            )}
            {(me?.isPlatformAdmin || hasAnyRole(me, 'organiser', 'staff')) && (
              <li>
                <Link href="/organiser">{t('nav.organiser')}</Link>
              </li>
            )}
            {representedEvent && (
              <li>
                <Link href={`/organiser/events/${representedEvent}/awards/nominate`}>{t('nav.nominate')}</Link>
              </li>
            )}
            {representedEvent && (
              <li>
                <Link href={`/organiser/events/${representedEvent}/awards/apply`}>{t('nav.applications')}</Link>
              </li>
            )}
            {commissionEvent && (
              <li>
                <Link href={`/organiser/events/${commissionEvent}/awards/commission`}>{t('nav.commission')}</Link>
              </li>
            )}
            {hasAnyRole(me, 'juror') && (
              <li>
                <Link href="/jury">{t('nav.jury')}</Link>
              </li>
            )}
            {me && (
              <li>
                <Link href="/account">{t('nav.account')}</Link>
              </li>
            )}
            <li>
              {me ? (
                <button type="button" className="link-button" onClick={() => void signOut()}>
                  {t('nav.signOut')}
                </button>
              ) : (
                <Link href="/login">{t('nav.signIn')}</Link>
              )}
            </li>
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
