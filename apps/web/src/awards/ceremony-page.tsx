import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { ApiError, api, type Schemas, unwrap } from '../api/client';
import { ErrorMessage, Field, fieldErrors, QueryView } from '../ui/components';
import { useEventDetails } from '../ui/event-query';
import { translated } from '../ui/translated';
import { formatDay, zoneLabel } from '../ui/time';
import { useDownload } from '../ui/use-download';
import { awardKeys, useRounds } from './award-data';
import { EventLine, RoleGate } from './award-shell';
import { countryName } from '../ui/countries';
import { ItemTitle, itemsAsSent, runOfShowKey } from './ceremony-item-title';

type RunOfShow = Schemas['RunOfShowResponse'];
type Session = Schemas['SessionResponse'];

const localTitle = (session: Session, language: string) => {
  const titles = session.title;
  return titles[language] ?? titles.en ?? Object.values(titles)[0] ?? '';
};

/** The ceremony sessions of the programme, each with its run of show: a readable list, and the printable PDF. */
export function CeremonyPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('awards');
  const sessions = useQuery({
    queryKey: ['awards', slug, 'sessions'],
    queryFn: () => unwrap(api.GET('/events/{slug}/sessions', { params: { path: { slug } } })),
  });
  return (
    <RoleGate slug={slug} roles={['organiser']}>
      <div className="awards">
        <EventLine slug={slug} />
        <nav aria-label={t('breadcrumb')} className="awards-breadcrumb">
          <Link href={`/organiser/events/${slug}/awards`}>{t('rounds.title')}</Link>
        </nav>
        <h1>{t('ceremony.title')}</h1>
        <QueryView query={sessions}>
          {(list) => {
            const ceremonies = list.filter((session) => session.type === 'ceremony');
            return ceremonies.length === 0 ? (
              <p className="awards-empty">{t('ceremony.none')}</p>
            ) : (
              ceremonies.map((session) => <Ceremony key={session.id} slug={slug} session={session} />)
            );
          }}
        </QueryView>
      </div>
    </RoleGate>
  );
}

function Ceremony({ slug, session }: { slug: string; session: Session }) {
  const { t, i18n } = useTranslation('awards');
  const event = useEventDetails(slug).data;
  const zone = event?.timeZone ?? 'UTC';
  const runOfShowPdf = useDownload();
  const runOfShow = useQuery({
    queryKey: runOfShowKey(slug, session.id),
    queryFn: () => unwrap(api.GET('/events/{slug}/ceremonies/{sessionId}/run-of-show', { params: { path: { slug, sessionId: session.id } } })),
  });
  const headingId = `ceremony-${session.id}`;
  const pdf = () => runOfShowPdf.download(`/events/${slug}/ceremonies/${session.id}/run-of-show.pdf?language=${i18n.language}`, 'run-of-show.pdf');
  return (
    <section aria-labelledby={headingId} className="card awards-ceremony">
      <h2 id={headingId}>{localTitle(session, i18n.language)}</h2>
      <QueryView query={runOfShow}>
        {(data) => (
          <>
            <p>
              {formatDay(data.start.slice(0, 10), i18n.language)}, {data.start.slice(11, 16)}–{data.end.slice(11, 16)} (
              {zoneLabel(data.timeZone || zone, data.start)})
            </p>
            <p className={data.minutesUsed > data.minutesAvailable ? 'warning' : 'hint'}>
              {t('ceremony.minutes', { used: data.minutesUsed, available: data.minutesAvailable })}
            </p>
            {data.items.length === 0 ? (
              <p className="awards-empty">{t('ceremony.empty')}</p>
            ) : (
              <ol className="awards-run-of-show" aria-label={t('ceremony.runOfShow')}>
                {data.items.map((item, index) => (
                  <li key={item.position}>
                    <p className="awards-ros-time">
                      <time>{item.start.slice(11, 16)}</time>–<time>{item.end.slice(11, 16)}</time> · {t('ceremony.duration', { count: item.durationMinutes })}
                    </p>
                    <p className="awards-ros-title">
                      <span className="badge">{t(`ceremony.kind.${item.kind}`)}</span> {translated(item.title, item.translations, 'title', i18n.language)}
                    </p>
                    {item.cities.length > 0 && (
                      <p>
                        {t(item.kind === 'award' ? 'ceremony.awarded' : 'ceremony.recognised')}:{' '}
                        {item.cities.map((city) => `${city.name} (${countryName(city.country, i18n.language)})`).join(', ')}
                      </p>
                    )}
                    {item.presenter && (
                      <p>
                        {t('ceremony.presenter')}: {item.presenter}
                      </p>
                    )}
                    {item.recipient && (
                      <p>
                        {t('ceremony.recipient')}: {item.recipient}
                      </p>
                    )}
                    {(['onStage', 'avCue', 'notes'] as const).map(
                      (cue) =>
                        item[cue] && (
                          <p key={cue}>
                            {t(`ceremony.${cue}`)}: {item[cue]}
                          </p>
                        ),
                    )}
                    {event && (
                      <ItemTitle
                        key={JSON.stringify([item.ownTitle, item.translations])}
                        slug={slug}
                        runOfShow={data}
                        index={index}
                        languages={event.languages.slice(1)}
                      />
                    )}
                  </li>
                ))}
              </ol>
            )}
            <ErrorMessage error={runOfShowPdf.error} />
            <p>
              <button type="button" className="secondary" onClick={() => void pdf()} disabled={runOfShowPdf.busy !== null}>
                {runOfShowPdf.busy ? t('certificates.preparing') : t('ceremony.pdf')}
              </button>
            </p>
            <AddAward slug={slug} runOfShow={data} />
          </>
        )}
      </QueryView>
    </section>
  );
}

/** Adds the presentation of a confirmed winner's award at the end of the run of show. */
function AddAward({ slug, runOfShow }: { slug: string; runOfShow: RunOfShow }) {
  const { t, i18n } = useTranslation('awards');
  const client = useQueryClient();
  const rounds = useRounds(slug);
  const results = useQueries({
    queries: (rounds.data ?? []).map((round) => ({
      queryKey: awardKeys.results(slug, round.id),
      queryFn: () => unwrap(api.GET('/events/{slug}/awards/rounds/{roundId}/results', { params: { path: { slug, roundId: round.id } } })),
    })),
  });
  const presented = new Set(runOfShow.items.map((item) => item.nominationId));
  const winners = results.flatMap(
    (query) => query.data?.regions.flatMap((region) => region.nominations.filter((row) => row.winner && !presented.has(row.nominationId))) ?? [],
  );
  const [draft, setDraft] = useState({ nominationId: '', presenter: '', recipient: '', durationMinutes: '5' });
  const [done, setDone] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => {
      const existing = itemsAsSent(runOfShow);
      const added = {
        kind: 'award' as const,
        nominationId: draft.nominationId,
        presenter: draft.presenter,
        recipient: draft.recipient,
        durationMinutes: Number(draft.durationMinutes),
      };
      return unwrap(
        api.PUT('/events/{slug}/ceremonies/{sessionId}/run-of-show', {
          params: { path: { slug, sessionId: runOfShow.sessionId } },
          body: { items: [...existing, added] },
        }),
      );
    },
    onSuccess: (data) => {
      client.setQueryData(runOfShowKey(slug, runOfShow.sessionId), data);
      setDone(winners.find((winner) => winner.nominationId === draft.nominationId)?.city ?? '');
      setDraft({ nominationId: '', presenter: '', recipient: '', durationMinutes: '5' });
    },
  });
  const errors = fieldErrors(save.error);
  const problems =
    save.error instanceof ApiError && Array.isArray(save.error.details)
      ? (save.error.details as { messages?: string[] }[]).flatMap((item) => item.messages ?? [])
      : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    save.mutate();
  };
  if (winners.length === 0 && !done) return <p className="hint">{t('ceremony.noWinners')}</p>;
  return (
    <details className="awards-assign">
      <summary>{t('ceremony.addTitle')}</summary>
      {done && (
        <p className="notice" role="status">
          {t('ceremony.added', { city: done })}
        </p>
      )}
      <ErrorMessage error={save.error} />
      {problems.length > 0 && (
        <ul className="field-error">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate>
        <Field label={t('ceremony.winner')} required error={errors['items.nominationId']}>
          {(props) => (
            <select {...props} value={draft.nominationId} onChange={(event) => setDraft({ ...draft, nominationId: event.target.value })}>
              <option value="">{t('ceremony.chooseWinner')}</option>
              {winners.map((winner) => (
                <option key={winner.nominationId} value={winner.nominationId}>
                  {winner.city} ({countryName(winner.country, i18n.language)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('ceremony.presenter')}>
          {(props) => <input {...props} value={draft.presenter} onChange={(event) => setDraft({ ...draft, presenter: event.target.value })} />}
        </Field>
        <Field label={t('ceremony.recipient')}>
          {(props) => <input {...props} value={draft.recipient} onChange={(event) => setDraft({ ...draft, recipient: event.target.value })} />}
        </Field>
        <Field label={t('ceremony.durationLabel')} required>
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="numeric"
              min={1}
              max={600}
              value={draft.durationMinutes}
              onChange={(event) => setDraft({ ...draft, durationMinutes: event.target.value })}
            />
          )}
        </Field>
        <button type="submit" disabled={save.isPending || !draft.nominationId}>
          {save.isPending ? t('saving') : t('ceremony.add')}
        </button>
      </form>
    </details>
  );
}
