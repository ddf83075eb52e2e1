import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { hasAnyRole, hasRole, useMe } from '../auth/session';
import { AccessRefused, SignInNeeded } from '../ui/access';
import { Loading } from '../ui/components';
import { useEventDetails } from '../ui/event-query';
import { zoneLabel } from '../ui/time';
import { useRound } from './award-data';
import './awards.css';

/** Signed in with one of the roles, else a way to sign in (coming back here) or a plain refusal. */
export function RoleGate({ slug, roles, children }: { slug?: string; roles: string[]; children: ReactNode }) {
  const { t } = useTranslation(['awards', 'cities']);
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!me.data) return <SignInNeeded title={t('gate.signInTitle')} text={t('gate.signInText')} signIn={t('gate.signIn')} />;
  const allowed = slug ? hasRole(me.data, slug, ...roles) : me.data.isPlatformAdmin || hasAnyRole(me.data, ...roles);
  if (!allowed) return <AccessRefused title={t('gate.noAccessTitle')} reason={t('gate.noAccessText')} />;
  return <>{children}</>;
}

/** The event's name and time zone above every organiser awards page. */
export function EventLine({ slug }: { slug: string }) {
  const { t } = useTranslation(['awards', 'cities']);
  const event = useEventDetails(slug).data;
  if (!event) return null;
  return (
    <p className="awards-event-line">
      <Link href={`/organiser/events/${slug}`}>{event.name}</Link> · {t('allTimesIn', { zone: zoneLabel(event.timeZone) })}
    </p>
  );
}

const ROUND_TABS = [
  { key: 'overview', path: '' },
  { key: 'applications', path: '/applications' },
  { key: 'nominations', path: '/nominations' },
  { key: 'jury', path: '/jury' },
  { key: 'results', path: '/results' },
] as const;

/** The heading and the sub-pages of one round, for organisers. */
export function RoundShell({ slug, roundId, title, children }: { slug: string; roundId: string; title: string; children: ReactNode }) {
  const { t } = useTranslation(['awards', 'cities']);
  const [location] = useLocation();
  const round = useRound(slug, roundId).data;
  const base = `/organiser/events/${slug}/awards/rounds/${roundId}`;
  return (
    <RoleGate slug={slug} roles={['organiser']}>
      <div className="awards">
        <EventLine slug={slug} />
        <nav aria-label={t('breadcrumb')} className="awards-breadcrumb">
          <Link href={`/organiser/events/${slug}/awards`}>{t('rounds.title')}</Link>
          {round && (
            <>
              {' › '}
              <Link href={base}>{round.name}</Link>
            </>
          )}
        </nav>
        <h1>{title}</h1>
        <nav aria-label={t('round.sections')} className="awards-tabs">
          <ul>
            {ROUND_TABS.map((tab) => {
              const href = `${base}${tab.path}`;
              const current = location === href;
              return (
                <li key={tab.key}>
                  <Link href={href} aria-current={current ? 'page' : undefined}>
                    {t(`tabs.${tab.key}`)}
                  </Link>
                </li>
              );
            })}
            <li>
              <Link href={`/organiser/events/${slug}/awards/cities`}>{t('cities:title')}</Link>
            </li>
            <li>
              <Link href={`/organiser/events/${slug}/awards/ceremony`}>{t('tabs.ceremony')}</Link>
            </li>
          </ul>
        </nav>
        {children}
      </div>
    </RoleGate>
  );
}
