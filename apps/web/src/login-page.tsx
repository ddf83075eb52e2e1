import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'wouter';
import { api, ApiError, unwrap } from './api/client';
import { startSignedIn } from './auth/session';
import { ErrorMessage, Field, fieldErrors } from './ui/components';

export function LoginPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const session = await unwrap(api.POST('/auth/login', { body: { email, password } }));
      await startSignedIn(session.accessToken);
      // Only same-site paths, so a crafted link cannot send someone elsewhere after signing in.
      const next = params.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/');
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status === 401 ? new ApiError(401, t('signIn.failed')) : failure);
    } finally {
      setBusy(false);
    }
  };

  const errors = fieldErrors(error);
  // Where the person came from: a new password, or signing out everywhere.
  const notice = { 'password-changed': t('signIn.passwordChanged'), 'signed-out-everywhere': t('signIn.signedOutEverywhere') }[params.get('notice') ?? ''];
  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <ErrorMessage error={error} />
        <Field label={t('signIn.email')} error={errors.email} required>
          {(props) => <input {...props} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t('signIn.password')} error={errors.password} required>
          {(props) => <input {...props} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link href={`/forgot-password${email ? `?email=${encodeURIComponent(email)}` : ''}`}>{t('signIn.forgot')}</Link>
      </p>
    </section>
  );
}
