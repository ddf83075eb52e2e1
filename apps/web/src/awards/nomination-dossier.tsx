import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Schemas, uploadWithProgress } from '../api/client';
import { ErrorMessage, Field } from '../ui/components';
import { useDownload } from '../ui/use-download';
import { awardKeys, type Nomination } from './award-data';

type DossierDocument = Schemas['DossierDocumentResponse'];

/** Refusals that concern the chosen file itself, shown beside the file field. */
const FILE_REFUSALS = [400, 413, 415];

function formatSize(bytes: number | null, language: string): string | null {
  if (bytes === null) return null;
  const format = (value: number, unit: 'kilobyte' | 'megabyte' | 'byte') => new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return format(bytes, 'byte');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'kilobyte');
  return format(bytes / (1024 * 1024), 'megabyte');
}

/** A nomination's dossier: its documents to download and, until judging closes, a file to add (organiser). */
export function NominationDossier({ slug, roundId, nomination, closed }: { slug: string; roundId: string; nomination: Nomination; closed: boolean }) {
  const { t, i18n } = useTranslation('awards');
  const client = useQueryClient();
  const files = useDownload();
  const input = useRef<HTMLInputElement>(null);
  const progressId = useId();
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [uploaded, setUploaded] = useState<string | null>(null);
  const base = `/events/${encodeURIComponent(slug)}/awards/rounds/${roundId}/nominations/${nomination.id}/documents`;

  const fileRefusal = error instanceof ApiError && FILE_REFUSALS.includes(error.status);
  const refusalText = (): string | undefined => {
    if (!(error instanceof ApiError) || !fileRefusal) return undefined;
    if (error.status === 415) return t('dossier.wrongType');
    if (error.status === 413) return t('dossier.tooLarge');
    return error.message;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setUploaded(null);
    setProgress(0);
    try {
      const form = new FormData();
      form.append('file', file);
      const document = await uploadWithProgress<DossierDocument>(base, form, (fraction) => setProgress(fraction));
      setProgress(1);
      setUploaded(document.filename);
      setFile(null);
      if (input.current) input.current.value = '';
      await client.invalidateQueries({ queryKey: awardKeys.nominations(slug, roundId) });
    } catch (failure) {
      setProgress(null);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const percent = progress === null ? 0 : Math.round(progress * 100);
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
            const size = formatSize(document.sizeBytes, i18n.language);
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
        <form onSubmit={submit} noValidate className="awards-dossier-form">
          {error && !fileRefusal ? <ErrorMessage error={error} /> : null}
          <Field label={t('dossier.file', { city: nomination.city })} hint={t('dossier.fileHint')} error={refusalText()}>
            {(props) => (
              <input
                {...props}
                ref={input}
                type="file"
                accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
                onChange={(event) => {
                  setError(undefined);
                  setUploaded(null);
                  setProgress(null);
                  setFile(event.target.files?.[0] ?? null);
                }}
              />
            )}
          </Field>
          <button type="submit" disabled={busy || !file}>
            {busy ? t('dossier.uploading') : t('dossier.upload')}
          </button>
          {progress !== null && (
            <div className="awards-dossier-progress">
              <label htmlFor={progressId}>{t('dossier.progressLabel', { city: nomination.city })}</label>
              <progress id={progressId} max={100} value={percent} aria-valuetext={t('dossier.progress', { percent })}>
                {percent}%
              </progress>
              <p aria-live="polite">{t('dossier.progress', { percent })}</p>
            </div>
          )}
          {uploaded !== null && (
            <p className="notice" role="status">
              {t('dossier.uploaded', { file: uploaded })}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
