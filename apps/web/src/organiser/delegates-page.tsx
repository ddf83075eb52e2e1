import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'wouter';
import { api, type Schemas, unwrap } from '../api/client';
import { ErrorMessage, Field, QueryView, ZoneNote } from '../ui/components';
import { useConfirm } from '../ui/confirm-dialog';
import { countryName } from '../ui/countries';
import { useRegistrationForm } from '../delegate/questions/question-logic';
import { AnswerFilter, FilteredAnswer } from './questions/answer-filter';
import { Pager } from '../ui/pager';
import { formatDateTime, formatDay, zoneLabel } from '../ui/time';
import { useDownload } from '../ui/use-download';
import { BulkBar } from './delegates-bulk-bar';
import { useRegistrationCategories } from './categories-query';
import {
  type OrganiserEvent,
  OrganiserPage,
  REGISTRATION_ACTIONS,
  REGISTRATION_STATES,
  type RegistrationAction as Action,
  StateBadge,
} from './organiser-shell';

type RegistrationRow = Schemas['RegistrationRowResponse'];

const PAGE_SIZE = 50;

function Delegates({ slug, event }: { slug: string; event: OrganiserEvent }) {
  const { t, i18n } = useTranslation('organiser');
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filters = {
    state: params.get('state') ?? '',
    category: params.get('category') ?? '',
    country: params.get('country') ?? '',
    q: params.get('q') ?? '',
    delegation: params.get('delegation') ?? '',
    answer: params.get('answer') ?? '',
  };
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [search, setSearch] = useState(filters.q);
  const [notice, setNotice] = useState<string>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const csv = useDownload();
  const badges = useDownload();
  const confirm = useConfirm();

  const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Record<string, string>;
  const list = useQuery({
    queryKey: ['organiser', slug, 'registrations', query, offset],
    queryFn: () => unwrap(api.GET('/events/{slug}/registrations', { params: { path: { slug }, query: { ...query, limit: PAGE_SIZE, offset } as never } })),
    placeholderData: keepPreviousData,
  });
  const categories = useRegistrationCategories(slug);
  const questions = useRegistrationForm(slug).data?.questions ?? [];
  const filteredQuestion = questions.find((question) => filters.answer.startsWith(`${question.id}:`));
  const counts = useQuery({
    queryKey: ['organiser', slug, 'counts'],
    queryFn: () => unwrap(api.GET('/events/{slug}/registration-counts', { params: { path: { slug } } })),
  });

  const setFilter = (changes: Record<string, string>) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      if (!('offset' in changes)) next.delete('offset');
      return next;
    });
    setSelected(new Set());
  };

  const act = useMutation({
    mutationFn: async ({ row, action }: { row: RegistrationRow; action: Action }) => {
      const options = { params: { path: { slug, id: row.id } } };
      const result =
        action === 'approve'
          ? await unwrap(api.POST('/events/{slug}/registrations/{id}/approve', options))
          : action === 'reject'
            ? await unwrap(api.POST('/events/{slug}/registrations/{id}/reject', options))
            : await unwrap(api.POST('/events/{slug}/registrations/{id}/cancel', options));
      return { row, action, state: result.state };
    },
    onSuccess: ({ row, action, state }) => {
      setNotice(t(`delegates.done.${action}`, { name: row.fullName, state: t(`states.${state}`) }));
      void client.invalidateQueries({ queryKey: ['organiser', slug] });
    },
    onError: () => setNotice(undefined),
  });

  const run = async (row: RegistrationRow, action: Action) => {
    if (
      action !== 'approve' &&
      !(await confirm({
        title: t(`delegates.confirmTitle.${action}`),
        message: t(`delegates.confirm.${action}`, { name: row.fullName }),
        confirmLabel: t(`delegates.action.${action}`),
        danger: true,
      }))
    )
      return;
    act.mutate({ row, action });
  };

  const download = () => {
    const search = new URLSearchParams(query).toString();
    return csv.download(`/events/${slug}/registrations.csv${search ? `?${search}` : ''}`, `${slug}-registrations.csv`);
  };

  // Badges exist for confirmed delegates only, so the list's state filter is not theirs to take.
  const badgeFilter = filters.state === '' || filters.state === 'confirmed';
  const downloadBadges = () => {
    const search = new URLSearchParams(Object.entries(query).filter(([key]) => key !== 'state')).toString();
    return badges.download(`/events/${slug}/badges.pdf${search ? `?${search}` : ''}`, `${slug}-badges.pdf`);
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submitSearch = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    setFilter({ q: search.trim() });
  };
  const anyFilter = Object.values(filters).some(Boolean);

  return (
    <>
      <form className="filters" onSubmit={submitSearch} role="search" aria-label={t('filters.label')}>
        <Field label={t('filters.state')}>
          {(props) => (
            <select {...props} value={filters.state} onChange={(e) => setFilter({ state: e.target.value })}>
              <option value="">{t('filters.any')}</option>
              {REGISTRATION_STATES.map((state) => (
                <option key={state} value={state}>
                  {t(`states.${state}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('filters.category')}>
          {(props) => (
            <select {...props} value={filters.category} onChange={(e) => setFilter({ category: e.target.value })}>
              <option value="">{t('filters.any')}</option>
              {(categories.data ?? []).map((category) => (
                <option key={category.code} value={category.code}>
                  {category.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('filters.country')}>
          {(props) => (
            <select {...props} value={filters.country} onChange={(e) => setFilter({ country: e.target.value })}>
              <option value="">{t('filters.any')}</option>
              {Object.keys(counts.data?.byCountry ?? {})
                .concat(filters.country && !counts.data?.byCountry[filters.country] ? [filters.country] : [])
                .map((code) => ({ code, name: countryName(code, i18n.language) }))
                .sort((a, b) => a.name.localeCompare(b.name, i18n.language))
                .map(({ code, name }) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label={t('filters.search')} hint={t('filters.searchHint')}>
          {(props) => <input {...props} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
        </Field>
        <AnswerFilter questions={questions} value={filters.answer} onChange={(answer) => setFilter({ answer })} />
        <div className="actions filter-actions">
          <button type="submit">{t('filters.apply')}</button>
          {anyFilter && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setSearch('');
                setFilter({ state: '', category: '', country: '', q: '', delegation: '', answer: '' });
              }}
            >
              {t('filters.clear')}
            </button>
          )}
        </div>
      </form>

      <div className="actions toolbar">
        <button type="button" className="secondary" onClick={() => void download()} disabled={csv.busy !== null}>
          {csv.busy ? t('delegates.downloading') : t('delegates.exportCsv')}
        </button>
        <button type="button" className="secondary" onClick={() => void downloadBadges()} disabled={badges.busy !== null || !badgeFilter}>
          {badges.busy ? t('delegates.downloading') : t('delegates.badges')}
        </button>
        <span className="hint">{badgeFilter ? t('delegates.exportHint') : t('delegates.badgesNeedConfirmed')}</span>
      </div>
      <ErrorMessage error={csv.error} />
      <ErrorMessage error={badges.error} />
      <ErrorMessage error={act.error} />
      <div aria-live="polite">{notice && <p className="notice">{notice}</p>}</div>

      <QueryView query={list}>
        {({ items, total }) =>
          total === 0 ? (
            <p className="empty">{anyFilter ? t('delegates.emptyFiltered') : t('delegates.empty')}</p>
          ) : (
            <>
              <p role="status">{t('delegates.showing', { from: offset + 1, to: offset + items.length, total })}</p>
              <BulkBar
                slug={slug}
                rows={items.filter((row) => selected.has(row.id))}
                onDone={(message) => {
                  setNotice(message);
                  setSelected(new Set());
                }}
                onClear={() => setSelected(new Set())}
              />
              <div className="table-scroll">
                <table className="delegates-table">
                  <caption className="visually-hidden">{t('delegates.title')}</caption>
                  <thead>
                    <tr>
                      <td>
                        <input
                          type="checkbox"
                          className="row-check"
                          aria-label={t('delegates.selectAll')}
                          checked={items.length > 0 && items.every((row) => selected.has(row.id))}
                          onChange={(e) => setSelected(e.target.checked ? new Set(items.map((row) => row.id)) : new Set())}
                        />
                      </td>
                      <th scope="col">{t('delegates.name')}</th>
                      <th scope="col">{t('filters.state')}</th>
                      <th scope="col">{t('filters.category')}</th>
                      <th scope="col">{t('filters.country')}</th>
                      <th scope="col">{t('delegates.registeredAt')}</th>
                      <th scope="col">{t('delegates.checkedIn')}</th>
                      <th scope="col">{t('delegates.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((row) => (
                      <tr key={row.id} className={selected.has(row.id) ? 'selected-row' : undefined}>
                        <td>
                          <input
                            type="checkbox"
                            className="row-check"
                            aria-label={t('delegates.select', { name: row.fullName })}
                            checked={selected.has(row.id)}
                            onChange={(e) => toggle(row.id, e.target.checked)}
                          />
                        </td>
                        <th scope="row">
                          <Link className="person-name" href={`/organiser/events/${slug}/delegates/${row.id}`}>
                            {row.fullName}
                          </Link>
                          <span className="person-detail">{row.email}</span>
                          {(row.title || row.organisation) && <span className="person-detail">{[row.title, row.organisation].filter(Boolean).join(', ')}</span>}
                          {row.delegationCity && (
                            <span className="person-detail">
                              {t(row.isDelegationHead ? 'delegates.headOf' : 'delegates.memberOf', { city: row.delegationCity })}
                            </span>
                          )}
                          {filteredQuestion && <FilteredAnswer question={filteredQuestion} value={row.answers[filteredQuestion.id]} />}
                        </th>
                        <td>
                          <StateBadge state={row.state} />
                        </td>
                        <td>{categories.data?.find((category) => category.code === row.category)?.name ?? row.category}</td>
                        <td>{countryName(row.country, i18n.language)}</td>
                        <td>{formatDateTime(row.createdAt, event.timeZone, i18n.language)}</td>
                        <td>{row.checkedInDays.length ? row.checkedInDays.map((day) => formatDay(day, i18n.language, 'short')).join(', ') : '—'}</td>
                        <td>
                          <div className="actions row-actions">
                            {(REGISTRATION_ACTIONS[row.state] ?? []).map((action) => (
                              <button
                                key={action}
                                type="button"
                                className={action === 'approve' ? '' : action === 'reject' ? 'danger' : 'secondary'}
                                disabled={act.isPending}
                                aria-label={t(`delegates.actionFor.${action}`, { name: row.fullName })}
                                onClick={() => void run(row, action)}
                              >
                                {t(`delegates.action.${action}`)}
                              </button>
                            ))}
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager
                offset={offset}
                pageSize={PAGE_SIZE}
                total={total}
                onOffset={(next) => setFilter({ offset: String(next) })}
                labels={{ nav: t('delegates.pages'), previous: t('delegates.previous'), next: t('delegates.next') }}
              />
            </>
          )
        }
      </QueryView>
      <ZoneNote zone={zoneLabel(event.timeZone)} />
    </>
  );
}

export function DelegatesPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('organiser');
  return (
    <OrganiserPage slug={slug} title={t('delegates.title')}>
      {(event) => <Delegates slug={slug} event={event} />}
    </OrganiserPage>
  );
}
