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
import { awardKeys } from './award-data';
import { RoundShell } from './award-shell';

/** The secretariat's view of a round: applications the Commissions endorsed, checked complete and shortlisted for the jury. */
export function ShortlistPage() {
  const { slug, roundId } = useParams<{ slug: string; roundId: string }>();
  const { t, i18n } = useTranslation('applications');
  const client = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const { language, ready } = useApplicationsLanguage(slug);
  const applications = useQuery({
    queryKey: [...applicationKeys.secretariat(slug, roundId), language],
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/rounds/{roundId}/applications', { params: { path: { slug, roundId }, query: { language } } })),
    enabled: ready,
  });
  const shortlist = useMutation({
    mutationFn: (applicationId: string) =>
      unwrap(
        api.POST('/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/shortlist', {
          params: { path: { slug, roundId, applicationId } },
          body: {},
        }),
      ),
    onSuccess: async (changed) => {
      setDone(t('shortlist.done', { city: changed.city }));
      await client.invalidateQueries({ queryKey: applicationKeys.secretariat(slug, roundId) });
      await client.invalidateQueries({ queryKey: awardKeys.nominations(slug, roundId) });
    },
  });
  const { round, deciding } = useRoundSteps(slug, roundId);
  return (
    <RoundShell slug={slug} roundId={roundId} title={t('shortlist.title')}>
      <p>{t('shortlist.intro')}</p>
      {round && !deciding && <RoundClosedNote slug={slug} round={round} step="shortlist" />}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <ErrorMessage error={shortlist.error} />
      <QueryView query={applications}>
        {(list) =>
          list.length === 0 ? (
            <p className="awards-empty">{t('shortlist.empty')}</p>
          ) : (
            list.map((application) => (
              <section key={application.id} className="card awards-application" aria-labelledby={`application-${application.id}`}>
                <h2 id={`application-${application.id}`}>
                  {application.city} <span className="awards-country">{countryName(application.country, i18n.language)}</span>{' '}
                  <StageBadge stage={application.stage} />
                </h2>
                <p className="awards-country">
                  {t('commissionOf', { commission: application.commission })} · {application.complete ? t('complete') : t('incomplete')}
                </p>
                <NotShortlistedNotice application={application} />
                <ChecklistStatus slug={slug} application={application} />
                <StageHistory slug={slug} application={application} />
                {application.stage === 'endorsed' && deciding && (
                  <div className="awards-stage-actions">
                    <button type="button" disabled={shortlist.isPending} onClick={() => shortlist.mutate(application.id)}>
                      {t('shortlist.shortlist')}
                    </button>
                    <NotShortlistForm slug={slug} application={application} onDone={setDone} />
                  </div>
                )}
              </section>
            ))
          )
        }
      </QueryView>
    </RoundShell>
  );
}

/** Leaves an endorsed application off the shortlist, with the reason the city and its Commission will read. */
function NotShortlistForm({ slug, application, onDone }: { slug: string; application: Application; onDone: (message: string) => void }) {
  const { t } = useTranslation('applications');
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const decline = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/not-shortlisted', {
          params: { path: { slug, roundId: application.roundId, applicationId: application.id } },
          body: { note },
        }),
      ),
    onSuccess: async (changed) => {
      onDone(t('shortlist.notShortlisted', { city: changed.city }));
      await client.invalidateQueries({ queryKey: applicationKeys.secretariat(slug, application.roundId) });
    },
  });
  return (
    <form
      className="awards-inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setNoteMissing(!note.trim());
        if (note.trim()) decline.mutate();
      }}
    >
      <Field label={t('shortlist.note')} error={noteMissing ? t('shortlist.noteRequired') : undefined}>
        {(props) => <textarea {...props} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <ErrorMessage error={decline.error} />
      <button type="submit" className="secondary" disabled={decline.isPending}>
        {t('shortlist.notShortlist')}
      </button>
    </form>
  );
}
