import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { QueryView } from '../ui/components';
import { formatDateTime } from '../ui/time';
import type { OrganiserEvent } from './organiser-shell';

/** What happened to one registration and each mail sent about it, oldest first, in the event's time zone. */
export function DelegateHistory({ slug, id, event }: { slug: string; id: string; event: OrganiserEvent }) {
  const { t, i18n } = useTranslation('organiser');
  const history = useQuery({
    queryKey: ['organiser', slug, 'registration', id, 'history'],
    queryFn: () => unwrap(api.GET('/events/{slug}/registrations/{id}/history', { params: { path: { slug, id } } })),
  });
  const state = (value: string) => t(`states.${value}`, { defaultValue: value });

  return (
    <section className="card" aria-labelledby="record-history">
      <h2 id="record-history">{t('record.history')}</h2>
      <QueryView query={history}>
        {({ changes, mails }) => {
          const entries = [
            ...changes.map((change) => {
              const by = change.actorKind === 'user' ? t('record.by.user', { name: change.actorName ?? '—' }) : t(`record.by.${change.actorKind}`);
              const what =
                change.kind === 'created'
                  ? t('record.change.created', { state: state(change.toState) })
                  : change.kind === 'state'
                    ? t('record.change.state', { from: state(change.fromState ?? ''), to: state(change.toState) })
                    : t('record.change.edited', { fields: change.fields.map((field) => t(`record.fields.${field}`, { defaultValue: field })).join(', ') });
              return { at: change.at, text: `${what} · ${by}`, className: 'history-change' };
            }),
            ...mails.map((mail) => ({
              at: mail.sentAt ?? mail.createdAt,
              text: t('record.mail', {
                kind: t(`notifications.kinds.${mail.kind}`, { defaultValue: mail.kind }),
                email: mail.recipientEmail,
                state: t(`notifications.states.${mail.state}`, { defaultValue: mail.state }),
              }),
              className: 'history-mail',
            })),
          ].sort((a, b) => a.at.localeCompare(b.at));
          return (
            <ol className="history">
              {entries.map((entry, index) => (
                <li key={index} className={entry.className}>
                  <time dateTime={entry.at}>{formatDateTime(entry.at, event.timeZone, i18n.language)}</time> {entry.text}
                </li>
              ))}
            </ol>
          );
        }}
      </QueryView>
    </section>
  );
}
