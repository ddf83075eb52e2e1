import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Schemas } from '../api/client';
import { hasAnyRole, hasRole, type Me, useMe } from '../auth/session';
import { AccessRefused, SignInNeeded } from '../ui/access';
import { Loading, QueryView } from '../ui/components';
import { useEventDetails } from '../ui/event-query';
import './organiser.css';

export type OrganiserEvent = Schemas['EventSummaryResponse'];

/** The sub-pages of one event's organiser area, in the order an organiser works through them. */
const PAGES = [
  { key: 'dashboard', path: '', roles: ['organiser'] },
  { key: 'people', path: '/people', roles: ['organiser'] },
  { key: 'settings', path: '/settings', roles: ['organiser'] },
  { key: 'delegates', path: '/delegates', roles: ['organiser'] },
  { key: 'delegations', path: '/delegations', roles: ['organiser'] },
  { key: 'checkIn', path: '/check-in', roles: ['organiser', 'staff'] },
  { key: 'programme', path: '/programme', roles: ['organiser'] },
  { key: 'slides', path: '/slides', roles: ['organiser'] },
  { key: 'notifications', path: '/notifications', roles: ['organiser'] },
  { key: 'awards', path: '/awards', roles: ['organiser'] },
] as const;

export function isOrganiserSomewhere(me: Me | null | undefined): boolean {
  return !!me && (me.isPlatformAdmin || hasAnyRole(me, 'organiser', 'staff'));
}

function OrganiserSignIn() {
  const { t } = useTranslation('organiser');
  return <SignInNeeded title={t('gate.signInTitle')} text={t('gate.signInText')} signIn={t('gate.signIn')} />;
}

function NoAccess({ slug, me }: { slug?: string; me: Me }) {
  const { t } = useTranslation('organiser');
  const staff = slug && hasRole(me, slug, 'staff');
  return (
    <AccessRefused title={t('gate.noAccessTitle')} reason={slug ? t('gate.noAccessEvent') : t('gate.noAccessAny')}>
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
    </AccessRefused>
  );
}

/** Shows its children only to the people allowed there; everyone else is told why, in words. */
export function OrganiserGate({ slug, roles, children }: { slug?: string; roles?: readonly string[]; children: (me: Me) => ReactNode }) {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!me.data) return <OrganiserSignIn />;
  const allowed = slug ? hasRole(me.data, slug, ...(roles ?? ['organiser'])) : isOrganiserSomewhere(me.data);
  if (!allowed) return <NoAccess slug={slug} me={me.data} />;
  return <>{children(me.data)}</>;
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
  const event = useEventDetails(slug);
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

export const REGISTRATION_STATES = ['pending', 'confirmed', 'waitlisted', 'offered', 'cancelled', 'rejected'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation('organiser');
  return <span className={`badge state state-${state}`}>{t(`states.${state}`, { defaultValue: state })}</span>;
}
