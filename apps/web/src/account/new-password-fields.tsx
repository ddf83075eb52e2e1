import { useTranslation } from 'react-i18next';
import { Field } from '../ui/components';

/** A new password typed twice; after a submit that found them different, says so until they match. */
export function NewPasswordFields({
  labels,
  value,
  repeat,
  onChange,
  onRepeat,
  errors,
  mismatch,
}: {
  labels: { password: string; repeat: string };
  value: string;
  repeat: string;
  onChange: (value: string) => void;
  onRepeat: (value: string) => void;
  errors?: string[];
  mismatch: boolean;
}) {
  const { t } = useTranslation('account');
  return (
    <>
      <Field label={labels.password} hint={t('reset.hint')} error={errors} required>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            minLength={8}
            maxLength={128}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </Field>
      <Field label={labels.repeat} error={mismatch && value !== repeat ? t('reset.mismatch') : undefined} required>
        {(props) => <input {...props} type="password" autoComplete="new-password" value={repeat} onChange={(e) => onRepeat(e.target.value)} />}
      </Field>
    </>
  );
}
