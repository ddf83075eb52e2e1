import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Schemas } from '../api/client';
import { errorText } from '../api/error-text';
import { ErrorMessage, Field } from '../ui/components';
import { formatSize } from '../ui/format-size';
import { UploadProgress } from '../ui/upload-progress';
import { useDownload } from '../ui/use-download';
import { useFileUpload } from '../ui/use-file-upload';
import { awardKeys, type Nomination } from './award-data';

type DossierDocument = Schemas['DossierDocumentResponse'];

/** Refusals that concern the chosen file itself, shown beside the file field. */
const FILE_REFUSALS = [400, 413, 415];

/** A nomination's dossier: its documents to download and, until judging closes, a file to add (organiser). */
export function NominationDossier({ slug, roundId, nomination, closed }: { slug: string; roundId: string; nomination: Nomination; closed: boolean }) {
  const { t, i18n } = useTranslation('awards');
  const client = useQueryClient();
  const files = useDownload();
  const headingId = useId();
  const base = `/events/${encodeURIComponent(slug)}/awards/rounds/${roundId}/nominations/${nomination.id}/documents`;
  const upload = useFileUpload<DossierDocument>(base, () => client.invalidateQueries({ queryKey: awardKeys.nominations(slug, roundId) }));
  const { input, file, busy, error, progress, percent } = upload;

  const fileRefusal = error instanceof ApiError && FILE_REFUSALS.includes(error.status);
  const refusalText = (): string | undefined => (fileRefusal ? errorText(t, error) : undefined);

  return (
    <div className="awards-dossier" aria-labelledby={headingId} role="group">
      <p id={headingId} className="visually-hidden">
        {t('dossier.heading', { city: nomination.city })}
      </p>
      {nomination.documents.length === 0 ? (
        <p className="awards-empty">{t('dossier.empty')}</p>
      ) : (
        <ul className="awards-dossier-list" aria-label={t('dossier.listLabel', { city: nomination.city })}>
          {nomination.documents.map((document) => {
            const size = document.sizeBytes === null ? null : formatSize(document.sizeBytes, t, i18n.language);
            return (
              <li key={document.id}>
                <span className="awards-dossier-name">{document.filename}</span>
                {size && <span className="awards-country"> ({size})</span>}{' '}
                {document.stored ? (
                  <button
                    type="button"
                    className="secondary"
                    disabled={files.busy !== null}
                    aria-label={t('dossier.downloadLabel', { file: document.filename })}
                    onClick={() => files.download(`${base}/${document.id}`, document.filename, document.id)}
                  >
                    {files.busy === document.id ? t('dossier.preparing') : t('dossier.download')}
                  </button>
                ) : (
                  <span className="awards-country">{t('dossier.notStored')}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ErrorMessage error={files.error} />
      {closed ? (
        <p className="awards-empty">{t('dossier.closed')}</p>
      ) : (
        <form onSubmit={upload.submit} noValidate className="awards-dossier-form">
          {error && !fileRefusal ? <ErrorMessage error={error} /> : null}
          <Field label={t('dossier.file', { city: nomination.city })} hint={t('dossier.fileHint')} error={refusalText()}>
            {(props) => (
              <input
                {...props}
                ref={input}
                type="file"
                accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
                onChange={(event) => upload.choose(event.target.files?.[0] ?? null)}
              />
            )}
          </Field>
          <button type="submit" disabled={busy || !file}>
            {busy ? t('dossier.uploading') : t('dossier.upload')}
          </button>
          {progress !== null && (
            <UploadProgress
              className="awards-dossier-progress"
              label={t('dossier.progressLabel', { city: nomination.city })}
              percent={percent}
              valueText={t('dossier.progress', { percent })}
              status={t('dossier.progress', { percent })}
            />
          )}
          {upload.result && (
            <p className="notice" role="status">
              {t('dossier.uploaded', { file: upload.result.filename })}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
