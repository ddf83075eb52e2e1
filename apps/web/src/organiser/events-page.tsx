import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api, unwrap } from '../api/client';
import type { Me } from '../auth/session';
import { QueryView } from '../ui/components';
import { countryName } from '../ui/countries';
import { formatDay } from '../ui/time';
import { OrganiserGate } from './organiser-shell';
import { DuplicateEventForm } from './settings/duplicate-event-form';

/** The events I organise or staff; the platform admin sees every event. */
function roleOn(me: Me, slug: string): 'admin' | 'organiser' | 'staff' | null {
  if (me.roles.some((role) => role.eventSlug === slug && role.role === 'organiser')) return 'organiser';
  if (me.roles.some((role) => role.eventSlug === slug && role.role === 'staff')) return 'staff';
  return me.isPlatformAdmin ? 'admin' : null;
}

function EventList({ me }: { me: Me }) {
  const { t, i18n } = useTranslation('organiser');
  const { t: ts } = useTranslation('settings');
  const [duplicating, setDuplicating] = useState<string | null>(null);
  const events = useQuery({ queryKey: ['events'], queryFn: () => unwrap(api.GET('/events')) });
  return (
    <section className="organiser">
      <h1>{t('events.title')}</h1>
      {me.isPlatformAdmin && (
        <>
          <p className="hint">{t('events.adminNote')}</p>
          <p>
            <Link href="/organiser/new" className="button">
              {ts('events.newEvent')}
            </Link>
          </p>
        </>
      )}
      <QueryView query={events}>
        {(list) => {
          const mine = list.flatMap((event) => {
            const role = roleOn(me, event.slug);
            return role ? [{ event, role }] : [];
          });
          if (mine.length === 0) return <p>{t('events.empty')}</p>;
          return (
            <ul className="card-list">
              {mine.map(({ event, role }) => (
                <li key={event.id} className="card">
                  <h2>
                    <Link href={role === 'staff' ? `/organiser/events/${event.slug}/check-in` : `/organiser/events/${event.slug}`}>{event.name}</Link>
                  </h2>
                  <p>
                    {formatDay(event.startDate, i18n.language)} – {formatDay(event.endDate, i18n.language)} · {event.city},{' '}
                    {countryName(event.country, i18n.language)}
                  </p>
                  <p>
                    <span className="badge">{t(`events.role.${role}`)}</span>
                  </p>
                  {role !== 'staff' && (
                    <p className="actions">
                      <Link href={`/organiser/events/${event.slug}/settings`}>{ts('events.settings')}</Link>
                      {/* Only the platform administrator may create events, copies included. */}
                      {me.isPlatformAdmin && duplicating !== event.slug && (
                        <button type="button" className="secondary" onClick={() => setDuplicating(event.slug)}>
                          {ts('events.duplicate')}
                        </button>
                      )}
                    </p>
                  )}
                  {duplicating === event.slug && <DuplicateEventForm event={event} onCancel={() => setDuplicating(null)} />}
                </li>
              ))}
            </ul>
          );
        }}
      </QueryView>
    </section>
  );
}

export function OrganiserEventsPage() {
  return <OrganiserGate>{(me) => <EventList me={me} />}</OrganiserGate>;
}
