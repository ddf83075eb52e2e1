import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'wouter';
import { api, ApiError, unwrap } from '../api/client';
import { ErrorMessage, fieldErrors } from '../ui/components';
import { NewPasswordFields } from './new-password-fields';

export function ResetPasswordPage() {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const token = params.get('token');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMismatch(password !== repeat);
    if (password !== repeat || !token) return;
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(api.POST('/auth/password-reset/confirm', { body: { token, password } }));
      navigate('/login?notice=password-changed');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  // A link that no longer works leads straight to asking for a new one.
  const linkDead = error instanceof ApiError && (error.status === 404 || error.status === 410);
  return (
    <section className="narrow">
      <h1>{t('reset.title')}</h1>
      {token ? (
        <form onSubmit={submit} noValidate>
          <ErrorMessage error={error} />
          <NewPasswordFields
            labels={{ password: t('reset.password'), repeat: t('reset.repeat') }}
            value={password}
            repeat={repeat}
            onChange={setPassword}
            onRepeat={setRepeat}
            errors={fieldErrors(error).password}
            mismatch={mismatch}
          />
          <button type="submit" disabled={busy}>
            {t('reset.submit')}
          </button>
        </form>
      ) : (
        <p className="warning">{t('reset.noToken')}</p>
      )}
      {(!token || linkDead) && (
        <p>
          <Link href="/forgot-password" className="button">
            {t('reset.askAgain')}
          </Link>
        </p>
      )}
    </section>
  );
}
