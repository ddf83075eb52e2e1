import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { api, unwrap } from '../api/client';
import { type OrganiserEvent, OrganiserPage } from '../organiser/organiser-shell';
import { ErrorMessage, Field, fieldErrors, QueryView } from '../ui/components';
import { useRefusals } from '../organiser/settings/refusals';
import { countryName } from '../ui/countries';
import { formatDateTime, zoneLabel } from '../ui/time';
import { INVITABLE_ROLES, type InvitableRole, type PendingInvitation, type Person, peopleKey, useCities, usePeople, useRounds } from './people-api';
import './people.css';
import { shippedLanguage } from '../i18n';
import { LanguageOptions } from '../ui/language-options';

function InviteForm({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('people');
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<InvitableRole>('staff');
  const [cityId, setCityId] = useState('');
  const [language, setLanguage] = useState<string>(shippedLanguage(i18n.language));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [sent, setSent] = useState<string>();
  const cities = useCities(slug, role === 'representative');

  const submit = async (submitted: FormEvent) => {
    submitted.preventDefault();
    setBusy(true);
    setError(undefined);
    setSent(undefined);
    try {
      const body = { email, role, language, ...(name.trim() ? { name } : {}), ...(role === 'representative' ? { cityId } : {}) };
      const created = await unwrap(api.POST('/events/{slug}/invitations', { params: { path: { slug } }, body }));
      setSent(created.email);
      setEmail('');
      setName('');
      await client.invalidateQueries({ queryKey: peopleKey(slug) });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const { fields: errors, general } = useRefusals(error);
  return (
    <form onSubmit={submit} noValidate className="card people-invite" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('people.inviteTitle')}</h2>
      <ErrorMessage error={general} />
      {sent && (
        <p className="notice" role="status">
          {t('people.invited', { email: sent })}
        </p>
      )}
      <div className="people-fields">
        <Field label={t('people.email')} error={errors.email} required>
          {(props) => <input {...props} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t('people.name')} hint={t('people.nameHint')} error={errors.name}>
          {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('people.role')} error={errors.role} required>
          {(props) => (
            <select {...props} value={role} onChange={(e) => setRole(e.target.value as InvitableRole)}>
              {INVITABLE_ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(`roles.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {role === 'representative' && (
          <Field label={t('people.city')} error={errors.cityId} hint={cities.data?.length === 0 ? t('people.noCities') : undefined} required>
            {(props) => (
              <select {...props} value={cityId} onChange={(e) => setCityId(e.target.value)}>
                <option value="">{t('people.chooseCity')}</option>
                {(cities.data ?? []).map((city) => (
                  <option key={city.id} value={city.id}>
                    {city.name} ({countryName(city.country, i18n.language)})
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('people.language')} error={errors.language}>
          {(props) => (
            <select {...props} value={language} onChange={(e) => setLanguage(e.target.value)}>
              <LanguageOptions />
            </select>
          )}
        </Field>
      </div>
      {role === 'representative' && cities.data?.length === 0 && (
        <p className="hint">
          <Link href={`/organiser/events/${slug}/awards/cities`}>{t('people.addCities')}</Link>
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('people.inviting') : t('people.invite')}
        </button>
      </div>
    </form>
  );
}

/** Says what happened above the list: a resent or withdrawn invitation's row itself goes away. */
function PendingRow({
  slug,
  invitation,
  event,
  onDone,
}: {
  slug: string;
  invitation: PendingInvitation;
  event: OrganiserEvent;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation('people');
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const act = async (call: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await call();
      onDone(message);
      await client.invalidateQueries({ queryKey: peopleKey(slug) });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  const path = { slug, id: invitation.id };
  const expired = new Date(invitation.expiresAt).getTime() <= Date.now();
  const time = `${formatDateTime(invitation.expiresAt, event.timeZone, i18n.language)} (${zoneLabel(event.timeZone, invitation.expiresAt)})`;
  return (
    <li className="card people-pending">
      <p>
        <strong>{invitation.name || invitation.email}</strong>
        {invitation.name && <span className="person-detail"> {invitation.email}</span>}
        <br />
        <span className="badge">{t(`roles.${invitation.role}`)}</span>
        {invitation.city && ` · ${invitation.city}`} ·{' '}
        <span className={expired ? 'people-expired' : undefined}>{t(expired ? 'people.expired' : 'people.expires', { time })}</span>
      </p>
      <ErrorMessage error={error} />
      {confirming ? (
        <div className="warning" role="group" aria-labelledby={`revoke-${invitation.id}`}>
          <p id={`revoke-${invitation.id}`}>{t('people.revokeConfirm', { email: invitation.email })}</p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() =>
                act(() => unwrap(api.DELETE('/events/{slug}/invitations/{id}', { params: { path } })), t('people.revoked', { email: invitation.email }))
              }
            >
              {t('people.revokeYes')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setConfirming(false)}>
              {t('people.keep')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() =>
              act(() => unwrap(api.POST('/events/{slug}/invitations/{id}/resend', { params: { path } })), t('people.resent', { email: invitation.email }))
            }
          >
            {t('people.resend')}
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={() => setConfirming(true)}>
            {t('people.revoke')}
          </button>
        </div>
      )}
    </li>
  );
}

/** Links a representative to one more registry city, through the awards API. */
function AddCity({ slug, person }: { slug: string; person: Person }) {
  const { t, i18n } = useTranslation('people');
  const client = useQueryClient();
  const cities = useCities(slug, true);
  const [cityId, setCityId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const free = (cities.data ?? []).filter((city) => !person.cities.some((held) => held.id === city.id));
  if (free.length === 0) return null;
  const link = async (submitted: FormEvent) => {
    submitted.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(api.POST('/events/{slug}/awards/cities/{cityId}/representatives', { params: { path: { slug, cityId } }, body: { userId: person.userId } }));
      setCityId('');
      await client.invalidateQueries({ queryKey: peopleKey(slug) });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={link}>
      <ErrorMessage error={error} />
      <div className="people-inline">
        <Field label={t('people.addCityFor', { name: person.displayName })}>
          {(props) => (
            <select {...props} value={cityId} onChange={(e) => setCityId(e.target.value)}>
              <option value="">{t('people.chooseCity')}</option>
              {free.map((city) => (
                <option key={city.id} value={city.id}>
                  {city.name} ({countryName(city.country, i18n.language)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="secondary" disabled={busy || !cityId}>
          {t('people.link')}
        </button>
      </div>
    </form>
  );
}

/** Puts a juror on one round's jury, through the awards API (the jury page shows the rest). */
function AddToJury({ slug, person }: { slug: string; person: Person }) {
  const { t } = useTranslation('people');
  const client = useQueryClient();
  const rounds = useRounds(slug);
  const [roundId, setRoundId] = useState('');
  const [country, setCountry] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [added, setAdded] = useState<string>();
  if (!rounds.data?.length) {
    return (
      <p>
        <Link href={`/organiser/events/${slug}/awards`}>{t('people.noRounds')}</Link>
      </p>
    );
  }
  const add = async (submitted: FormEvent) => {
    submitted.preventDefault();
    setBusy(true);
    setError(undefined);
    setAdded(undefined);
    try {
      await unwrap(
        api.POST('/events/{slug}/awards/rounds/{roundId}/jurors', {
          params: { path: { slug, roundId } },
          body: { userId: person.userId, country: country.trim().toUpperCase() },
        }),
      );
      setAdded(rounds.data.find((round) => round.id === roundId)?.name);
      await client.invalidateQueries({ queryKey: ['awards', slug, 'rounds', roundId, 'jurors'] });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const errors = fieldErrors(error);
  return (
    <form onSubmit={add} noValidate>
      <ErrorMessage error={error && !errors.country ? error : undefined} />
      {added && (
        <p className="notice" role="status">
          {t('people.onJury', { name: person.displayName, round: added })}
        </p>
      )}
      <div className="people-inline">
        <Field label={t('people.juryRound', { name: person.displayName })}>
          {(props) => (
            <select {...props} value={roundId} onChange={(e) => setRoundId(e.target.value)}>
              <option value="">{t('people.chooseRound')}</option>
              {rounds.data.map((round) => (
                <option key={round.id} value={round.id}>
                  {round.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('people.jurorCountry')} error={errors.country}>
          {(props) => (
            <input
              {...props}
              className="people-country"
              value={country}
              maxLength={2}
              autoCapitalize="characters"
              onChange={(e) => setCountry(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="secondary" disabled={busy || !roundId}>
          {t('people.addToJury')}
        </button>
      </div>
      <p className="hint">{t('people.jurorCountryHint')}</p>
    </form>
  );
}

function PersonRow({ slug, person }: { slug: string; person: Person }) {
  const { t, i18n } = useTranslation('people');
  const represents = person.roles.includes('representative');
  return (
    <li className="card people-person">
      <p>
        <strong>{person.displayName}</strong> <span className="person-detail">{person.email}</span>
      </p>
      <ul className="people-roles" aria-label={t('people.rolesHeading')}>
        {person.roles.map((role) => (
          <li key={role} className="badge">
            {t(`roles.${role}`)}
          </li>
        ))}
      </ul>
      {represents && (
        <>
          <p>
            {person.cities.length
              ? t('people.represents', { cities: person.cities.map((city) => `${city.name} (${countryName(city.country, i18n.language)})`).join(', ') })
              : t('people.representsNone')}
          </p>
          <AddCity slug={slug} person={person} />
        </>
      )}
      {person.roles.includes('juror') && <AddToJury slug={slug} person={person} />}
    </li>
  );
}

function People({ slug, event }: { slug: string; event: OrganiserEvent }) {
  const { t } = useTranslation('people');
  const people = usePeople(slug);
  const [done, setDone] = useState<string>();
  return (
    <>
      <p>{t('people.intro')}</p>
      <InviteForm slug={slug} />
      <QueryView query={people}>
        {(data) => (
          <>
            <section aria-labelledby="pending-title">
              <h2 id="pending-title">{t('people.pendingTitle')}</h2>
              {done && (
                <p className="notice" role="status">
                  {done}
                </p>
              )}
              {data.invitations.length === 0 ? (
                <p className="empty">{t('people.noPending')}</p>
              ) : (
                <ul className="card-list">
                  {data.invitations.map((invitation) => (
                    <PendingRow key={invitation.id} slug={slug} invitation={invitation} event={event} onDone={setDone} />
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="people-title">
              <h2 id="people-title">{t('people.listTitle')}</h2>
              {data.people.length === 0 ? (
                <p className="empty">{t('people.nobody')}</p>
              ) : (
                <ul className="card-list">
                  {data.people.map((person) => (
                    <PersonRow key={person.userId} slug={slug} person={person} />
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </QueryView>
    </>
  );
}

export function PeoplePage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('people');
  return (
    <OrganiserPage slug={slug} title={t('people.title')}>
      {(event) => <People slug={slug} event={event} />}
    </OrganiserPage>
  );
}
