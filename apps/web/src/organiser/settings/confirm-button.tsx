import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A button that asks once more, in the page itself, before an action that cannot be undone. */
export function ConfirmButton({ label, question, busy, onConfirm }: { label: string; question: string; busy?: boolean; onConfirm: () => void }) {
  const { t } = useTranslation('settings');
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('confirm.yes')}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        {t('confirm.no')}
      </button>
    </span>
  );
}
