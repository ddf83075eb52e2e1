import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { api, unwrap } from '../api/client';
import { hasRole, useMe } from '../auth/session';
import { ErrorMessage, Field, Loading, QueryView, ZoneNote } from '../ui/components';
import { formatDateTime, zoneLabel } from '../ui/time';
import { formatSize } from '../ui/format-size';
import { UploadProgress } from '../ui/upload-progress';
import { useDownload } from '../ui/use-download';
import { useFileUpload } from '../ui/use-file-upload';
import { SignInFirst, SlotFacts } from './speaker-page';
import { isFileRejection, type MySlot, mySlotsKey, rejectionMessage, type SlideVersion, useMySlots, useSlideVersions, versionsKey } from './speaker-api';
import './speaker.css';

/** One of my talks: upload its slides with a progress bar, and every version uploaded so far. */
export function SlotSlidesPage() {
  const { slug, slotId } = useParams<{ slug: string; slotId: string }>();
  const { t } = useTranslation('speaker');
  const me = useMe();
  const slots = useMySlots(Boolean(me.data));

  if (me.isPending) return <Loading />;
  if (!me.data) return <SignInFirst next={`/speaker/events/${slug}/slots/${slotId}`} />;
  return (
    <div className="speaker-slot-page">
      <p>
        <Link href="/speaker">← {t('slot.back')}</Link>
      </p>
      <QueryView query={slots}>
        {(list) => {
          const slot = list.find((candidate) => candidate.slotId === slotId && candidate.event.slug === slug);
          return slot ? (
            <SlotSlides slot={slot} organiser={hasRole(me.data, slug, 'organiser')} />
          ) : (
            <p className="warning" role="alert">
              {t('slot.notFound')}
            </p>
          );
        }}
      </QueryView>
    </div>
  );
}

function SlotSlides({ slot, organiser }: { slot: MySlot; organiser: boolean }) {
  return (
    <>
      <p className="speaker-event">{slot.event.name}</p>
      <h1>{slot.title}</h1>
      <SlotFacts slot={slot} />
      <UploadForm slot={slot} />
      <History slot={slot} organiser={organiser} />
      <ShareForm slot={slot} />
    </>
  );
}

function UploadForm({ slot }: { slot: MySlot }) {
  const { t } = useTranslation('speaker');
  const client = useQueryClient();
  const url = `/events/${encodeURIComponent(slot.event.slug)}/slots/${slot.slotId}/slides`;
  const upload = useFileUpload<SlideVersion>(url, () =>
    Promise.all([client.invalidateQueries({ queryKey: versionsKey(slot.slotId) }), client.invalidateQueries({ queryKey: mySlotsKey })]),
  );
  const { input, file, busy, error, progress, percent } = upload;
  return (
    <section className="card speaker-upload" aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('slot.uploadHeading')}</h2>
      <p className="speaker-muted">{t('slot.uploadIntro')}</p>
      <form onSubmit={upload.submit} noValidate>
        {error && !isFileRejection(error) ? <ErrorMessage error={error} /> : null}
        <Field label={t('slot.file')} hint={t('slot.fileHint')} error={rejectionMessage(error, t)}>
          {(props) => (
            <input
              {...props}
              ref={input}
              type="file"
              accept=".pdf,.pptx,.ppt,.key,.odp,application/pdf,application/vnd.openxmlformats-officedocument.presentationml.presentation,application/vnd.ms-powerpoint,application/vnd.oasis.opendocument.presentation"
              onChange={(event) => upload.choose(event.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <button type="submit" disabled={busy || !file}>
          {busy ? t('slot.uploading') : t('slot.upload')}
        </button>
      </form>
      {progress !== null && (
        <UploadProgress
          className="speaker-progress"
          label={t('slot.progressLabel')}
          percent={percent}
          valueText={t('slot.progress', { percent })}
          status={percent === 100 && !busy ? t('slot.complete', { percent }) : t('slot.progress', { percent })}
        />
      )}
      {upload.result && (
        <p className="notice" role="status">
          {t('slot.uploaded', { version: upload.result.version })}
        </p>
      )}
    </section>
  );
}

function History({ slot, organiser }: { slot: MySlot; organiser: boolean }) {
  const { t, i18n } = useTranslation('speaker');
  const language = i18n.language;
  const versions = useSlideVersions(slot.event.slug, slot.slotId);
  const files = useDownload();
  const zone = slot.event.timeZone;

  const download = (version: SlideVersion) => {
    const base = `/events/${encodeURIComponent(slot.event.slug)}/slots/${slot.slotId}/slides`;
    return files.download(version.current ? `${base}/current` : `${base}/versions/${version.version}`, `slides-v${version.version}.${version.extension}`);
  };

  return (
    <section className="speaker-history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('slot.historyHeading')}</h2>
      <ErrorMessage error={files.error} />
      <QueryView query={versions}>
        {(list) =>
          list.length === 0 ? (
            <p className="speaker-empty">{t('slot.historyEmpty')}</p>
          ) : (
            <>
              <div className="table-scroll">
                <table role="table">
                  <thead role="rowgroup">
                    <tr role="row">
                      <th scope="col" role="columnheader">
                        {t('slot.version')}
                      </th>
                      <th scope="col" role="columnheader">
                        {t('slot.size')}
                      </th>
                      <th scope="col" role="columnheader">
                        {t('slot.uploadedAt')}
                      </th>
                      <th scope="col" role="columnheader">
                        {t('slot.sha256')}
                      </th>
                      <th scope="col" role="columnheader">
                        <span className="visually-hidden">{t('slot.download')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody role="rowgroup">
                    {list.map((version) => (
                      <tr key={version.version} role="row">
                        <th scope="row" role="rowheader">
                          v{version.version} {version.current && <span className="badge">{t('slot.current')}</span>}
                        </th>
                        <td role="cell" data-label={t('slot.size')}>
                          {formatSize(version.size, t, language)}
                        </td>
                        <td role="cell" data-label={t('slot.uploadedAt')}>
                          {formatDateTime(version.uploadedAt, zone, language)}
                        </td>
                        <td role="cell" data-label={t('slot.sha256')}>
                          <code title={t('slot.sha256Full', { hash: version.sha256 })}>{version.sha256.slice(0, 12)}</code>
                        </td>
                        <td role="cell" className="speaker-history-action">
                          {version.current || organiser ? (
                            <button
                              type="button"
                              className="secondary"
                              onClick={() => void download(version)}
                              aria-label={t('slot.downloadVersion', { version: version.version })}
                            >
                              {t('slot.download')}
                            </button>
                          ) : (
                            <span className="speaker-muted">{t('slot.onlyCurrent')}</span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <ZoneNote zone={zoneLabel(zone, list[0].uploadedAt)} />
            </>
          )
        }
      </QueryView>
    </section>
  );
}

function ShareForm({ slot }: { slot: MySlot }) {
  const { t } = useTranslation('speaker');
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);

  const change = async (value: boolean) => {
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      await unwrap(
        api.PUT('/events/{slug}/slots/{slotId}/slides/public', { params: { path: { slug: slot.event.slug, slotId: slot.slotId } }, body: { public: value } }),
      );
      await client.invalidateQueries({ queryKey: mySlotsKey });
      setSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="speaker-share" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('slot.shareHeading')}</h2>
      <ErrorMessage error={error} />
      <label className="speaker-check">
        <input type="checkbox" checked={slot.slides.public} disabled={busy} onChange={(event) => void change(event.target.checked)} />
        {t('slot.share')}
      </label>
      {saved && (
        <p className="notice" role="status">
          {t('slot.shareSaved')}
        </p>
      )}
    </section>
  );
}
