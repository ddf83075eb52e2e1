import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { ApiError, api, unwrap } from '../api/client';
import { ErrorMessage, Field, QueryView } from '../ui/components';
import { useRefusals } from '../organiser/settings/refusals';
import { awardKeys, type Nomination } from './award-data';
import { RoundShell } from './award-shell';

/** The round's jury: who is on it, their country, and which nominations each one judges. */
export function JuryAdminPage() {
  const { slug, roundId } = useParams<{ slug: string; roundId: string }>();
  const { t } = useTranslation('awards');
  const jurors = useQuery({
    queryKey: awardKeys.jurors(slug, roundId),
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/rounds/{roundId}/jurors', { params: { path: { slug, roundId } } })),
  });
  const nominations = useQuery({
    queryKey: awardKeys.nominations(slug, roundId),
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/rounds/{roundId}/nominations', { params: { path: { slug, roundId } } })),
  });

  return (
    <RoundShell slug={slug} roundId={roundId} title={t('jury.title')}>
      <QueryView query={jurors}>
        {(list) =>
          list.length === 0 ? (
            <p className="awards-empty">{t('jury.empty')}</p>
          ) : (
            <ul className="card-list">
              {list.map((juror) => (
                <li key={juror.userId} className="card">
                  <h2>{juror.displayName}</h2>
                  <p>
                    {t('jury.country', { country: juror.country })} · {t('jury.assigned', { count: juror.assigned })}
                  </p>
                  {nominations.data?.length === 0 && (
                    <p className="hint">
                      <Link href={`/organiser/events/${slug}/awards/rounds/${roundId}/nominations`}>{t('jury.noNominations')}</Link>
                    </p>
                  )}
                  {!!nominations.data?.length && (
                    <AssignForm
                      slug={slug}
                      roundId={roundId}
                      userId={juror.userId}
                      name={juror.displayName}
                      country={juror.country}
                      nominations={nominations.data}
                    />
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <AddJurorForm slug={slug} roundId={roundId} />
    </RoundShell>
  );
}

function AddJurorForm({ slug, roundId }: { slug: string; roundId: string }) {
  const { t } = useTranslation('awards');
  const client = useQueryClient();
  const [userId, setUserId] = useState('');
  const [country, setCountry] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const people = useQuery({ queryKey: ['awards', slug, 'roles'], queryFn: () => unwrap(api.GET('/events/{slug}/roles', { params: { path: { slug } } })) });
  const candidates = (people.data ?? []).filter((role) => role.role === 'juror');
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/events/{slug}/awards/rounds/{roundId}/jurors', {
          params: { path: { slug, roundId } },
          body: { userId, country: country.trim().toUpperCase() },
        }),
      ),
    onSuccess: (juror) => {
      setAdded(juror.displayName);
      setUserId('');
      setCountry('');
      void client.invalidateQueries({ queryKey: awardKeys.jurors(slug, roundId) });
    },
  });
  const { fields: errors, general } = useRefusals(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    add.mutate();
  };
  return (
    <section aria-labelledby="add-juror">
      <h2 id="add-juror">{t('jury.addTitle')}</h2>
      <p className="hint">{t('jury.addHint')}</p>
      {added && (
        <p className="notice" role="status">
          {t('jury.added', { name: added })}
        </p>
      )}
      <ErrorMessage error={general} />
      <form onSubmit={submit} className="awards-inline-form" noValidate>
        <Field label={t('jury.person')} required error={errors.userId}>
          {(props) => (
            <select {...props} value={userId} onChange={(event) => setUserId(event.target.value)}>
              <option value="">{candidates.length ? t('jury.choosePerson') : t('jury.noCandidates')}</option>
              {candidates.map((person) => (
                <option key={person.userId} value={person.userId}>
                  {person.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('jury.countryLabel')} hint={t('jury.countryHint')} required error={errors.country}>
          {(props) => <input {...props} value={country} maxLength={2} autoCapitalize="characters" onChange={(event) => setCountry(event.target.value)} />}
        </Field>
        <button type="submit" disabled={add.isPending || !userId}>
          {add.isPending ? t('saving') : t('jury.add')}
        </button>
      </form>
      {people.isSuccess && candidates.length === 0 && (
        <p className="hint">
          <Link href={`/organiser/events/${slug}/people`}>{t('jury.inviteJurors')}</Link>
        </p>
      )}
    </section>
  );
}

/** Nominations from the juror's own country cannot be theirs; they are shown, disabled, with the reason. */
function AssignForm({
  slug,
  roundId,
  userId,
  name,
  country,
  nominations,
}: {
  slug: string;
  roundId: string;
  userId: string;
  name: string;
  country: string;
  nominations: Nomination[];
}) {
  const { t } = useTranslation('awards');
  const client = useQueryClient();
  const [chosen, setChosen] = useState<string[]>([]);
  const [result, setResult] = useState<number | null>(null);
  const assign = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/events/{slug}/awards/rounds/{roundId}/assignments', { params: { path: { slug, roundId } }, body: { userId, nominationIds: chosen } })),
    onSuccess: (body) => {
      setResult(body.assigned);
      setChosen([]);
      void client.invalidateQueries({ queryKey: awardKeys.jurors(slug, roundId) });
    },
  });
  const problems =
    assign.error instanceof ApiError && Array.isArray(assign.error.details) ? (assign.error.details as { nominationId?: string; messages?: string[] }[]) : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    assign.mutate();
  };
  return (
    <details className="awards-assign">
      <summary>{t('jury.assignTitle', { name })}</summary>
      <form onSubmit={submit}>
        <fieldset>
          <legend>{t('jury.assignLegend', { name })}</legend>
          <ul className="awards-checklist">
            {nominations.map((nomination) => {
              const own = nomination.country === country;
              const problem = problems.find((item) => item.nominationId === nomination.id);
              return (
                <li key={nomination.id}>
                  <label>
                    <input
                      type="checkbox"
                      disabled={own}
                      checked={chosen.includes(nomination.id)}
                      onChange={(event) => setChosen(event.target.checked ? [...chosen, nomination.id] : chosen.filter((id) => id !== nomination.id))}
                    />{' '}
                    {nomination.city} ({nomination.country}){own && <span className="hint"> — {t('jury.ownCountry')}</span>}
                  </label>
                  {problem && <p className="field-error">{problem.messages?.join(' ')}</p>}
                </li>
              );
            })}
          </ul>
        </fieldset>
        {result !== null && (
          <p className="notice" role="status">
            {t('jury.assignedNow', { count: result })}
          </p>
        )}
        {problems.length === 0 && <ErrorMessage error={assign.error} />}
        <button type="submit" disabled={assign.isPending || chosen.length === 0}>
          {assign.isPending ? t('saving') : t('jury.assign')}
        </button>
      </form>
    </details>
  );
}
