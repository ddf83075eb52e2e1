import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api, unwrap } from './api/client';
import { QueryView } from './ui/components';
import { formatDay } from './ui/time';
import { countryName } from './ui/countries';

export function HomePage() {
  const { t, i18n } = useTranslation();
  // Each event named in the reader's language where it has one.
  const events = useQuery({
    queryKey: ['events', i18n.language],
    queryFn: () => unwrap(api.GET('/events', { params: { query: { language: i18n.language } } })),
  });
  return (
    <section>
      <h1>{t('home.title')}</h1>
      <QueryView query={events}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('home.empty')}</p>
          ) : (
            <ul className="card-list">
              {list.map((event) => (
                <li key={event.id} className="card">
                  <h2>
                    <Link href={`/events/${event.slug}`}>{event.name}</Link>
                  </h2>
                  <p>
                    {formatDay(event.startDate, i18n.language)} – {formatDay(event.endDate, i18n.language)} · {event.city},{' '}
                    {countryName(event.country, i18n.language)}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
