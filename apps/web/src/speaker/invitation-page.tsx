import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { api, ApiError, type ApiErrorCode, tokenStore, unwrap } from '../api/client';
import { useMe } from '../auth/session';
import { ErrorMessage, Field, fieldErrors, Loading, ZoneNote } from '../ui/components';
import { useEventDetails } from '../ui/event-query';
import { formatDateTime, zoneLabel } from '../ui/time';
import { type InvitationView, mySlotsKey, timeRange, unavailabilityKey } from './speaker-api';
import './speaker.css';
import { NewPasswordInput } from '../ui/new-password-input';
import { timesOf, type UnavailableRow, UnavailableTimeRows } from './unavailable-times';

const WELCOME = '/speaker?accepted=1';
const TIME_REFUSALS: readonly ApiErrorCode[] = ['ENDS_BEFORE_START', 'UNAVAILABLE_TIMES_OVERLAP', 'INVALID_DATE_TIME', 'TIME_SKIPPED_BY_DST'];

/** A refusal of one of the unavailable times, shown next to them rather than above the form. */
const aboutTimes = (error: unknown) =>
  error instanceof ApiError &&
  ((!!error.code && TIME_REFUSALS.includes(error.code)) || Object.keys(error.fields).some((field) => field.startsWith('unavailableTimes')));

/** The page behind the emailed link: who invites whom to which talks; accept (with a new password if needed) or decline. */
export function InvitationPage() {
  const { slug, token } = useParams<{ slug: string; token: string }>();
  const { t, i18n } = useTranslation('speaker');
  const language = i18n.language;
  const invitation = useQuery({
    queryKey: ['speaker', 'invitation', slug, token, language],
    queryFn: () => unwrap(api.GET('/events/{slug}/speaker-invitations/{token}', { params: { path: { slug, token }, query: { language } } })),
    staleTime: Infinity,
  });
  // The event's name in the page's language, as the event's own pages give it.
  const event = useEventDetails(slug, { enabled: invitation.isSuccess });
  const [declined, setDeclined] = useState(false);

  let body;
  if (declined) {
    body = (
      <p className="notice" role="status">
        {t('invitation.declined')}
      </p>
    );
  } else if (invitation.isPending || (invitation.isSuccess && event.isPending)) {
    body = <Loading />;
  } else if (invitation.error) {
    body = <LinkProblem error={invitation.error} />;
  } else if (event.error) {
    body = <ErrorMessage error={event.error} />;
  } else {
    body = (
      <Offer
        slug={slug}
        token={token}
        invitation={invitation.data!}
        eventName={event.data!.name}
        organiser={event.data!.organiser}
        timeZone={event.data!.timeZone}
        onDeclined={() => setDeclined(true)}
      />
    );
  }
  return (
    <section className="narrow speaker-invitation">
      <h1>{t('invitation.title')}</h1>
      {body}
    </section>
  );
}

/** 404 (not a link of ours) and 410 (answered or expired) said plainly, with a way on. */
function LinkProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('speaker');
  if (!(error instanceof ApiError) || ![400, 404, 410].includes(error.status)) return <ErrorMessage error={error} />;
  const message =
    error.code === 'INVITATION_EXPIRED' ? t('invitation.goneExpired') : error.code === 'INVITATION_USED' ? t('invitation.goneUsed') : t('invitation.notFound');
  return (
    <>
      <div className="warning" role="alert">
        {message}
      </div>
      {error.status === 410 && (
        <p className="actions">
          <Link href="/speaker" className="button">
            {t('invitation.goToTalks')}
          </Link>
        </p>
      )}
    </>
  );
}

function Offer({
  slug,
  token,
  invitation,
  eventName,
  organiser,
  timeZone,
  onDeclined,
}: {
  slug: string;
  token: string;
  invitation: InvitationView;
  eventName: string;
  organiser: string;
  timeZone: string;
  onDeclined: () => void;
}) {
  const { t, i18n } = useTranslation('speaker');
  const language = i18n.language;
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const me = useMe().data;
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState<'accept' | 'decline' | null>(null);
  const [confirmDecline, setConfirmDecline] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unavailable, setUnavailable] = useState<UnavailableRow[]>([]);

  const accept = async (submitted: FormEvent) => {
    submitted.preventDefault();
    setBusy('accept');
    setError(undefined);
    try {
      // One request: the acceptance and the times are saved together or not at all.
      const times = timesOf(unavailable);
      const body = { ...(invitation.accountExists ? {} : { password }), ...(times.length ? { unavailableTimes: times } : {}) };
      await unwrap(api.POST('/events/{slug}/speaker-invitations/{token}/accept', { params: { path: { slug, token } }, body }));
      // The API answers without a token: a new account signs in with the password just chosen;
      // someone already signed in as the invited person carries on; anyone else signs in first.
      if (!invitation.accountExists) {
        const session = await unwrap(api.POST('/auth/login', { body: { email: invitation.email, password } }));
        tokenStore.set(session.accessToken);
      } else if (!me || me.email.toLowerCase() !== invitation.email.toLowerCase()) {
        if (me) tokenStore.set(null);
        client.clear();
        navigate(`/login?next=${encodeURIComponent(WELCOME)}`);
        return;
      }
      // Not every query: this page's own one would ask again and get the link's 410.
      await client.invalidateQueries({ queryKey: ['me'] });
      client.removeQueries({ queryKey: mySlotsKey });
      client.removeQueries({ queryKey: unavailabilityKey(slug) });
      navigate(WELCOME);
    } catch (failure) {
      setError(failure);
      setBusy(null);
    }
  };

  const decline = async () => {
    setBusy('decline');
    setError(undefined);
    try {
      await unwrap(api.POST('/events/{slug}/speaker-invitations/{token}/decline', { params: { path: { slug, token } } }));
      onDeclined();
    } catch (failure) {
      setError(failure);
      setBusy(null);
    }
  };

  const errors = fieldErrors(error);
  const timesRefused = aboutTimes(error);
  const gone = error instanceof ApiError && error.status === 410;
  const firstStart = invitation.slots[0]?.start;
  return (
    <>
      <p className="speaker-lead">
        {organiser
          ? t('invitation.lead', { organiser, name: invitation.name, event: eventName })
          : t('invitation.leadNoOrganiser', { name: invitation.name, event: eventName })}
      </p>
      <p className="speaker-muted">{t('invitation.sentTo', { email: invitation.email })}</p>

      <h2>{t('invitation.slotsHeading')}</h2>
      <ul className="card-list">
        {invitation.slots.map((slot) => (
          <li key={slot.id} className="card">
            <strong>{slot.title}</strong>
            <br />
            <span>{timeRange(slot.start, slot.end, timeZone, language)}</span>
          </li>
        ))}
      </ul>
      <ZoneNote zone={zoneLabel(timeZone, firstStart)} />
      <p>{t('invitation.expires', { time: `${formatDateTime(invitation.expiresAt, timeZone, language)} (${zoneLabel(timeZone, invitation.expiresAt)})` })}</p>

      {gone ? (
        <LinkProblem error={error} />
      ) : (
        <form onSubmit={accept} noValidate>
          <ErrorMessage error={error && !errors.password && !timesRefused ? error : undefined} />
          {invitation.accountExists ? (
            <p>{t('invitation.existingAccount', { email: invitation.email })}</p>
          ) : (
            <>
              <p>{t('invitation.passwordIntro', { email: invitation.email })}</p>
              {/* Lets password managers file the new password under the right account. */}
              <input type="email" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
              <Field label={t('invitation.password')} hint={t('invitation.passwordHint')} error={errors.password} required>
                {(props) => <NewPasswordInput {...props} value={password} onChange={setPassword} />}
              </Field>
            </>
          )}
          <fieldset className="speaker-unavailable">
            <legend>{t('invitation.unavailableHeading')}</legend>
            {invitation.accountExists && <p className="hint">{t('invitation.unavailableKept')}</p>}
            <UnavailableTimeRows
              zone={timeZone}
              rows={unavailable}
              onChange={(rows) => {
                if (timesRefused) setError(undefined);
                setUnavailable(rows);
              }}
            />
            {timesRefused && <ErrorMessage error={error} />}
          </fieldset>
          <div className="actions">
            <button type="submit" disabled={busy !== null}>
              {busy === 'accept' ? t('invitation.accepting') : t('invitation.accept')}
            </button>
            {!confirmDecline && (
              <button type="button" className="secondary" disabled={busy !== null} onClick={() => setConfirmDecline(true)}>
                {t('invitation.decline')}
              </button>
            )}
          </div>
          {confirmDecline && (
            <div className="warning speaker-confirm" role="group" aria-labelledby="decline-question">
              <p id="decline-question">{t('invitation.declineConfirm')}</p>
              <div className="actions">
                <button type="button" className="danger" disabled={busy !== null} onClick={decline}>
                  {busy === 'decline' ? t('invitation.declining') : t('invitation.declineYes')}
                </button>
                <button type="button" className="secondary" disabled={busy !== null} onClick={() => setConfirmDecline(false)}>
                  {t('invitation.declineNo')}
                </button>
              </div>
            </div>
          )}
        </form>
      )}
    </>
  );
}
