import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client';
import { useEventDetails } from '../ui/event-query';
import { formatDateTime } from '../ui/time';

export type Application = Schemas['ApplicationResponse'];

export const applicationKeys = {
  mine: (slug: string) => ['awards', slug, 'applications', 'mine'] as const,
  desk: (slug: string) => ['awards', slug, 'applications', 'commission'] as const,
  secretariat: (slug: string, roundId: string) => ['awards', slug, 'applications', 'round', roundId] as const,
};

export function useMyApplications(slug: string, enabled = true) {
  return useQuery({
    queryKey: applicationKeys.mine(slug),
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/applications/mine', { params: { path: { slug } } })),
    enabled,
  });
}

/** The stage as a badge, in the reader's language. */
export function StageBadge({ stage }: { stage: Application['stage'] }) {
  const { t } = useTranslation('applications');
  return <span className={`badge awards-stage awards-stage-${stage}`}>{t(`stage.${stage}`)}</span>;
}

/** The round's checklist as answered by the application: each item provided or missing (read only). */
export function ChecklistStatus({ application }: { application: Application }) {
  const { t } = useTranslation('applications');
  if (application.checklist.length === 0) return <p className="awards-empty">{t('noChecklist')}</p>;
  return (
    <ul className="awards-checklist" aria-label={t('checklist')}>
      {application.checklist.map((item) => (
        <li key={item.id}>
          <span className={item.documents.length ? 'awards-present' : 'awards-missing'}>{item.documents.length ? t('present') : t('missing')}</span>{' '}
          {item.label}
          {item.documents.map((document) => (
            <span key={document.id} className="awards-country">
              {' '}
              · {document.url ? <a href={document.url}>{document.url}</a> : document.filename}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** Every change of stage: when, from, to, who, and the note. */
export function StageHistory({ slug, application }: { slug: string; application: Application }) {
  const { t, i18n } = useTranslation('applications');
  const zone = useEventDetails(slug).data?.timeZone ?? 'UTC';
  return (
    <details className="awards-history">
      <summary>{t('history')}</summary>
      <ol>
        {application.transitions.map((row, index) => (
          <li key={index}>
            {t('historyLine', {
              at: formatDateTime(row.at, zone, i18n.language),
              from: row.from ? t(`stage.${row.from}`) : t('stageNone'),
              to: t(`stage.${row.to}`),
              by: row.by ?? '—',
            })}
            {row.note && <q>{row.note}</q>}
          </li>
        ))}
      </ol>
    </details>
  );
}
