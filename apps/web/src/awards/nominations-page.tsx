import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { api, unwrap } from '../api/client';
import { hasRole, useMe } from '../auth/session';
import { Loading, QueryView } from '../ui/components';
import { useEventDetails } from '../ui/event-query';
import { formatDateTime } from '../ui/time';
import { awardKeys, useCities, useNominatingBody, useRound, useRounds } from './award-data';
import { RoleGate, RoundShell } from './award-shell';
import { NominationDossier } from './nomination-dossier';
import { NominationForm } from './nomination-form';
import { countryName } from '../ui/countries';

/** Every nomination of a round, and the form to nominate a city (each rule checked by the API). */
export function NominationsPage() {
  const { slug, roundId } = useParams<{ slug: string; roundId: string }>();
  const { t, i18n } = useTranslation(['awards', 'cities']);
  const round = useRound(slug, roundId);
  const cities = useCities(slug);
  const nominatingBody = useNominatingBody(slug);
  const zone = useEventDetails(slug).data?.timeZone ?? 'UTC';
  const nominations = useQuery({
    queryKey: awardKeys.nominations(slug, roundId),
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/rounds/{roundId}/nominations', { params: { path: { slug, roundId } } })),
  });
  const open = round.data && Date.parse(round.data.nominationDeadline) > Date.now();

  return (
    <RoundShell slug={slug} roundId={roundId} title={t('nominations.title')}>
      <QueryView query={nominations}>
        {(list) =>
          list.length === 0 ? (
            <p className="awards-empty">{t('nominations.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="awards-table awards-stack">
                <caption className="visually-hidden">{t('nominations.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('nominations.city')}</th>
                    <th scope="col">{t('nominations.region')}</th>
                    <th scope="col">{t('nominations.body')}</th>
                    <th scope="col">{t('nominations.contact')}</th>
                    <th scope="col">{t('nominations.submitted')}</th>
                    <th scope="col">{t('nominations.dossier')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((nomination) => (
                    <tr key={nomination.id}>
                      <th scope="row">
                        {nomination.city} <span className="awards-country">{countryName(nomination.country, i18n.language)}</span>
                        {nomination.winner && <span className="badge awards-winner">{t('results.winner')}</span>}
                      </th>
                      <td data-label={t('nominations.region')}>{t(`regions.${nomination.region}`, { defaultValue: nomination.region })}</td>
                      <td data-label={t('nominations.body')}>{nominatingBody(nomination)}</td>
                      <td data-label={t('nominations.contact')}>
                        {nomination.contactName}
                        <br />
                        <a href={`mailto:${nomination.contactEmail}`}>{nomination.contactEmail}</a>
                      </td>
                      <td data-label={t('nominations.submitted')}>{formatDateTime(nomination.createdAt, zone, i18n.language)}</td>
                      <td data-label={t('nominations.dossier')}>
                        <NominationDossier slug={slug} roundId={roundId} nomination={nomination} closed={round.data?.closed ?? false} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
      {round.data && !open && (
        <p className="warning" role="status">
          {t('nominations.closed', { at: formatDateTime(round.data.nominationDeadline, zone, i18n.language) })}
        </p>
      )}
      {cities.data?.length === 0 && (
        <p className="awards-empty">
          {t('cities:noCities')} <Link href={`/organiser/events/${slug}/awards/cities`}>{t('cities:nominationsLink')}</Link>
        </p>
      )}
      {round.data && cities.data ? cities.data.length > 0 && <NominationForm slug={slug} round={round.data} cities={cities.data} /> : <Loading />}
    </RoundShell>
  );
}

/** A city's representative nominating a city they represent, in any round still open. */
export function RepresentativePage() {
  const { slug } = useParams<{ slug: string }>();
  const { t, i18n } = useTranslation(['awards', 'cities']);
  const me = useMe().data;
  const rounds = useRounds(slug);
  const zone = useEventDetails(slug).data?.timeZone ?? 'UTC';
  const mine = useQuery({
    queryKey: ['awards', slug, 'represented'],
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/cities/represented', { params: { path: { slug } } })),
    enabled: hasRole(me, slug, 'representative'),
  });
  const cities = useCities(slug);
  const represented = (cities.data ?? []).filter((city) => mine.data?.some((row) => row.cityId === city.id));
  const openRounds = (rounds.data ?? []).filter((round) => Date.parse(round.nominationDeadline) > Date.now());

  return (
    <RoleGate slug={slug} roles={['representative']}>
      <div className="awards">
        <h1>{t('represent.title')}</h1>
        <QueryView query={mine}>
          {(rows) =>
            rows.length === 0 ? (
              <p className="awards-empty">{t('represent.noCity')}</p>
            ) : (
              <>
                <p>{t('represent.cities', { cities: rows.map((row) => row.city).join(', ') })}</p>
                {openRounds.length === 0 && <p className="awards-empty">{t('represent.noRound')}</p>}
                {openRounds.map((round) => (
                  <section key={round.id} className="card" aria-labelledby={`round-${round.id}`}>
                    <h2 id={`round-${round.id}`}>{round.name}</h2>
                    <p>{t('represent.deadline', { at: formatDateTime(round.nominationDeadline, zone, i18n.language) })}</p>
                    {cities.data && <NominationForm slug={slug} round={round} cities={represented} />}
                  </section>
                ))}
              </>
            )
          }
        </QueryView>
        <p>
          <Link href="/">{t('represent.back')}</Link>
        </p>
      </div>
    </RoleGate>
  );
}
