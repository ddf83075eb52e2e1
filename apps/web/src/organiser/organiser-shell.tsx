import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { api, type Schemas, unwrap } from '../api/client';
import { hasRole, type Me, useMe } from '../auth/session';
import { Loading, QueryView } from '../ui/components';
import './organiser.css';

export type OrganiserEvent = Schemas['EventSummaryResponse'];

/** The sub-pages of one event's organiser area, in the order an organiser works through them. */
const PAGES = [
  { key: 'dashboard', path: '', roles: ['organiser'] },
  { key: 'delegates', path: '/delegates', roles: ['organiser'] },
  { key: 'delegations', path: '/delegations', roles: ['organiser'] },
  { key: 'checkIn', path: '/check-in', roles: ['organiser', 'staff'] },
  { key: 'programme', path: '/programme', roles: ['organiser'] },
  { key: 'slides', path: '/slides', roles: ['organiser'] },
  { key: 'notifications', path: '/notifications', roles: ['organiser'] },
  { key: 'awards', path: '/awards', roles: ['organiser'] },
] as const;

export function isOrganiserSomewhere(me: Me | null | undefined): boolean {
  return !!me && (me.isPlatformAdmin || me.roles.some((role) => role.role === 'organiser' || role.role === 'staff'));
}

/** Not signed in: a way to sign in that comes back here. */
function SignInNeeded() {
  const { t } = useTranslation('organiser');
  const here = typeof window === 'undefined' ? '/organiser' : window.location.pathname + window.location.search;
  return (
    <section className="narrow">
      <h1>{t('gate.signInTitle')}</h1>
      <p>{t('gate.signInText')}</p>
      <p>
        <Link href={`/login?next=${encodeURIComponent(here)}`} className="button">
          {t('gate.signIn')}
        </Link>
      </p>
    </section>
  );
}

function NoAccess({ slug, me }: { slug?: string; me: Me }) {
  const { t } = useTranslation('organiser');
  const staff = slug && hasRole(me, slug, 'staff');
  return (
    <section className="narrow">
      <h1>{t('gate.noAccessTitle')}</h1>
      <p className="warning" role="alert">
        {slug ? t('gate.noAccessEvent') : t('gate.noAccessAny')}
      </p>
      {staff && (
        <p>
          <Link href={`/organiser/events/${slug}/check-in`}>{t('gate.staffCheckIn')}</Link>
        </p>
      )}
      {isOrganiserSomewhere(me) && (
        <p>
          <Link href="/organiser">{t('gate.myEvents')}</Link>
        </p>
      )}
    </section>
  );
}

/** Shows its children only to the people allowed there; everyone else is told why, in words. */
export function OrganiserGate({ slug, roles, children }: { slug?: string; roles?: readonly string[]; children: (me: Me) => ReactNode }) {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!me.data) return <SignInNeeded />;
  const allowed = slug ? hasRole(me.data, slug, ...(roles ?? ['organiser'])) : isOrganiserSomewhere(me.data);
  if (!allowed) return <NoAccess slug={slug} me={me.data} />;
  return <>{children(me.data)}</>;
}

export function useEvent(slug: string) {
  return useQuery({ queryKey: ['event', slug], queryFn: () => unwrap(api.GET('/events/{slug}', { params: { path: { slug } } })) as Promise<OrganiserEvent> });
}

function EventNav({ slug, me }: { slug: string; me: Me }) {
  const { t } = useTranslation('organiser');
  const [location] = useLocation();
  const base = `/organiser/events/${slug}`;
  return (
    <nav aria-label={t('nav.label')} className="organiser-nav">
      <ul>
        {PAGES.filter((page) => hasRole(me, slug, ...page.roles)).map((page) => {
          const href = base + page.path;
          const current = location === href;
          return (
            <li key={page.key}>
              <Link href={href} aria-current={current ? 'page' : undefined}>
                {t(`nav.${page.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** One organiser page of an event: access check, the event's name, the area's navigation and the page's heading. */
export function OrganiserPage({
  slug,
  title,
  roles,
  children,
}: {
  slug: string;
  title: string;
  roles?: readonly string[];
  children: (event: OrganiserEvent, me: Me) => ReactNode;
}) {
  const event = useEvent(slug);
  return (
    <OrganiserGate slug={slug} roles={roles}>
      {(me) => (
        <QueryView query={event}>
          {(data) => (
            <div className="organiser">
              <p className="organiser-event">
                <Link href="/organiser">{data.name}</Link>
              </p>
              <EventNav slug={slug} me={me} />
              <h1>{title}</h1>
              {children(data, me)}
            </div>
          )}
        </QueryView>
      )}
    </OrganiserGate>
  );
}

/** Country names in the reader's language ("VN" → "Vietnam" / "Việt Nam"). */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language === 'vi' ? 'vi' : 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const REGISTRATION_STATES = ['pending', 'confirmed', 'waitlisted', 'offered', 'cancelled', 'rejected'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation('organiser');
  return <span className={`badge state state-${state}`}>{t(`states.${state}`, { defaultValue: state })}</span>;
}
