import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { QueryView } from '../ui/components';
import { countryName } from '../ui/countries';
import { OrganiserPage, REGISTRATION_STATES, StateBadge } from './organiser-shell';
import { categoriesQuery, countsQuery } from './dashboard-data';
import { localName } from '../ui/translated';
import { RegistrationsChart } from './registrations-chart';

function CountTable({
  caption,
  rows,
  keyHeading,
}: {
  caption: string;
  keyHeading: string;
  rows: { key: string; label: ReactNode; count: number; href: string }[];
}) {
  const { t } = useTranslation('organiser');
  const id = useId();
  return (
    <section className="card count-card" aria-labelledby={id}>
      <h2 id={id}>{caption}</h2>
      {rows.length === 0 ? (
        <p>{t('dashboard.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{keyHeading}</th>
              <th scope="col" className="number">
                {t('dashboard.registrations')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  <Link href={row.href}>{row.label}</Link>
                </th>
                <td className="number">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Dashboard({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('organiser');
  const counts = useQuery(countsQuery(slug));
  const categories = useQuery(categoriesQuery(slug));
  useEffect(() => {
    // For bench/web.bench.ts: the counts are on screen, the page's links work.
    if (counts.data && performance.getEntriesByName('plenary:dashboard-interactive').length === 0) performance.mark('plenary:dashboard-interactive');
  }, [counts.data]);
  const base = `/organiser/events/${slug}`;
  const category = (code: string) => categories.data?.find((candidate) => candidate.code === code);
  const categoryName = (code: string) => {
    const found = category(code);
    return found ? localName(found, i18n.language) : code;
  };
  return (
    <QueryView query={counts}>
      {(data) => {
        const total = Object.values(data.byState).reduce((sum, count) => sum + count, 0);
        const active = (data.byState.confirmed ?? 0) + (data.byState.pending ?? 0) + (data.byState.waitlisted ?? 0) + (data.byState.offered ?? 0);
        return (
          <>
            <ul className="stat-list" aria-label={t('dashboard.summary')}>
              <li className="stat">
                <span className="stat-number">{total}</span> {t('dashboard.total')}
              </li>
              <li className="stat">
                <span className="stat-number">{data.byState.confirmed ?? 0}</span> {t('states.confirmed')}
              </li>
              <li className="stat">
                <span className="stat-number">{data.byState.pending ?? 0}</span> {t('dashboard.awaitingApproval')}
              </li>
              <li className="stat">
                <span className="stat-number">{active}</span> {t('dashboard.active')}
              </li>
            </ul>
            {(data.byState.pending ?? 0) > 0 && (
              <p className="warning">
                <Link href={`${base}/delegates?state=pending`}>{t('dashboard.pendingLink', { count: data.byState.pending })}</Link>
              </p>
            )}
            <section className="card" aria-labelledby="chart-heading">
              <h2 id="chart-heading">{t('dashboard.overTime')}</h2>
              <RegistrationsChart perDay={data.perDay} />
            </section>
            <div className="count-grid">
              <CountTable
                caption={t('dashboard.byState')}
                keyHeading={t('filters.state')}
                rows={REGISTRATION_STATES.filter((state) => data.byState[state]).map((state) => ({
                  key: state,
                  label: <StateBadge state={state} />,
                  count: data.byState[state],
                  href: `${base}/delegates?state=${state}`,
                }))}
              />
              <CountTable
                caption={t('dashboard.byCategory')}
                keyHeading={t('filters.category')}
                rows={Object.entries(data.byCategory).map(([code, count]) => ({
                  key: code,
                  label: categoryName(code),
                  count,
                  href: `${base}/delegates?category=${encodeURIComponent(code)}`,
                }))}
              />
              <CountTable
                caption={t('dashboard.byCountry')}
                keyHeading={t('filters.country')}
                rows={Object.entries(data.byCountry).map(([code, count]) => ({
                  key: code,
                  label: countryName(code, i18n.language),
                  count,
                  href: `${base}/delegates?country=${encodeURIComponent(code)}`,
                }))}
              />
            </div>
            <section aria-labelledby="more-heading">
              <h2 id="more-heading">{t('dashboard.more')}</h2>
              <ul className="link-grid">
                {(['settings', 'people', 'delegates', 'delegations', 'checkIn', 'programme', 'slides', 'notifications', 'awards'] as const).map((key) => (
                  <li key={key}>
                    <Link href={`${base}/${key === 'checkIn' ? 'check-in' : key}`} className="card link-card">
                      <strong>{t(`nav.${key}`)}</strong>
                      <span>{t(`dashboard.describe.${key}`)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          </>
        );
      }}
    </QueryView>
  );
}

export function DashboardPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('organiser');
  return (
    <OrganiserPage slug={slug} title={t('dashboard.title')}>
      {() => <Dashboard slug={slug} />}
    </OrganiserPage>
  );
}
