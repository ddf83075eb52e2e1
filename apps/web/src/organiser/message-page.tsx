import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { api, type Schemas, unwrap } from '../api/client';
import { ErrorMessage, QueryView, ZoneNote } from '../ui/components';
import { useConfirm } from '../ui/confirm-dialog';
import { formatDateTime, zoneLabel } from '../ui/time';
import { MessageAudienceSummary } from './message-audience-summary';
import { MessageEditForm } from './message-edit-form';
import { type OrganiserEvent, OrganiserPage } from './organiser-shell';
import { languageName } from '../ui/language-name';

type Detail = Schemas['MessageDetailResponse'];

export const messageKey = (slug: string, id: string) => ['messages', slug, id];

/** One message: what it says, who it goes to, how delivery went, and what may still be done with it. */
function MessageView({ slug, id, event }: { slug: string; id: string; event: OrganiserEvent }) {
  const { t, i18n } = useTranslation('messagePage');
  const client = useQueryClient();
  const confirm = useConfirm();
  const [notice, setNotice] = useState<string>();
  const [editing, setEditing] = useState(false);
  const detail = useQuery({
    queryKey: messageKey(slug, id),
    queryFn: () => unwrap(api.GET('/events/{slug}/messages/{id}', { params: { path: { slug, id } } })),
    // Deliveries move in seconds: follow them while the page is open.
    refetchInterval: 5_000,
  });
  const settled = (message: string) => {
    setNotice(message);
    void client.invalidateQueries({ queryKey: ['messages', slug] });
  };
  const path = { params: { path: { slug, id } } };
  const release = useMutation({
    mutationFn: () => unwrap(api.POST('/events/{slug}/messages/{id}/release', { ...path, body: {} })),
    onSuccess: () => settled(t('released')),
  });
  const cancel = useMutation({
    mutationFn: () => unwrap(api.POST('/events/{slug}/messages/{id}/cancel', path)),
    onSuccess: () => settled(t('cancelled')),
  });
  const retry = useMutation({
    mutationFn: () => unwrap(api.POST('/events/{slug}/messages/{id}/retry', path)),
    onSuccess: ({ retried }) => settled(t('retried', { count: retried })),
  });
  const busy = release.isPending || cancel.isPending || retry.isPending;
  const time = (value: string) => formatDateTime(value, event.timeZone, i18n.language);

  return (
    <>
      <p>
        <Link href={`/organiser/events/${slug}/notifications`}>{t('back')}</Link>
      </p>
      <QueryView query={detail}>
        {(message: Detail) => {
          const open = message.status === 'held' || message.status === 'scheduled';
          return (
            <div className="message-page">
              <p className="message-status">
                <span className={`badge message-${message.status}`}>{t(`statuses.${message.status}`)}</span>{' '}
                {message.sendAt && t(message.status === 'sent' ? 'sentAt' : 'sendAt', { at: time(message.sendAt) })}
                {!message.sendAt && t('created', { at: time(message.createdAt) })}
              </p>
              <section aria-labelledby="message-audience">
                <h2 id="message-audience">{t('audience')}</h2>
                <MessageAudienceSummary slug={slug} audience={message.audience} />
              </section>
              <div aria-live="polite">{notice && <p className="notice">{notice}</p>}</div>
              <ErrorMessage error={release.error ?? cancel.error ?? retry.error} />
              {open && !editing && (
                <div className="actions">
                  <button
                    type="button"
                    disabled={busy}
                    onClick={async () => {
                      const yes = await confirm({
                        title: t('releaseTitle'),
                        message: message.status === 'held' ? t('releaseConfirmHeld') : t('releaseConfirm', { count: message.recipientCount }),
                        confirmLabel: t('release'),
                      });
                      if (yes) release.mutate();
                    }}
                  >
                    {t('release')}
                  </button>
                  <button type="button" className="secondary" disabled={busy} onClick={() => setEditing(true)}>
                    {t('edit')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    disabled={busy}
                    onClick={async () => {
                      const yes = await confirm({ title: t('cancelTitle'), message: t('cancelConfirm'), confirmLabel: t('cancel'), danger: true });
                      if (yes) cancel.mutate();
                    }}
                  >
                    {t('cancel')}
                  </button>
                </div>
              )}
              {open && editing ? (
                <MessageEditForm
                  slug={slug}
                  event={event}
                  message={message}
                  onDone={(saved) => {
                    setEditing(false);
                    if (saved) settled(t('saved'));
                  }}
                />
              ) : (
                <section aria-labelledby="message-words">
                  <h2 id="message-words">{t('words')}</h2>
                  {message.content.map((text) => (
                    <article key={text.language} lang={text.language} className="message-words">
                      <h3>{t('inLanguage', { language: languageName(text.language, i18n.language) })}</h3>
                      <p>
                        <strong>{text.subject}</strong>
                      </p>
                      <pre className="message-body">{text.body}</pre>
                    </article>
                  ))}
                </section>
              )}
              <Recipients message={message} time={time} busy={busy} onRetry={() => retry.mutate()} />
            </div>
          );
        }}
      </QueryView>
      <ZoneNote zone={zoneLabel(event.timeZone)} />
    </>
  );
}

function Recipients({ message, time, busy, onRetry }: { message: Detail; time: (value: string) => string; busy: boolean; onRetry: () => void }) {
  const { t } = useTranslation('messagePage');
  const { counts, recipients } = message;
  return (
    <section aria-labelledby="message-recipients">
      <h2 id="message-recipients">{t('recipients')}</h2>
      {message.status === 'held' && recipients.length === 0 && <p className="hint">{t('heldHint')}</p>}
      <ul className="state-chips" aria-label={t('counts')}>
        <li className="chip chip-sent">{t('delivered', { count: counts.delivered })}</li>
        <li className={counts.failed > 0 ? 'chip chip-failed' : 'chip'}>{t('failed', { count: counts.failed })}</li>
        <li className="chip chip-pending">{t('waiting', { count: counts.waiting })}</li>
      </ul>
      {counts.failed > 0 && (
        <div className="actions">
          <button type="button" disabled={busy} onClick={onRetry}>
            {t('retry')}
          </button>
        </div>
      )}
      {recipients.length > 0 && (
        <div className="table-scroll">
          <table className="notifications-table">
            <caption>{t('recipientCount', { count: recipients.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('language')}</th>
                <th scope="col">{t('delivery')}</th>
              </tr>
            </thead>
            <tbody>
              {recipients.map((recipient) => (
                <tr key={recipient.email} className={recipient.state === 'failed' ? 'failed-row' : undefined}>
                  <th scope="row">
                    <span className="person-name">{recipient.name || recipient.email}</span>
                    <span className="person-detail">{recipient.email}</span>
                  </th>
                  <td lang={recipient.language}>{t(`languageNames.${recipient.language}`, { ns: 'common', defaultValue: recipient.language })}</td>
                  <td>
                    <span className={`badge notification-${recipient.state}`}>
                      {t(`states.${recipient.state as 'sent'}`, { defaultValue: recipient.state })}
                    </span>
                    {recipient.state === 'sent' && recipient.sentAt && <span className="person-detail">{time(recipient.sentAt)}</span>}
                    {recipient.state === 'failed' && recipient.lastError && (
                      <span className="last-error">
                        {t('reason')} <span lang="en">{recipient.lastError}</span>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function MessagePage() {
  const { slug, id } = useParams<{ slug: string; id: string }>();
  const { t, i18n } = useTranslation('messagePage');
  // The subject is the page's title once it has loaded; the query is shared with the view below.
  const detail = useQuery({
    queryKey: messageKey(slug, id),
    queryFn: () => unwrap(api.GET('/events/{slug}/messages/{id}', { params: { path: { slug, id } } })),
  });
  const content = detail.data?.content;
  const subject = (content?.find((text) => text.language === i18n.language) ?? content?.[0])?.subject;
  return (
    <OrganiserPage slug={slug} title={subject ?? t('title')}>
      {(event) => <MessageView slug={slug} id={id} event={event} />}
    </OrganiserPage>
  );
}
