import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client';
import { useEventDetails } from '../ui/event-query';
import { ErrorMessage } from '../ui/components';
import { formatDateTime } from '../ui/time';
import { useDownload } from '../ui/use-download';
import { type Round, useRounds } from './award-data';

export type Application = Schemas['ApplicationResponse'];

export const applicationKeys = {
  mine: (slug: string) => ['awards', slug, 'applications', 'mine'] as const,
  desk: (slug: string) => ['awards', slug, 'applications', 'commission'] as const,
  secretariat: (slug: string, roundId: string) => ['awards', slug, 'applications', 'round', roundId] as const,
};

/**
 * The page's language for the texts the API names (rounds, checklist, Commissions) when the event is held in it,
 * else none (the event's first): the API refuses a language the event does not offer. `ready` once that is known.
 */
export function useApplicationsLanguage(slug: string): { language: string | undefined; ready: boolean } {
  const { i18n } = useTranslation();
  const event = useEventDetails(slug, { asEntered: true });
  const languages = event.data?.languages;
  return { language: languages?.includes(i18n.language) ? i18n.language : undefined, ready: languages !== undefined || event.isError };
}

export function useMyApplications(slug: string, enabled = true) {
  const { language, ready } = useApplicationsLanguage(slug);
  return useQuery({
    queryKey: [...applicationKeys.mine(slug), language],
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/applications/mine', { params: { path: { slug }, query: { language } } })),
    enabled: enabled && ready,
  });
}

/** The stage as a badge, in the reader's language. */
export function StageBadge({ stage }: { stage: Application['stage'] }) {
  const { t } = useTranslation('applications');
  return <span className={`badge awards-stage awards-stage-${stage}`}>{t(`stage.${stage}`)}</span>;
}

/** The round's checklist as answered by the application: each item provided or missing (read only). */
export function ChecklistStatus({ slug, application }: { slug: string; application: Application }) {
  const { t } = useTranslation('applications');
  const files = useDownload();
  if (application.checklist.length === 0) return <p className="awards-empty">{t('noChecklist')}</p>;
  return (
    <>
      <ul className="awards-checklist" aria-label={t('checklist')}>
        {application.checklist.map((item) => (
          <li key={item.id}>
            <span className={item.documents.length ? 'awards-present' : 'awards-missing'}>{item.documents.length ? t('present') : t('missing')}</span>{' '}
            {item.label}
            {item.documents.map((document) => (
              <span key={document.id} className="awards-country">
                {' '}
                · <DocumentLink slug={slug} application={application} document={document} download={files.download} />
              </span>
            ))}
          </li>
        ))}
      </ul>
      <ErrorMessage error={files.error} />
    </>
  );
}

type ApplicationDocument = Application['checklist'][number]['documents'][number];

/** A link item opens its address; a file is fetched with the reader's session and saved under its name. */
export function DocumentLink({
  slug,
  application,
  document,
  download,
}: {
  slug: string;
  application: Application;
  document: ApplicationDocument;
  download: ReturnType<typeof useDownload>['download'];
}) {
  const { t } = useTranslation('applications');
  if (document.url)
    return (
      <a href={document.url} rel="noopener noreferrer" target="_blank">
        {document.url}
      </a>
    );
  const url = `/events/${encodeURIComponent(slug)}/awards/rounds/${application.roundId}/applications/${application.id}/documents/${document.id}`;
  return (
    <button type="button" className="link-button" aria-label={t('download', { name: document.filename })} onClick={() => void download(url, document.filename)}>
      {document.filename}
    </button>
  );
}

/** Why the secretariat left the application off the shortlist: the note of that change. */
export function NotShortlistedNotice({ application }: { application: Application }) {
  const { t } = useTranslation('applications');
  if (application.stage !== 'not_shortlisted') return null;
  const note = [...application.transitions].reverse().find((row) => row.to === 'not_shortlisted')?.note ?? '';
  return (
    <p className="warning" role="note">
      {t('notShortlistedReason', { note })}
    </p>
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

/** What the application's round still allows: once a deadline has passed its steps are history, whatever the stage. */
export function useRoundSteps(slug: string, roundId: string) {
  const round = useRounds(slug).data?.find((row) => row.id === roundId);
  return {
    round,
    applying: !!round && Date.parse(round.nominationDeadline) > Date.now(),
    deciding: !!round && !round.closed && !round.releasedAt,
  };
}

/** Said in place of the buttons of a step that the round has closed. */
export function RoundClosedNote({ slug, round, step }: { slug: string; round: Round; step: 'apply' | 'commission' | 'shortlist' }) {
  const { t, i18n } = useTranslation('applications');
  const zone = useEventDetails(slug).data?.timeZone ?? 'UTC';
  const at = step === 'apply' ? round.nominationDeadline : round.judgingDeadline;
  return (
    <p className="awards-round-closed" role="note">
      {t(`${step}.closed`, { at: formatDateTime(at, zone, i18n.language) })}
    </p>
  );
}
