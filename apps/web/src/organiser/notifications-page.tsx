import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'wouter';
import { api, type Schemas, unwrap } from '../api/client';
import { ErrorMessage, Field, fieldErrors, QueryView, ZoneNote } from '../ui/components';
import { useConfirm } from '../ui/confirm-dialog';
import { Pager } from '../ui/pager';
import { formatDateTime, zoneLabel } from '../ui/time';
import { ComposeSection } from './compose-section';
import { type OrganiserEvent, OrganiserPage } from './organiser-shell';

type Notification = Schemas['NotificationResponse'];
const STATES = ['held', 'pending', 'queued', 'sending', 'sent', 'failed', 'discarded'] as const;
const PAGE_SIZE = 50;
/** The kinds of message Plenary sends today; others found in the log are listed too, by their code. */
const KINDS = [
  'registration-received',
  'registration-confirmed',
  'registration-waitlisted',
  'registration-promoted',
  'registration-offered',
  'registration-cancelled',
  'registration-rejected',
  'registration-link',
  'agenda-promoted',
  'programme-changed',
  'event-reminder',
  'role-granted',
  'speaker-invitation',
  'speaker-invitation-declined',
  'slides-reminder',
  'award-outcome',
  'organiser-message',
  'organiser-reminder',
];

function Log({ slug, event }: { slug: string; event: OrganiserEvent }) {
  const { t, i18n } = useTranslation('organiser');
  const confirm = useConfirm();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filters = { state: params.get('state') ?? '', kind: params.get('kind') ?? '', recipient: params.get('recipient') ?? '' };
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [recipient, setRecipient] = useState(filters.recipient);
  const [notice, setNotice] = useState<string>();
  const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
  const log = useQuery({
    queryKey: ['organiser', slug, 'notifications', query, offset],
    queryFn: () => unwrap(api.GET('/events/{slug}/notifications', { params: { path: { slug }, query: { ...query, limit: PAGE_SIZE, offset } } })),
    placeholderData: keepPreviousData,
    // Messages move through the queue in seconds: keep the log current while it is open.
    refetchInterval: 10_000,
  });
  const setFilter = (changes: Record<string, string>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      if (!('offset' in changes)) next.delete('offset');
      return next;
    });

  const refresh = () => client.invalidateQueries({ queryKey: ['organiser', slug, 'notifications'] });
  const retry = useMutation({
    mutationFn: (n: Notification) => unwrap(api.POST('/notifications/{id}/retry', { params: { path: { id: n.id } } })),
    onSuccess: (n) => {
      setNotice(t('notifications.retried', { recipient: n.recipientEmail }));
      void refresh();
    },
  });
  const settle = useMutation({
    mutationFn: async ({ n, how }: { n: Notification; how: 'release' | 'discard' }) => {
      const options = { params: { path: { slug } }, body: { ids: [n.id] } };
      await unwrap(how === 'release' ? api.POST('/events/{slug}/notifications/release', options) : api.POST('/events/{slug}/notifications/discard', options));
      return { n, how };
    },
    onSuccess: ({ n, how }) => {
      setNotice(t(how === 'release' ? 'notifications.released' : 'notifications.discarded', { recipient: n.recipientEmail }));
      void refresh();
    },
  });

  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    setFilter({ recipient: recipient.trim() });
  };
  const errors = fieldErrors(log.error);
  const counts = log.data?.counts;
  const busy = retry.isPending || settle.isPending;
  const kindLabel = (k: string) => t(`notifications.kinds.${k}`, { defaultValue: k });
  const time = (value: string | null | undefined) => (value ? formatDateTime(value, event.timeZone, i18n.language) : '—');

  return (
    <>
      {counts && (
        <ul className="state-chips" aria-label={t('notifications.countsLabel')}>
          {STATES.filter((state) => counts[state]).map((state) => (
            <li key={state}>
              <button
                type="button"
                className={`chip chip-${state}`}
                aria-pressed={filters.state === state}
                onClick={() => setFilter({ state: filters.state === state ? '' : state })}
              >
                {t(`notifications.states.${state}`)}: {counts[state]}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="filters" onSubmit={submit} role="search" aria-label={t('filters.label')}>
        <Field label={t('filters.state')}>
          {(props) => (
            <select {...props} value={filters.state} onChange={(e) => setFilter({ state: e.target.value })}>
              <option value="">{t('filters.any')}</option>
              {STATES.map((state) => (
                <option key={state} value={state}>
                  {t(`notifications.states.${state}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('notifications.kind')} error={errors.kind}>
          {(props) => (
            <select {...props} value={filters.kind} onChange={(e) => setFilter({ kind: e.target.value })}>
              <option value="">{t('filters.any')}</option>
              {[...new Set([...KINDS, ...(log.data?.items ?? []).map((n) => n.kind), ...(filters.kind ? [filters.kind] : [])])].map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('notifications.recipient')} hint={t('notifications.recipientHint')} error={errors.recipient}>
          {(props) => <input {...props} type="email" value={recipient} onChange={(e) => setRecipient(e.target.value)} autoComplete="off" />}
        </Field>
        <div className="actions filter-actions">
          <button type="submit">{t('filters.apply')}</button>
          {(filters.state || filters.kind || filters.recipient) && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setRecipient('');
                setFilter({ state: '', kind: '', recipient: '' });
              }}
            >
              {t('filters.clear')}
            </button>
          )}
        </div>
      </form>
      <ErrorMessage error={retry.error ?? settle.error} />
      <div aria-live="polite">{notice && <p className="notice">{notice}</p>}</div>
      <QueryView query={Object.keys(errors).length ? { ...log, error: undefined, data: log.data ?? { items: [], total: 0, counts: {} } } : log}>
        {({ items, total }) =>
          total === 0 ? (
            <p className="empty">{t('notifications.empty')}</p>
          ) : (
            <>
              <p role="status">{t('notifications.showing', { from: offset + 1, to: offset + items.length, total })}</p>
              <div className="table-scroll">
                <table className="notifications-table">
                  <caption className="visually-hidden">{t('notifications.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('notifications.created')}</th>
                      <th scope="col">{t('notifications.kind')}</th>
                      <th scope="col">{t('notifications.recipient')}</th>
                      <th scope="col">{t('filters.state')}</th>
                      <th scope="col">{t('notifications.delivery')}</th>
                      <th scope="col">{t('delegates.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((n) => (
                      <tr key={n.id} className={n.state === 'failed' ? 'failed-row' : undefined}>
                        <td>{time(n.createdAt)}</td>
                        <td>{kindLabel(n.kind)}</td>
                        <th scope="row">
                          <span className="person-name">{n.recipientName || n.recipientEmail}</span>
                          <span className="person-detail">
                            {n.recipientEmail} · {n.language}
                          </span>
                        </th>
                        <td>
                          <span className={`badge notification-${n.state}`}>{t(`notifications.states.${n.state}`)}</span>
                        </td>
                        <td>
                          {n.state === 'sent' && t('notifications.sentAt', { at: time(n.sentAt) })}
                          {n.state === 'failed' && (
                            <>
                              <span>{t('notifications.failedAt', { at: time(n.failedAt), count: n.attempts })}</span>
                              {n.lastError && (
                                <span className="last-error">
                                  {t('notifications.lastError')} <span lang="en">{n.lastError}</span>
                                </span>
                              )}
                            </>
                          )}
                          {n.state !== 'sent' && n.state !== 'failed' && n.sendAfter && t('notifications.notBefore', { at: time(n.sendAfter) })}
                        </td>
                        <td>
                          <div className="actions row-actions">
                            {n.state === 'failed' && (
                              <button
                                type="button"
                                disabled={busy}
                                onClick={() => retry.mutate(n)}
                                aria-label={t('notifications.retryFor', { recipient: n.recipientEmail })}
                              >
                                {t('notifications.retry')}
                              </button>
                            )}
                            {n.state === 'held' && (
                              <>
                                <button
                                  type="button"
                                  disabled={busy}
                                  onClick={() => settle.mutate({ n, how: 'release' })}
                                  aria-label={t('notifications.releaseFor', { recipient: n.recipientEmail })}
                                >
                                  {t('notifications.release')}
                                </button>
                                <button
                                  type="button"
                                  className="secondary"
                                  disabled={busy}
                                  onClick={() =>
                                    void confirm({
                                      title: t('notifications.discardTitle'),
                                      message: t('notifications.confirmDiscard', { recipient: n.recipientEmail }),
                                      confirmLabel: t('notifications.discard'),
                                      danger: true,
                                    }).then((yes) => yes && settle.mutate({ n, how: 'discard' }))
                                  }
                                  aria-label={t('notifications.discardFor', { recipient: n.recipientEmail })}
                                >
                                  {t('notifications.discard')}
                                </button>
                              </>
                            )}
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

export function NotificationsPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('organiser');
  return (
    <OrganiserPage slug={slug} title={t('notifications.title')}>
      {(event) => (
        <>
          <ComposeSection slug={slug} event={event} />
          <Log slug={slug} event={event} />
        </>
      )}
    </OrganiserPage>
  );
}
