import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { api, ApiError, type Schemas, unwrap } from '../api/client';
import { startSignedIn, useMe } from '../auth/session';
import { ErrorMessage, Field, fieldErrors, Loading } from '../ui/components';
import { useRefusals } from '../organiser/settings/refusals';
import { useEventDetails } from '../ui/event-query';
import { formatDateTime, zoneLabel } from '../ui/time';
import type { InvitableRole } from './people-api';
import { NewPasswordInput } from '../ui/new-password-input';

type Offer = Schemas['RoleInvitationViewResponse'];

/** Where each role's work begins, once the invitation is accepted. */
function landing(slug: string, role: InvitableRole): string {
  const event = `/organiser/events/${slug}`;
  return { organiser: event, staff: `${event}/check-in`, speaker: '/speaker', juror: '/jury', representative: `${event}/awards/nominate` }[role];
}

/** The page behind the emailed link: which role on which event; accept with a new account or the existing one. */
export function RoleInvitationPage() {
  const { slug, token } = useParams<{ slug: string; token: string }>();
  const { t } = useTranslation('people');
  const offer = useQuery({
    queryKey: ['people', 'invitation', slug, token],
    queryFn: () => unwrap(api.GET('/events/{slug}/invitations/{token}', { params: { path: { slug, token } } })),
    staleTime: Infinity,
  });
  let body;
  if (offer.isPending) body = <Loading />;
  else if (offer.error) body = <LinkProblem error={offer.error} />;
  else body = <Acceptance slug={slug} token={token} offer={offer.data} />;
  return (
    <section className="narrow">
      <h1>{t('invitation.title')}</h1>
      {body}
    </section>
  );
}

function LinkProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('people');
  return (
    <>
      <ErrorMessage error={error} />
      {error instanceof ApiError && error.status === 410 && (
        <p className="actions">
          <Link href="/login" className="button">
            {t('invitation.signIn')}
          </Link>
        </p>
      )}
    </>
  );
}

function Acceptance({ slug, token, offer }: { slug: string; token: string; offer: Offer }) {
  const { t, i18n } = useTranslation('people');
  const [, navigate] = useLocation();
  const me = useMe();
  const event = useEventDetails(slug);
  const [displayName, setDisplayName] = useState(offer.name);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const refusals = useRefusals(error);
  if (me.isPending || event.isPending) return <Loading />;
  const signedInAsInvitee = me.data?.email.toLowerCase() === offer.email;

  const accept = async (submitted: FormEvent) => {
    submitted.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = offer.accountExists ? (signedInAsInvitee ? {} : { password }) : { displayName, password };
      const accepted = await unwrap(api.POST('/events/{slug}/invitations/{token}/accept', { params: { path: { slug, token } }, body }));
      // Away first: signing in refreshes every query on screen, and this page's own would get the used link's 410.
      navigate(landing(slug, accepted.role));
      await startSignedIn(accepted.accessToken);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const missing = error instanceof ApiError && error.code === 'ACCOUNT_DETAILS_REQUIRED';
  const errors = missing ? Object.fromEntries(Object.keys(fieldErrors(error)).map((field) => [field, t('invitation.required')])) : refusals.fields;
  const gone = error instanceof ApiError && error.status === 410;
  const zone = event.data?.timeZone ?? 'UTC';
  const role = t(`roles.${offer.role}`);
  return (
    <>
      <p className="lead">
        {offer.city ? t('invitation.leadCity', { event: offer.eventName, role, city: offer.city }) : t('invitation.lead', { event: offer.eventName, role })}
      </p>
      <p className="hint">{t('invitation.sentTo', { email: offer.email })}</p>
      <p>{t('invitation.expires', { time: `${formatDateTime(offer.expiresAt, zone, i18n.language)} (${zoneLabel(zone, offer.expiresAt)})` })}</p>
      {gone ? (
        <LinkProblem error={error} />
      ) : (
        <form onSubmit={accept} noValidate>
          <ErrorMessage error={refusals.general} />
          {/* Lets password managers file the password under the right account. */}
          <input type="email" name="username" autoComplete="username" value={offer.email} readOnly hidden />
          {offer.accountExists ? (
            <>
              <p>{signedInAsInvitee ? t('invitation.signedInAs', { email: offer.email }) : t('invitation.existingAccount', { email: offer.email })}</p>
              {!signedInAsInvitee && (
                <Field label={t('invitation.yourPassword')} error={errors.password} required>
                  {(props) => (
                    <input {...props} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
                  )}
                </Field>
              )}
            </>
          ) : (
            <>
              <p>{t('invitation.newAccount')}</p>
              <Field label={t('invitation.displayName')} error={errors.displayName} required>
                {(props) => <input {...props} autoComplete="name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
              </Field>
              <Field label={t('invitation.password')} hint={t('invitation.passwordHint')} error={errors.password} required>
                {(props) => <NewPasswordInput {...props} value={password} onChange={setPassword} />}
              </Field>
            </>
          )}
          <div className="actions">
            <button type="submit" disabled={busy}>
              {busy ? t('invitation.accepting') : t('invitation.accept')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
