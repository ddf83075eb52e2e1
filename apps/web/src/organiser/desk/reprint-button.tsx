import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../api/client';
import { ErrorMessage } from '../../ui/components';

/** A delegate at the desk without their badge: the same badge printed again, each reprint recorded by the api. */
export function ReprintButton({ slug, badgeCode, desk }: { slug: string; badgeCode: string; desk?: string }) {
  const { t } = useTranslation('organiser');
  const [busy, setBusy] = useState(false);
  const [count, setCount] = useState<number>();
  const [error, setError] = useState<unknown>();
  const print = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const response = await downloadFile(`/events/${encodeURIComponent(slug)}/check-ins/reprint`, `badge-${badgeCode}.pdf`, { badgeCode, desk });
      setCount(Number(response.headers.get('x-badge-reprints')) || 1);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="actions">
      <button type="button" className="secondary" disabled={busy} onClick={() => void print()}>
        {t('desk.reprint')}
      </button>
      {count !== undefined && <span role="status">{t('desk.reprinted', { count })}</span>}
      <ErrorMessage error={error} />
    </div>
  );
}
