import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { ErrorMessage } from '../ui/components';
import { useDownload } from '../ui/use-download';

/** The delegate's rights over their data, from the private link: a copy as JSON, and erasure of what is sensitive. */
export function DataProtectionCard({ token }: { token: string }) {
  const { t } = useTranslation('protocol');
  const client = useQueryClient();
  const files = useDownload();
  const [asking, setAsking] = useState(false);
  const erase = useMutation({
    mutationFn: () => unwrap(api.POST('/registrations/manage/{token}/erase', { params: { path: { token } } })),
    onSuccess: () => {
      setAsking(false);
      void client.invalidateQueries({ queryKey: ['manage', token] });
    },
  });
  const url = `${window.location.origin}/registrations/manage/${encodeURIComponent(token)}/my-data.json`;
  return (
    <section className="card" aria-labelledby="my-data-title">
      <h2 id="my-data-title">{t('dataTitle')}</h2>
      <p>{t('dataHint')}</p>
      {erase.isSuccess && (
        <p className="notice" role="status">
          {t('erased')}
        </p>
      )}
      {asking ? (
        <div className="confirm-box" role="alertdialog" aria-labelledby="erase-confirm">
          <p id="erase-confirm">
            <strong>{t('eraseConfirm')}</strong>
          </p>
          <ErrorMessage error={erase.error} />
          <div className="actions">
            <button type="button" className="danger" disabled={erase.isPending} onClick={() => erase.mutate()}>
              {t('eraseYes')}
            </button>
            <button type="button" className="secondary" disabled={erase.isPending} onClick={() => setAsking(false)} autoFocus>
              {t('eraseNo')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="secondary" disabled={files.busy !== null} onClick={() => void files.download(url, 'my-data.json')}>
            {t('download')}
          </button>
          <button type="button" className="secondary" onClick={() => setAsking(true)}>
            {t('erase')}
          </button>
        </div>
      )}
      <ErrorMessage error={files.error} />
    </section>
  );
}
