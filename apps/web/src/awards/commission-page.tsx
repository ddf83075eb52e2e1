import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api, unwrap } from '../api/client';
import { ErrorMessage, Field, QueryView } from '../ui/components';
import { countryName } from '../ui/countries';
import {
  type Application,
  applicationKeys,
  ChecklistStatus,
  NotShortlistedNotice,
  RoundClosedNote,
  StageBadge,
  StageHistory,
  useApplicationsLanguage,
  useRoundSteps,
} from './application-parts';
import { EventLine, RoleGate } from './award-shell';

/** A National Commission officer's desk: the applications of their country, endorsed or returned within each round's limit. */
export function CommissionPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('applications');
  const { language, ready } = useApplicationsLanguage(slug);
  const desk = useQuery({
    queryKey: [...applicationKeys.desk(slug), language],
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/commission/applications', { params: { path: { slug }, query: { language } } })),
    enabled: ready,
  });
  return (
    <RoleGate slug={slug} roles={['commission']}>
      <div className="awards">
        <EventLine slug={slug} />
        <h1>{t('commission.title')}</h1>
        <p>{t('commission.intro')}</p>
        <QueryView query={desk}>
          {({ limits, applications }) => (
            <>
              <ul className="awards-limits" aria-label={t('commission.title')}>
                {limits.map((row) => (
                  <li key={`${row.commissionId}:${row.roundId}`} data-testid="endorsement-limit">
                    <strong>{row.commission}</strong> ·{' '}
                    {row.limit === null
                      ? t('commission.noLimit', { round: row.roundName, endorsed: row.endorsed })
                      : t('commission.limit', { round: row.roundName, endorsed: row.endorsed, limit: row.limit })}
                    {row.limit !== null && row.endorsed >= row.limit && <p className="warning">{t('commission.limitReached')}</p>}
                  </li>
                ))}
              </ul>
              {applications.length === 0 ? (
                <p className="awards-empty">{t('commission.empty')}</p>
              ) : (
                applications.map((application) => <CommissionApplication key={application.id} slug={slug} application={application} />)
              )}
            </>
          )}
        </QueryView>
      </div>
    </RoleGate>
  );
}

function CommissionApplication({ slug, application }: { slug: string; application: Application }) {
  const { t, i18n } = useTranslation('applications');
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [noteMissing, setNoteMissing] = useState(false);
  const path = { slug, roundId: application.roundId, applicationId: application.id };
  const act = useMutation({
    mutationFn: (step: 'endorse' | 'return') =>
      step === 'endorse'
        ? unwrap(api.POST('/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/endorse', { params: { path }, body: { note } }))
        : unwrap(api.POST('/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/return', { params: { path }, body: { note } })),
    onSuccess: async (changed, step) => {
      setDone(t(step === 'endorse' ? 'commission.endorsed' : 'commission.returned', { city: changed.city }));
      setNote('');
      await client.invalidateQueries({ queryKey: applicationKeys.desk(slug) });
    },
  });
  const { round, deciding } = useRoundSteps(slug, application.roundId);
  const headingId = `application-${application.id}`;
  return (
    <section className="card awards-application" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {application.city} <span className="awards-country">{countryName(application.country, i18n.language)}</span> <StageBadge stage={application.stage} />
      </h2>
      <p className="awards-country">{application.roundName}</p>
      {application.summary && <p>{application.summary}</p>}
      <NotShortlistedNotice application={application} />
      <ChecklistStatus slug={slug} application={application} />
      <StageHistory slug={slug} application={application} />
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <ErrorMessage error={act.error} />
      {application.stage === 'submitted' && round && !deciding && <RoundClosedNote slug={slug} round={round} step="commission" />}
      {application.stage === 'submitted' && deciding && (
        <div className="awards-stage-actions">
          <Field label={t('commission.note')} error={noteMissing ? t('commission.noteRequired') : undefined}>
            {(props) => <textarea {...props} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}
          </Field>
          <div className="awards-buttons">
            <button type="button" disabled={act.isPending} onClick={() => act.mutate('endorse')}>
              {t('commission.endorse')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={act.isPending}
              onClick={() => {
                setNoteMissing(!note.trim());
                if (note.trim()) act.mutate('return');
              }}
            >
              {t('commission.return')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
