import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api, unwrap } from '../api/client';
import { ErrorMessage, QueryView } from '../ui/components';
import { countryName } from '../ui/countries';
import { applicationKeys, ChecklistStatus, StageBadge, StageHistory } from './application-parts';
import { awardKeys } from './award-data';
import { RoundShell } from './award-shell';

/** The secretariat's view of a round: applications the Commissions endorsed, checked complete and shortlisted for the jury. */
export function ShortlistPage() {
  const { slug, roundId } = useParams<{ slug: string; roundId: string }>();
  const { t, i18n } = useTranslation('applications');
  const client = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const applications = useQuery({
    queryKey: applicationKeys.secretariat(slug, roundId),
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/rounds/{roundId}/applications', { params: { path: { slug, roundId } } })),
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
  return (
    <RoundShell slug={slug} roundId={roundId} title={t('shortlist.title')}>
      <p>{t('shortlist.intro')}</p>
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
                <ChecklistStatus application={application} />
                <StageHistory slug={slug} application={application} />
                {application.stage === 'endorsed' && (
                  <button type="button" disabled={shortlist.isPending} onClick={() => shortlist.mutate(application.id)}>
                    {t('shortlist.shortlist')}
                  </button>
                )}
              </section>
            ))
          )
        }
      </QueryView>
    </RoundShell>
  );
}
