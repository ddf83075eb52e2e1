import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { api, unwrap } from '../api/client';
import { Field, QueryView } from '../ui/components';
import { countryName } from '../ui/countries';
import { OrganiserPage, StateBadge } from './organiser-shell';
import { useRegistrationCategories } from './categories-query';

function Delegations({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('organiser');
  const [search, setSearch] = useState('');
  const categories = useRegistrationCategories(slug);
  const list = useQuery({
    queryKey: ['organiser', slug, 'delegations'],
    queryFn: () => unwrap(api.GET('/events/{slug}/delegations', { params: { path: { slug } } })),
  });
  return (
    <QueryView query={list}>
      {(delegations) => {
        if (delegations.length === 0) return <p className="empty">{t('delegations.empty')}</p>;
        const needle = search.trim().toLocaleLowerCase();
        const shown = needle
          ? delegations.filter((d) =>
              [d.city, countryName(d.country, i18n.language), ...d.members.map((m) => m.fullName)].some((text) => text.toLocaleLowerCase().includes(needle)),
            )
          : delegations;
        return (
          <>
            <div className="filters">
              <Field label={t('delegations.search')}>
                {(props) => <input {...props} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
              </Field>
            </div>
            <p role="status">{t('delegations.count', { count: shown.length, total: delegations.length })}</p>
            <ul className="card-list">
              {shown.map((delegation) => (
                <li key={delegation.id} className="card">
                  <h2>
                    {delegation.city}, {countryName(delegation.country, i18n.language)}
                    {delegation.gnlcMember && <span className="badge gnlc">{t('delegations.gnlc')}</span>}
                  </h2>
                  <p>
                    <Link href={`/organiser/events/${slug}/delegates?delegation=${delegation.id}`}>
                      {t('delegations.openInList', { count: delegation.members.length })}
                    </Link>
                  </p>
                  <div className="table-scroll">
                    <table>
                      <caption className="visually-hidden">{t('delegations.membersOf', { city: delegation.city })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('delegates.name')}</th>
                          <th scope="col">{t('filters.state')}</th>
                          <th scope="col">{t('filters.category')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {delegation.members.map((member) => (
                          <tr key={member.id}>
                            <th scope="row">
                              <span className="person-name">
                                {member.fullName} {member.isHead && <span className="badge">{t('delegations.head')}</span>}
                              </span>
                              <span className="person-detail">{member.email}</span>
                            </th>
                            <td>
                              <StateBadge state={member.state} />
                            </td>
                            <td>{categories.data?.find((category) => category.code === member.category)?.name ?? member.category}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </li>
              ))}
            </ul>
          </>
        );
      }}
    </QueryView>
  );
}

export function DelegationsPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('organiser');
  return (
    <OrganiserPage slug={slug} title={t('delegations.title')}>
      {() => <Delegations slug={slug} />}
    </OrganiserPage>
  );
}
