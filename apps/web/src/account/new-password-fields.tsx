import { useTranslation } from 'react-i18next';
import { Field } from '../ui/components';
import { NewPasswordInput } from '../ui/new-password-input';

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
        {(props) => <NewPasswordInput {...props} value={value} onChange={onChange} />}
      </Field>
      <Field label={labels.repeat} error={mismatch && value !== repeat ? t('reset.mismatch') : undefined} required>
        {(props) => <input {...props} type="password" autoComplete="new-password" value={repeat} onChange={(e) => onRepeat(e.target.value)} />}
      </Field>
    </>
  );
}
