import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { api, unwrap } from '../api/client';
import { Field, QueryView } from '../ui/components';
import { countryName } from '../ui/countries';
import { awardKeys, formatNumber, REGIONS, type Region } from './award-data';
import { EventLine, RoleGate } from './award-shell';
import { CityForm } from './city-form';
import { CityImport } from './city-import';

/** The event's city registry for organisers: find a city, add one, or import a spreadsheet of them. */
export function CitiesPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t, i18n } = useTranslation(['cities', 'awards']);
  const [q, setQ] = useState('');
  const [region, setRegion] = useState<Region | ''>('');
  const search = useDeferredValue(q.trim());
  const cities = useQuery({
    queryKey: [...awardKeys.cities(slug), { search, region }],
    queryFn: () =>
      unwrap(
        api.GET('/events/{slug}/awards/cities', {
          params: { path: { slug }, query: { ...(search ? { q: search } : {}), ...(region ? { region } : {}) } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  const filtered = search !== '' || region !== '';
  const number = (value: number | null, none: string) => (value === null ? none : formatNumber(value, i18n.language));

  return (
    <RoleGate slug={slug} roles={['organiser']}>
      <div className="awards">
        <EventLine slug={slug} />
        <nav aria-label={t('awards:breadcrumb')} className="awards-breadcrumb">
          <Link href={`/organiser/events/${slug}/awards`}>{t('awards:rounds.title')}</Link>
        </nav>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <div className="awards-city-filters" role="search">
          <Field label={t('search')} hint={t('searchHint')}>
            {(props) => <input {...props} type="search" value={q} onChange={(event) => setQ(event.target.value)} />}
          </Field>
          <Field label={t('region')}>
            {(props) => (
              <select {...props} value={region} onChange={(event) => setRegion(event.target.value as Region | '')}>
                <option value="">{t('anyRegion')}</option>
                {REGIONS.map((option) => (
                  <option key={option} value={option}>
                    {t(`awards:regions.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <QueryView query={cities}>
          {(list) =>
            list.length === 0 ? (
              <p className="awards-empty">{filtered ? t('noMatch') : t('empty')}</p>
            ) : (
              <div className="table-scroll">
                <p role="status">{t('count', { count: list.length })}</p>
                <table className="awards-table awards-stack">
                  <caption className="visually-hidden">{t('title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('name')}</th>
                      <th scope="col">{t('country')}</th>
                      <th scope="col">{t('region')}</th>
                      <th scope="col">{t('population')}</th>
                      <th scope="col">{t('gnlcMemberSince')}</th>
                      <th scope="col">{t('lastAwardYear')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((city) => (
                      <tr key={city.id}>
                        <th scope="row">{city.name}</th>
                        <td data-label={t('country')}>{countryName(city.country, i18n.language)}</td>
                        <td data-label={t('region')}>{t(`awards:regions.${city.region}`)}</td>
                        <td data-label={t('population')}>{number(city.population, t('unknown'))}</td>
                        <td data-label={t('gnlcMemberSince')}>{city.gnlcMemberSince ?? t('notMember')}</td>
                        <td data-label={t('lastAwardYear')}>{city.lastAwardYear ?? t('never')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryView>
        <div className="awards-city-forms">
          <CityForm slug={slug} />
          <CityImport slug={slug} />
        </div>
      </div>
    </RoleGate>
  );
}
