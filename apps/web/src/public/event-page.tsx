import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { exportPath } from './export-links';
import { Link, useParams } from 'wouter';
import { ApiError, api, unwrap } from '../api/client';
import { languageName } from './session-languages';
import { ErrorMessage, Loading } from '../ui/components';
import { useEventDetails } from '../ui/event-query';
import { countryName } from '../ui/countries';
import { formatDay, zoneLabel } from '../ui/time';
import './public.css';

export function EventPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t, i18n } = useTranslation('public');
  const language = i18n.language;
  const query = useEventDetails(slug);
  if (query.isPending) return <Loading />;
  if (query.error) {
    return query.error instanceof ApiError && query.error.status === 404 ? (
      <p className="notice">{t('event.notFound')}</p>
    ) : (
      <ErrorMessage error={query.error} />
    );
  }
  const event = query.data;
  const dates =
    event.startDate === event.endDate
      ? formatDay(event.startDate, language)
      : `${formatDay(event.startDate, language)} – ${formatDay(event.endDate, language)}`;
  // The venue often names the city and country already ("Bangkok, Thailand"): say each once.
  const place: string[] = [];
  for (const part of [event.venue, event.city, countryName(event.country, language)]) {
    if (part && !place.some((earlier) => earlier.toLowerCase().includes(part.toLowerCase()))) place.push(part);
  }
  return (
    <article className="event-page">
      <h1>{event.name}</h1>
      <dl className="event-facts">
        <div>
          <dt>{t('event.dates')}</dt>
          <dd>{dates}</dd>
        </div>
        <div>
          <dt>{t('event.venue')}</dt>
          <dd>{place.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('event.organiser')}</dt>
          <dd>{event.organiser}</dd>
        </div>
        <div>
          <dt>{t('event.languages')}</dt>
          <dd>{event.languages.map((code) => languageName(language, code)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('event.timeZone')}</dt>
          <dd>{zoneLabel(event.timeZone, `${event.startDate}T12:00:00Z`)}</dd>
        </div>
      </dl>

      <div className="actions event-actions">
        <Link href={`/events/${slug}/timetable`} className="button">
          {t('event.timetable')}
        </Link>
        <Link href={`/events/${slug}/register`} className="button secondary">
          {t('event.register')}
        </Link>
      </div>

      {event.description && (
        <section>
          <h2>{t('event.about')}</h2>
          {event.description.split(/\n\s*\n/).map((paragraph, index) => (
            <p key={index} className="event-description">
              {paragraph}
            </p>
          ))}
        </section>
      )}

      <NewMembers slug={slug} />

      <section className="card event-exports">
        <h2>{t('event.exportsTitle')}</h2>
        <p>{t('event.exportsIntro')}</p>
        <ul>
          <li>
            <a href={exportPath(slug, 'schedule.ics', language, event.languages)} download={`${slug}.ics`}>
              {t('event.ics')}
            </a>{' '}
            · <a href={`webcal://${window.location.host}${exportPath(slug, 'schedule.ics', language, event.languages)}`}>{t('event.subscribe')}</a>
          </li>
          <li>
            <a href={exportPath(slug, 'schedule.xml', language, event.languages)}>{t('event.xml')}</a>
          </li>
          <li>
            <a href={exportPath(slug, 'schedule.json', language, event.languages)}>{t('event.json')}</a>
          </li>
        </ul>
      </section>
    </article>
  );
}

/** The GNLC's new members recognised here; the API lists them only once their ceremony is over. */
function NewMembers({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('public');
  const members = useQuery({
    queryKey: ['public', slug, 'gnlc-members'],
    queryFn: () => unwrap(api.GET('/events/{slug}/gnlc-members', { params: { path: { slug } } })),
  });
  if (!members.data?.length) return null;
  return (
    <section className="card event-new-members" aria-labelledby="new-members-heading">
      <h2 id="new-members-heading">{t('event.newMembersTitle')}</h2>
      <p>{t('event.newMembersIntro')}</p>
      <ul>
        {members.data.map((member) => (
          <li key={`${member.year}-${member.country}-${member.city}`}>
            <strong>{member.city}</strong> ({countryName(member.country, i18n.language)}) ·{' '}
            {t('event.admitted', { date: formatDay(member.admittedOn, i18n.language) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
