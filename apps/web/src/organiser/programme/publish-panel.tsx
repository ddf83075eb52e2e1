import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading, QueryView } from '../../ui/components';
import { useConfirm } from '../../ui/confirm-dialog';
import { dayInZone, formatDateTime, formatDay, formatTime, zoneLabel } from '../../ui/time';
import { type ChangelogEntry, type EventDetail, fetchPreview, keys, publish, titleOf, useVersions } from './programme-api';

/** Publishing: first the changelog the next version would carry, then the confirmation, then the versions so far. */
export function PublishPanel({ slug, event }: { slug: string; event: EventDetail }) {
  const { t, i18n } = useTranslation('programme');
  const headingId = useId();
  const client = useQueryClient();
  const [reviewing, setReviewing] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  const preview = useQuery({ queryKey: keys.preview(slug), queryFn: () => fetchPreview(slug), enabled: reviewing, staleTime: 0 });
  const versions = useVersions(slug);
  const ask = useConfirm();
  const confirm = useMutation({
    mutationFn: () => publish(slug),
    onSuccess: async (result) => {
      setPublished(result.version);
      setReviewing(false);
      await Promise.all([client.invalidateQueries({ queryKey: keys.versions(slug) }), client.invalidateQueries({ queryKey: keys.preview(slug) })]);
    },
  });

  return (
    <section className="card programme-publish" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('publish.heading')}</h2>
      <p>{t('publish.intro')}</p>
      {published !== null && (
        <p className="notice" role="status">
          {t('publish.published', { version: published })}
        </p>
      )}
      {!reviewing ? (
        <button
          type="button"
          onClick={() => {
            setPublished(null);
            confirm.reset();
            setReviewing(true);
          }}
        >
          {t('publish.review')}
        </button>
      ) : (
        <div className="programme-preview">
          {preview.isPending ? (
            <Loading />
          ) : preview.error ? (
            <ErrorMessage error={preview.error} />
          ) : (
            <>
              <h3>{t('publish.previewHeading', { version: preview.data!.nextVersion })}</h3>
              {preview.data!.changelog.length === 0 ? <p>{t('publish.nothing')}</p> : <Changelog entries={preview.data!.changelog} event={event} />}
              <ErrorMessage error={confirm.error} />
              <div className="actions">
                <button
                  type="button"
                  disabled={confirm.isPending || (preview.data!.changelog.length === 0 && preview.data!.nextVersion > 1)}
                  onClick={() =>
                    void ask({
                      title: t('publish.confirm', { version: preview.data!.nextVersion }),
                      message: t('publish.confirmText'),
                      confirmLabel: t('publish.confirm', { version: preview.data!.nextVersion }),
                    }).then((yes) => yes && confirm.mutate())
                  }
                >
                  {confirm.isPending ? t('publish.publishing') : t('publish.confirm', { version: preview.data!.nextVersion })}
                </button>
                <button type="button" className="secondary" onClick={() => setReviewing(false)}>
                  {t('publish.cancel')}
                </button>
              </div>
            </>
          )}
        </div>
      )}
      <h3>{t('publish.versions')}</h3>
      <QueryView query={versions}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('publish.noVersions')}</p>
          ) : (
            <ul className="programme-versions">
              {list.map((version) => (
                <li key={version.version}>
                  <strong>{t('publish.versionLine', { version: version.version })}</strong>{' '}
                  <span className="hint">
                    {t('publish.publishedAt', {
                      when: `${formatDateTime(version.publishedAt, event.timeZone, i18n.language)} ${zoneLabel(event.timeZone, version.publishedAt)}`,
                    })}{' '}
                    · {t('publish.changes', { count: version.changelog.length })}
                  </span>
                  {version.changelog.length > 0 && (
                    <details>
                      <summary>{t('publish.showChanges')}</summary>
                      <Changelog entries={version.changelog} event={event} />
                    </details>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      {(versions.data?.length ?? 0) > 0 && (
        <>
          <h3>{t('publish.exports')}</h3>
          <ul className="programme-exports">
            {(['schedule.ics', 'schedule.xml', 'schedule.json'] as const).map((file) => (
              <li key={file}>
                <a href={`/events/${slug}/${file}`} download={`${slug}-${file}`}>
                  {t(`publish.exportFiles.${file.replace('schedule.', '')}`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Changelog({ entries, event }: { entries: ChangelogEntry[]; event: EventDetail }) {
  const { t, i18n } = useTranslation('programme');
  const language = i18n.language;
  const zone = event.timeZone;
  const roomName = (roomId: string | null) => event.rooms.find((room) => room.id === roomId)?.name ?? t('noRoom');
  const place = (where: NonNullable<ChangelogEntry['before']>) =>
    t('publish.place', {
      day: formatDay(dayInZone(where.start, zone), language, 'short'),
      start: formatTime(where.start, zone, language),
      end: formatTime(where.end, zone, language),
      room: roomName(where.roomId),
    });
  return (
    <ul className="programme-changelog">
      {entries.map((entry, index) => (
        <li key={`${entry.sessionId}-${entry.kind}-${index}`}>
          <span className={`badge programme-change-${entry.kind}`}>{t(`publish.kinds.${entry.kind}`)}</span>{' '}
          <strong>{titleOf(entry.title, language, event.languages)}</strong>
          <div className="hint">
            {entry.before && entry.after
              ? t('publish.fromTo', { before: place(entry.before), after: place(entry.after) })
              : entry.after
                ? place(entry.after)
                : entry.before
                  ? place(entry.before)
                  : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
