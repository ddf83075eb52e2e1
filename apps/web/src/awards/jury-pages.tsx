import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { api, type Schemas, unwrap } from '../api/client';
import { useMe } from '../auth/session';
import { ErrorMessage, Field, fieldErrors, Loading, QueryView } from '../ui/components';
import { useConfirm } from '../ui/confirm-dialog';
import { useEventDetails } from '../ui/event-query';
import { formatDateTime, zoneLabel } from '../ui/time';
import { useDownload } from '../ui/use-download';
import { awardKeys, formatNumber, type JurorNomination, type Round, useNominatingBody, useRound, useRounds } from './award-data';
import { RoleGate } from './award-shell';
import { countryName } from '../ui/countries';

type Score = Schemas['ScoreResponse'];

const juryNominations = (slug: string, roundId: string) =>
  unwrap(api.GET('/events/{slug}/awards/jury/rounds/{roundId}/nominations', { params: { path: { slug, roundId } } }));

/** Every event where I am a juror, with its rounds and how many nominations are mine to score in each. */
export function JuryHomePage() {
  const { t } = useTranslation('awards');
  const me = useMe().data;
  const slugs = [...new Set((me?.roles ?? []).filter((role) => role.role === 'juror').map((role) => role.eventSlug))];
  return (
    <RoleGate roles={['juror']}>
      <div className="awards">
        <h1>{t('juror.title')}</h1>
        <p>{t('juror.intro')}</p>
        {slugs.length === 0 ? <p className="awards-empty">{t('juror.noEvents')}</p> : slugs.map((slug) => <JurorEvent key={slug} slug={slug} />)}
      </div>
    </RoleGate>
  );
}

function JurorEvent({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('awards');
  const event = useEventDetails(slug);
  const rounds = useRounds(slug);
  const mine = useQueries({
    queries: (rounds.data ?? []).map((round) => ({ queryKey: awardKeys.jury(slug, round.id), queryFn: () => juryNominations(slug, round.id) })),
  });
  const zone = event.data?.timeZone ?? 'UTC';
  const headingId = `jury-${slug}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{event.data?.name ?? slug}</h2>
      <QueryView query={rounds}>
        {(list) => {
          const judged = list
            .map((round, index) => ({ round, nominations: mine[index]?.data }))
            .filter((row) => row.nominations === undefined || row.nominations.length > 0);
          if (mine.some((query) => query.isPending)) return <Loading />;
          if (judged.length === 0) return <p className="awards-empty">{t('juror.noRounds')}</p>;
          return (
            <ul className="card-list">
              {judged.map(({ round, nominations }) => (
                <li key={round.id} className="card">
                  <h3>
                    <Link href={`/jury/events/${slug}/rounds/${round.id}`}>{round.name}</Link>
                  </h3>
                  <p>{t('juror.toScore', { count: nominations?.length ?? 0 })}</p>
                  <p>
                    {round.closed
                      ? t('juror.closedOn', { at: formatDateTime(round.judgingDeadline, zone, i18n.language) })
                      : t('juror.deadline', { at: formatDateTime(round.judgingDeadline, zone, i18n.language) })}{' '}
                    <span className="zone-note">({zoneLabel(zone)})</span>
                  </p>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryView>
    </section>
  );
}

/** My nominations in one round, each with a scoring form: 0–10 per criterion, editable until the judging deadline. */
export function JuryRoundPage() {
  const { slug, roundId } = useParams<{ slug: string; roundId: string }>();
  const { t, i18n } = useTranslation('awards');
  const round = useRound(slug, roundId);
  const event = useEventDetails(slug);
  const nominations = useQuery({ queryKey: awardKeys.jury(slug, roundId), queryFn: () => juryNominations(slug, roundId) });
  const zone = event.data?.timeZone ?? 'UTC';
  return (
    <RoleGate slug={slug} roles={['juror']}>
      <div className="awards">
        <nav aria-label={t('breadcrumb')} className="awards-breadcrumb">
          <Link href="/jury">{t('juror.title')}</Link>
          {event.data && ` › ${event.data.name}`}
        </nav>
        <h1>{round.data?.name ?? t('juror.roundTitle')}</h1>
        <QueryView query={round}>
          {(data) => (
            <>
              {data.closed ? (
                <p className="warning" role="status">
                  {t('juror.closed', { at: formatDateTime(data.judgingDeadline, zone, i18n.language), zone: zoneLabel(zone) })}
                </p>
              ) : (
                <p className="awards-deadline">
                  {t('juror.deadlineLong', { at: formatDateTime(data.judgingDeadline, zone, i18n.language), zone: zoneLabel(zone) })}
                </p>
              )}
              <details className="awards-criteria-help">
                <summary>{t('juror.criteriaTitle')}</summary>
                <ul>
                  {data.criteria.map((criterion) => (
                    <li key={criterion.id}>{t('juror.criterionWeight', { name: criterion.name, weight: formatNumber(criterion.weight, i18n.language, 3) })}</li>
                  ))}
                </ul>
                <p>{t('juror.absentNote')}</p>
              </details>
              <QueryView query={nominations}>
                {(list) =>
                  list.length === 0 ? (
                    <p className="awards-empty">{t('juror.noNominations')}</p>
                  ) : (
                    <ul className="card-list">
                      {list.map((nomination) => (
                        <li key={nomination.id}>
                          <NominationScoring slug={slug} round={data} nomination={nomination} zone={zone} />
                        </li>
                      ))}
                    </ul>
                  )
                }
              </QueryView>
            </>
          )}
        </QueryView>
      </div>
    </RoleGate>
  );
}

function NominationScoring({ slug, round, nomination, zone }: { slug: string; round: Round; nomination: JurorNomination; zone: string }) {
  const { t, i18n } = useTranslation('awards');
  const headingId = useId();
  const nominatingBody = useNominatingBody(slug);
  const scores = useQuery({
    queryKey: awardKeys.myScores(slug, round.id, nomination.id),
    queryFn: () =>
      unwrap(
        api.GET('/events/{slug}/awards/jury/rounds/{roundId}/nominations/{nominationId}/scores', {
          params: { path: { slug, roundId: round.id, nominationId: nomination.id } },
        }),
      ),
  });
  const documents = useDownload();
  const download = (documentId: string, name: string) =>
    documents.download(`/events/${slug}/awards/jury/rounds/${round.id}/nominations/${nomination.id}/documents/${documentId}`, name);
  return (
    <article aria-labelledby={headingId} className="card awards-scoring">
      <h2 id={headingId}>
        {nomination.city} <span className="awards-country">{countryName(nomination.country, i18n.language)}</span>
      </h2>
      <p className="hint">
        {t(`regions.${nomination.region}`, { defaultValue: nomination.region })} · {t('juror.nominatedBy', { body: nominatingBody(nomination) })}
      </p>
      {nomination.summary && <p>{nomination.summary}</p>}
      {nomination.documents.length > 0 && (
        <ul className="awards-downloads" aria-label={t('juror.dossier')}>
          {nomination.documents.map((document) => (
            <li key={document.id}>
              {document.stored ? (
                <button type="button" className="link-button" onClick={() => void download(document.id, document.filename)}>
                  {document.filename}
                </button>
              ) : (
                <span>
                  {document.filename} <span className="hint">({t('juror.notStored')})</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={documents.error} />
      {scores.isPending ? (
        <Loading />
      ) : scores.error ? (
        <ErrorMessage error={scores.error} />
      ) : round.closed ? (
        <FinalScores round={round} scores={scores.data ?? []} />
      ) : (
        <ScoreForm slug={slug} round={round} nomination={nomination} saved={scores.data ?? []} zone={zone} language={i18n.language} />
      )}
    </article>
  );
}

/** After the judging deadline: the final scores, mine first, then every other juror's, read-only. */
function FinalScores({ round, scores }: { round: Round; scores: Score[] }) {
  const { t } = useTranslation('awards');
  const jurors = [...new Set(scores.map((score) => (score.mine ? '' : score.juror)))];
  return (
    <div className="awards-final-scores">
      {!scores.some((score) => score.mine) && <p className="awards-empty">{t('juror.noScoreGiven')}</p>}
      {jurors.map((juror) => {
        const rows = scores.filter((score) => (juror === '' ? score.mine : !score.mine && score.juror === juror));
        if (rows.length === 0) return null;
        return (
          <div key={juror || 'mine'} className="table-scroll">
            <table>
              <caption>{juror === '' ? t('juror.myFinal') : t('juror.theirFinal', { juror })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('round.criterion')}</th>
                  <th scope="col">{t('juror.score')}</th>
                  <th scope="col">{t('juror.comment')}</th>
                </tr>
              </thead>
              <tbody>
                {round.criteria.map((criterion) => {
                  const score = rows.find((row) => row.criterionId === criterion.id);
                  return (
                    <tr key={criterion.id}>
                      <th scope="row">{criterion.name}</th>
                      <td>{score ? score.score : '—'}</td>
                      <td>{score?.comment ?? ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}

function ScoreForm({
  slug,
  round,
  nomination,
  saved,
  zone,
  language,
}: {
  slug: string;
  round: Round;
  nomination: JurorNomination;
  saved: Score[];
  zone: string;
  language: string;
}) {
  const { t } = useTranslation('awards');
  const client = useQueryClient();
  const mine = saved.filter((score) => score.mine);
  const [values, setValues] = useState<Record<string, { score: string; comment: string }>>(() =>
    Object.fromEntries(
      round.criteria.map((criterion) => {
        const score = mine.find((row) => row.criterionId === criterion.id);
        return [criterion.id, { score: score ? String(score.score) : '', comment: score?.comment ?? '' }];
      }),
    ),
  );
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const [savedNow, setSavedNow] = useState(false);
  const save = useMutation({
    mutationFn: (body: Schemas['SubmitScoresDto']) =>
      unwrap(
        api.PUT('/events/{slug}/awards/jury/rounds/{roundId}/nominations/{nominationId}/scores', {
          params: { path: { slug, roundId: round.id, nominationId: nomination.id } },
          body,
        }),
      ),
    onSuccess: (data) => {
      client.setQueryData(awardKeys.myScores(slug, round.id, nomination.id), data);
      setSavedNow(true);
    },
  });
  const errors = fieldErrors(save.error);
  const lastSaved = mine.reduce<string | null>((latest, score) => (!latest || score.updatedAt > latest ? score.updatedAt : latest), null);
  const weights = round.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const scored = round.criteria.filter((criterion) => mine.some((row) => row.criterionId === criterion.id));
  const mean = scored.length
    ? scored.reduce((sum, criterion) => sum + mine.find((row) => row.criterionId === criterion.id)!.score * criterion.weight, 0) /
      scored.reduce((sum, criterion) => sum + criterion.weight, 0)
    : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSavedNow(false);
    const problems: Record<string, string> = {};
    const entries = round.criteria.flatMap((criterion) => {
      const value = values[criterion.id];
      if (value.score.trim() === '') return [];
      const score = Number(value.score);
      if (!Number.isInteger(score) || score < 0 || score > 10) {
        problems[criterion.id] = t('juror.scoreRange');
        return [];
      }
      return [{ criterionId: criterion.id, score, comment: value.comment }];
    });
    if (entries.length === 0 && Object.keys(problems).length === 0) problems._form = t('juror.scoreSomething');
    setInvalid(problems);
    if (Object.keys(problems).length) return;
    save.mutate({ scores: entries });
  };

  return (
    <form onSubmit={submit} noValidate className="awards-score-form">
      {lastSaved && (
        <p className="awards-saved" role="status">
          {t('juror.savedAt', { at: formatDateTime(lastSaved, zone, language) })}
          {mean !== null && ` · ${t('juror.myMean', { mean: formatNumber(mean, language, 3) })}`}
        </p>
      )}
      {savedNow && (
        <p className="notice" role="status">
          {t('juror.saved', { city: nomination.city })}
        </p>
      )}
      <ErrorMessage error={save.error} />
      {invalid._form && <p className="field-error">{invalid._form}</p>}
      {round.criteria.map((criterion) => (
        <fieldset key={criterion.id} className="awards-criterion">
          <legend>
            {criterion.name} <span className="hint">({t('juror.weightShare', { share: formatNumber((criterion.weight / weights) * 100, language, 1) })})</span>
          </legend>
          <Field
            label={t('juror.scoreLabel', { criterion: criterion.name })}
            hint={t('juror.scoreHint')}
            error={invalid[criterion.id] ?? errors['scores.score']}
          >
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="numeric"
                min={0}
                max={10}
                step={1}
                value={values[criterion.id].score}
                onChange={(event) => setValues({ ...values, [criterion.id]: { ...values[criterion.id], score: event.target.value } })}
              />
            )}
          </Field>
          <Field label={t('juror.commentLabel', { criterion: criterion.name })} error={errors['scores.comment']}>
            {(props) => (
              <textarea
                {...props}
                rows={2}
                value={values[criterion.id].comment}
                onChange={(event) => setValues({ ...values, [criterion.id]: { ...values[criterion.id], comment: event.target.value } })}
              />
            )}
          </Field>
        </fieldset>
      ))}
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('juror.save', { city: nomination.city })}
        </button>
      </div>
      <ConflictButton slug={slug} roundId={round.id} nomination={nomination} />
    </form>
  );
}

/** Declaring a conflict of interest hides the nomination from me and withdraws my scores for it. */
function ConflictButton({ slug, roundId, nomination }: { slug: string; roundId: string; nomination: JurorNomination }) {
  const { t } = useTranslation('awards');
  const confirm = useConfirm();
  const client = useQueryClient();
  const declare = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/events/{slug}/awards/jury/rounds/{roundId}/nominations/{nominationId}/conflict', {
          params: { path: { slug, roundId, nominationId: nomination.id } },
          body: {},
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: awardKeys.jury(slug, roundId) }),
  });
  return (
    <div className="awards-conflict">
      <ErrorMessage error={declare.error} />
      <button
        type="button"
        className="link-button"
        disabled={declare.isPending}
        onClick={() =>
          void confirm({
            title: t('juror.conflict', { city: nomination.city }),
            message: t('juror.conflictConfirm', { city: nomination.city }),
            confirmLabel: t('juror.conflictYes'),
            danger: true,
          }).then((yes) => yes && declare.mutate())
        }
      >
        {t('juror.conflict', { city: nomination.city })}
      </button>
    </div>
  );
}
