import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { api, unwrap } from '../api/client';
import { ErrorMessage, Field, fieldErrors } from '../ui/components';

export function ForgotPasswordPage() {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [sentTo, setSentTo] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(api.POST('/auth/password-reset', { body: { email } }));
      setSentTo(email);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t('forgot.title')}</h1>
      {sentTo ? (
        <p className="notice" role="status">
          {t('forgot.sent', { email: sentTo })}
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>{t('forgot.intro')}</p>
          <ErrorMessage error={error} />
          <Field label={t('forgot.email')} error={fieldErrors(error).email} required>
            {(props) => <input {...props} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <button type="submit" disabled={busy}>
            {t('forgot.submit')}
          </button>
        </form>
      )}
      <p>
        <Link href="/login">{t('forgot.back')}</Link>
      </p>
    </section>
  );
}
