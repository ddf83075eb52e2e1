import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Schemas } from '../api/client';
import { hasAnyRole, hasRole, type Me, useMe } from '../auth/session';
import { AccessRefused, SignInNeeded } from '../ui/access';
import { Loading, QueryView } from '../ui/components';
import { useEventDetails } from '../ui/event-query';
import './organiser.css';

export type OrganiserEvent = Schemas['EventSummaryResponse'];

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

/** One organiser page of an event: access check and the page's heading (the event's navigation is the OrganiserFrame's). */
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

export type RegistrationAction = 'approve' | 'reject' | 'cancel';

/** Which actions the API allows from each state (the bulk action follows the same rules, row by row). */
export const REGISTRATION_ACTIONS: Record<string, RegistrationAction[]> = {
  pending: ['approve', 'reject', 'cancel'],
  waitlisted: ['reject', 'cancel'],
  offered: ['cancel'],
  confirmed: ['cancel'],
};

export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation('organiser');
  return <span className={`badge state state-${state}`}>{t(`states.${state}`, { defaultValue: state })}</span>;
}
