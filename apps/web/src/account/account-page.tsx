import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { api, tokenStore, unwrap } from '../api/client';
import { useMe } from '../auth/session';
import { SignInNeeded } from '../ui/access';
import { ErrorMessage, Field, fieldErrors, Loading } from '../ui/components';
import { NewPasswordFields } from './new-password-fields';

export function AccountPage() {
  const { t } = useTranslation('account');
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!me.data) return <SignInNeeded title={t('account.title')} text={t('account.signInText')} signIn={t('account.signIn')} />;
  return (
    <section className="narrow">
      <h1>{t('account.title')}</h1>
      <p>{t('account.signedInAs', { name: me.data.displayName, email: me.data.email })}</p>
      <ChangePassword />
      <SignOutEverywhere />
    </section>
  );
}

function ChangePassword() {
  const { t } = useTranslation('account');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMismatch(next !== repeat);
    setDone(false);
    if (next !== repeat) return;
    setBusy(true);
    setError(undefined);
    try {
      const session = await unwrap(api.POST('/auth/password', { body: { currentPassword: current, newPassword: next } }));
      // Every earlier token stopped working: this page goes on with the new one.
      tokenStore.set(session.accessToken);
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const errors = fieldErrors(error);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-password">
      <h2 id="change-password">{t('account.change.title')}</h2>
      {done && (
        <p className="notice" role="status">
          {t('account.change.done')}
        </p>
      )}
      <ErrorMessage error={error} />
      <Field label={t('account.change.current')} error={errors.currentPassword} required>
        {(props) => <input {...props} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />}
      </Field>
      <NewPasswordFields
        labels={{ password: t('account.change.next'), repeat: t('account.change.repeat') }}
        value={next}
        repeat={repeat}
        onChange={setNext}
        onRepeat={setRepeat}
        errors={errors.newPassword}
        mismatch={mismatch}
      />
      <button type="submit" disabled={busy}>
        {t('account.change.submit')}
      </button>
    </form>
  );
}

function SignOutEverywhere() {
  const { t } = useTranslation('account');
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const signOut = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(api.POST('/auth/logout-everywhere'));
      tokenStore.set(null);
      client.clear();
      navigate('/login?notice=signed-out-everywhere');
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="sign-out-everywhere">
      <h2 id="sign-out-everywhere">{t('account.everywhere.title')}</h2>
      <p>{t('account.everywhere.text')}</p>
      <ErrorMessage error={error} />
      <button type="button" onClick={() => void signOut()} disabled={busy}>
        {t('account.everywhere.submit')}
      </button>
    </section>
  );
}
