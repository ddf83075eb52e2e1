import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api, type Schemas, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { ErrorMessage, Field, fieldErrors, QueryView } from '../ui/components';
import { useConfirm } from '../ui/confirm-dialog';
import { DateTimeInput } from '../ui/date-time-input';
import { isLocalDateTime } from '../ui/local-date-time';
import { useEventDetails } from '../ui/event-query';
import { formatDateTime, zonedInputToIso, zoneLabel } from '../ui/time';
import { useDownload } from '../ui/use-download';
import { awardKeys, formatNumber, type Results, useRound } from './award-data';
import { RoundShell } from './award-shell';
import { countryName } from '../ui/countries';

type RegionResult = Results['regions'][number];

/** Results per region with the shortlist, confirming winners within each region's quota, the release and the certificates. */
export function ResultsPage() {
  const { slug, roundId } = useParams<{ slug: string; roundId: string }>();
  const { t, i18n } = useTranslation('awards');
  const zone = useEventDetails(slug).data?.timeZone ?? 'UTC';
  const round = useRound(slug, roundId);
  const results = useQuery({
    queryKey: awardKeys.results(slug, roundId),
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/rounds/{roundId}/results', { params: { path: { slug, roundId } } })),
  });
  const released = !!results.data?.releasedAt;
  const anyWinner = results.data?.regions.some((region) => region.winners > 0) ?? false;

  return (
    <RoundShell slug={slug} roundId={roundId} title={t('results.title')}>
      <p className="awards-ranking-note">{t('results.ranking')}</p>
      <QueryView query={results}>
        {(data) => (
          <>
            {!data.closed && round.data && (
              <p className="warning" role="status">
                {t('results.stillJudging', { at: formatDateTime(round.data.judgingDeadline, zone, i18n.language), zone: zoneLabel(zone) })}
              </p>
            )}
            {data.releasedAt && (
              <p className="notice" role="status">
                {t('results.released', { at: formatDateTime(data.releasedAt, zone, i18n.language), zone: zoneLabel(zone) })}
                {data.releasedBy && ` ${t('results.releasedBy', { name: data.releasedBy })}`}
              </p>
            )}
            {data.regions.length === 0 && <p className="awards-empty">{t('results.empty')}</p>}
            {data.regions.map((region) => (
              <RegionTable key={region.region} slug={slug} roundId={roundId} region={region} canChoose={data.closed && !data.releasedAt} />
            ))}
          </>
        )}
      </QueryView>
      {results.data && !released && <ReleaseForm slug={slug} roundId={roundId} zone={zone} disabled={!results.data.closed || !anyWinner} />}
      {anyWinner && <Certificates slug={slug} roundId={roundId} results={results.data!} />}
    </RoundShell>
  );
}

function RegionTable({ slug, roundId, region, canChoose }: { slug: string; roundId: string; region: RegionResult; canChoose: boolean }) {
  const { t, i18n } = useTranslation('awards');
  const client = useQueryClient();
  const zone = useEventDetails(slug).data?.timeZone ?? 'UTC';
  const [notice, setNotice] = useState<string | null>(null);
  const headingId = `region-${region.region}`;
  const onSuccess = (data: Results, message: string) => {
    client.setQueryData(awardKeys.results(slug, roundId), data);
    void client.invalidateQueries({ queryKey: awardKeys.nominations(slug, roundId) });
    setNotice(message);
  };
  const confirm = useMutation({
    mutationFn: (nomination: { id: string; city: string }) =>
      unwrap(api.POST('/events/{slug}/awards/rounds/{roundId}/winners', { params: { path: { slug, roundId } }, body: { nominationId: nomination.id } })),
    onSuccess: (data, nomination) => onSuccess(data, t('results.confirmed', { city: nomination.city })),
  });
  const withdraw = useMutation({
    mutationFn: (nomination: { id: string; city: string }) =>
      unwrap(api.DELETE('/events/{slug}/awards/rounds/{roundId}/winners/{nominationId}', { params: { path: { slug, roundId, nominationId: nomination.id } } })),
    onSuccess: (data, nomination) => onSuccess(data, t('results.withdrawn', { city: nomination.city })),
  });
  const busy = confirm.isPending || withdraw.isPending;
  const full = region.winners >= region.quota;
  const error = confirm.error ?? withdraw.error;

  return (
    <section aria-labelledby={headingId} className="awards-region">
      <h2 id={headingId}>{t(`regions.${region.region}`, { defaultValue: region.regionName })}</h2>
      <p className={`awards-quota${full ? ' full' : ''}`}>
        {t('results.quota', { winners: region.winners, quota: region.quota })}
        {full && <strong> {t('results.quotaFull')}</strong>}
      </p>
      {notice && !error && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <div className="error-box" role="alert">
          <strong>{t('results.refused')}</strong> <ErrorText error={error} />
        </div>
      )}
      <div className="table-scroll">
        <table className="awards-table awards-stack">
          <thead>
            <tr>
              <th scope="col">{t('results.rank')}</th>
              <th scope="col">{t('results.city')}</th>
              <th scope="col">{t('results.mean')}</th>
              <th scope="col">{t('results.jurors')}</th>
              <th scope="col">{t('results.state')}</th>
              {canChoose && <th scope="col">{t('results.action')}</th>}
            </tr>
          </thead>
          <tbody>
            {region.nominations.map((row) => (
              <tr key={row.nominationId} className={row.shortlisted ? 'shortlisted' : undefined}>
                <td data-label={t('results.rank')}>{row.rank}</td>
                <th scope="row">
                  {row.city} <span className="awards-country">{countryName(row.country, i18n.language)}</span>
                  {row.jurors > 0 && <JurorScores slug={slug} roundId={roundId} nominationId={row.nominationId} city={row.city} />}
                </th>
                <td data-label={t('results.mean')}>{row.weightedMean === null ? t('results.unscored') : formatNumber(row.weightedMean, i18n.language, 3)}</td>
                <td data-label={t('results.jurors')}>{row.jurors}</td>
                <td data-label={t('results.state')}>
                  {row.winner && <span className="badge awards-winner">{t('results.winner')}</span>}{' '}
                  {row.shortlisted && <span className="badge">{t('results.shortlisted')}</span>}
                  {row.winner && row.confirmedBy && row.confirmedAt && (
                    <span className="hint awards-confirmed-by">
                      {t('results.confirmedBy', { name: row.confirmedBy, at: formatDateTime(row.confirmedAt, zone, i18n.language) })}
                    </span>
                  )}
                </td>
                {canChoose && (
                  <td>
                    {row.winner ? (
                      <button type="button" className="secondary" disabled={busy} onClick={() => withdraw.mutate({ id: row.nominationId, city: row.city })}>
                        {t('results.withdraw', { city: row.city })}
                      </button>
                    ) : (
                      <button type="button" disabled={busy} onClick={() => confirm.mutate({ id: row.nominationId, city: row.city })}>
                        {t('results.confirm', { city: row.city })}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Each juror's scores for one nomination, loaded when the organiser opens them. */
function JurorScores({ slug, roundId, nominationId, city }: { slug: string; roundId: string; nominationId: string; city: string }) {
  const { t, i18n } = useTranslation('awards');
  const [open, setOpen] = useState(false);
  const scores = useQuery({
    queryKey: [...awardKeys.results(slug, roundId), nominationId, 'scores'],
    queryFn: () =>
      unwrap(api.GET('/events/{slug}/awards/rounds/{roundId}/nominations/{nominationId}/scores', { params: { path: { slug, roundId, nominationId } } })),
    enabled: open,
  });
  return (
    <details className="awards-juror-scores" onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary>{t('results.byJuror', { city })}</summary>
      {open && (
        <QueryView query={scores}>
          {(data) => (
            <ul>
              {data.jurors.map((juror) => (
                <li key={juror.userId}>
                  <strong>
                    {juror.displayName}
                    {juror.country && ` (${countryName(juror.country, i18n.language)})`}
                  </strong>{' '}
                  — {t('results.jurorMean', { mean: formatNumber(juror.weightedMean, i18n.language, 3) })}
                  <br />
                  <span className="hint">{juror.scores.map((score) => `${score.criterion}: ${score.score}`).join(' · ')}</span>
                </li>
              ))}
            </ul>
          )}
        </QueryView>
      )}
    </details>
  );
}

/** A refused confirmation names the limit it hit (QUOTA_REACHED with the region, COUNTRY_LIMIT_REACHED …), in the reader's language. */
function ErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <span>{errorText(t, error)}</span>;
}

function ReleaseForm({ slug, roundId, zone, disabled }: { slug: string; roundId: string; zone: string; disabled: boolean }) {
  const { t, i18n } = useTranslation('awards');
  const confirm = useConfirm();
  const client = useQueryClient();
  const [at, setAt] = useState('');
  const [done, setDone] = useState<Schemas['ReleaseResultResponse'] | null>(null);
  const release = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/events/{slug}/awards/rounds/{roundId}/release', { params: { path: { slug, roundId } }, body: at ? { at: zonedInputToIso(at, zone) } : {} }),
      ),
    onSuccess: (body) => {
      setDone(body);
      void client.invalidateQueries({ queryKey: awardKeys.results(slug, roundId) });
      void client.invalidateQueries({ queryKey: awardKeys.round(slug, roundId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A time not yet readable must not turn into "release now".
    if (at && !isLocalDateTime(at)) return;
    void confirm({ title: t('release.title'), message: t('release.confirm'), confirmLabel: t('release.submit'), danger: true }).then(
      (yes) => yes && release.mutate(),
    );
  };
  return (
    <section aria-labelledby="release" className="card">
      <h2 id="release">{t('release.title')}</h2>
      <p>{t('release.intro')}</p>
      {done && (
        <p className="notice" role="status">
          {t('release.done', { at: formatDateTime(done.releasedAt, zone, i18n.language), count: done.notified })}
        </p>
      )}
      {disabled && <p className="hint">{t('release.notYet')}</p>}
      <ErrorMessage error={release.error} />
      <form onSubmit={submit} className="awards-inline-form" noValidate>
        <Field label={t('release.at')} hint={t('release.atHint', { zone: zoneLabel(zone) })} error={fieldErrors(release.error).at}>
          {(props) => <DateTimeInput {...props} zone={zone} value={at} onChange={setAt} />}
        </Field>
        <button type="submit" disabled={disabled || release.isPending}>
          {release.isPending ? t('saving') : t('release.submit')}
        </button>
      </form>
    </section>
  );
}

function Certificates({ slug, roundId, results }: { slug: string; roundId: string; results: Results }) {
  const { t, i18n } = useTranslation('awards');
  // Printed in the page's language, as the run of show is.
  const language = `?language=${i18n.language}`;
  const { download, busy, error } = useDownload();
  const winners = results.regions.flatMap((region) => region.nominations.filter((row) => row.winner));
  const base = `/events/${slug}/awards/rounds/${roundId}`;
  return (
    <section aria-labelledby="certificates" className="card">
      <h2 id="certificates">{t('certificates.title')}</h2>
      <ErrorMessage error={error} />
      <p>
        <button type="button" disabled={busy !== null} onClick={() => void download(`${base}/certificates.pdf${language}`, 'certificates.pdf', 'all')}>
          {busy === 'all' ? t('certificates.preparing') : t('certificates.all')}
        </button>
      </p>
      <ul className="awards-downloads">
        {winners.map((winner) => (
          <li key={winner.nominationId}>
            <button
              type="button"
              className="secondary"
              disabled={busy !== null}
              onClick={() =>
                void download(`${base}/nominations/${winner.nominationId}/certificate.pdf${language}`, `certificate-${winner.city}.pdf`, winner.nominationId)
              }
            >
              {busy === winner.nominationId ? t('certificates.preparing') : t('certificates.one', { city: winner.city })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
