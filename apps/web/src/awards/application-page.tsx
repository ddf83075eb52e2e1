import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api, type Schemas, unwrap } from '../api/client';
import { hasRole, useMe } from '../auth/session';
import { ErrorMessage, Field, fieldErrors, QueryView } from '../ui/components';
import { useEventDetails } from '../ui/event-query';
import { formatDateTime } from '../ui/time';
import { useFileUpload } from '../ui/use-file-upload';
import {
  type Application,
  applicationKeys,
  DocumentLink,
  NotShortlistedNotice,
  RoundClosedNote,
  StageBadge,
  StageHistory,
  useMyApplications,
  useRoundSteps,
} from './application-parts';
import { useDownload } from '../ui/use-download';
import { useRounds } from './award-data';
import { EventLine, RoleGate } from './award-shell';

type ChecklistItem = Application['checklist'][number];
const ACCEPT: Record<string, string> = { pdf: '.pdf,application/pdf', png: '.png,image/png', jpeg: '.jpg,.jpeg,image/jpeg' };

/** A city's representative: their applications, each item of the round's checklist, and submission to the National Commission. */
export function ApplicationPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('applications');
  const me = useMe().data;
  const represents = hasRole(me, slug, 'representative');
  const applications = useMyApplications(slug, represents);
  const cities = useQuery({
    queryKey: ['awards', slug, 'represented'],
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/cities/represented', { params: { path: { slug } } })),
    enabled: represents,
  });
  return (
    <RoleGate slug={slug} roles={['representative']}>
      <div className="awards">
        <EventLine slug={slug} />
        <h1>{t('apply.title')}</h1>
        <p>{t('apply.intro')}</p>
        <QueryView query={applications}>
          {(list) => (
            <>
              {list.map((application) => (
                <ApplicationEditor key={application.id} slug={slug} application={application} />
              ))}
              <QueryView query={cities}>
                {(rows) =>
                  rows.length === 0 ? (
                    <p className="awards-empty">{t('apply.noCity')}</p>
                  ) : (
                    <StartApplication slug={slug} cities={rows.map((row) => ({ id: row.cityId, name: row.city }))} taken={list} />
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

function StartApplication({ slug, cities, taken }: { slug: string; cities: { id: string; name: string }[]; taken: Application[] }) {
  const { t, i18n } = useTranslation('applications');
  const client = useQueryClient();
  const zone = useEventDetails(slug).data?.timeZone ?? 'UTC';
  const rounds = useRounds(slug);
  const open = (rounds.data ?? []).filter((round) => Date.parse(round.nominationDeadline) > Date.now());
  const start = useMutation({
    mutationFn: ({ roundId, cityId }: { roundId: string; cityId: string }) =>
      unwrap(api.POST('/events/{slug}/awards/rounds/{roundId}/applications', { params: { path: { slug, roundId } }, body: { cityId } })),
    onSuccess: () => client.invalidateQueries({ queryKey: applicationKeys.mine(slug) }),
  });
  if (rounds.data && open.length === 0) return <p className="awards-empty">{t('apply.noRound')}</p>;
  return (
    <>
      <ErrorMessage error={start.error} />
      {open.map((round) => (
        <section key={round.id} className="card" aria-labelledby={`open-${round.id}`}>
          <h2 id={`open-${round.id}`}>{round.name}</h2>
          <p>{t('apply.deadline', { at: formatDateTime(round.nominationDeadline, zone, i18n.language) })}</p>
          <div className="awards-buttons">
            {cities
              .filter((city) => !taken.some((application) => application.roundId === round.id && application.cityId === city.id))
              .map((city) => (
                <button key={city.id} type="button" disabled={start.isPending} onClick={() => start.mutate({ roundId: round.id, cityId: city.id })}>
                  {t('apply.start', { city: city.name })}
                </button>
              ))}
          </div>
        </section>
      ))}
    </>
  );
}

function ApplicationEditor({ slug, application }: { slug: string; application: Application }) {
  const { t } = useTranslation('applications');
  const client = useQueryClient();
  const { round, applying, deciding } = useRoundSteps(slug, application.roundId);
  const withCity = application.stage === 'draft' || application.stage === 'returned';
  const editable = withCity && applying;
  const path = { slug, roundId: application.roundId, applicationId: application.id };
  const refresh = () => client.invalidateQueries({ queryKey: applicationKeys.mine(slug) });
  const [summary, setSummary] = useState(application.summary);
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}', { params: { path }, body: { summary } })),
    onSuccess: refresh,
  });
  const submit = useMutation({
    mutationFn: () => unwrap(api.POST('/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/submit', { params: { path } })),
    onSuccess: refresh,
  });
  const headingId = `application-${application.id}`;
  const lastNote = application.stage === 'returned' ? application.transitions.at(-1)?.note : undefined;
  return (
    <section className="card awards-application" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {application.city} · {application.roundName} <StageBadge stage={application.stage} />
      </h2>
      <p className="awards-country">{t('commissionOf', { commission: application.commission })}</p>
      {lastNote && (
        <p className="warning" role="note">
          {lastNote}
        </p>
      )}
      <NotShortlistedNotice application={application} />
      {withCity && round && !applying && <RoundClosedNote slug={slug} round={round} step="apply" />}
      {editable ? (
        <form
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            save.mutate();
          }}
          noValidate
        >
          <Field label={t('apply.summary')} error={fieldErrors(save.error).summary}>
            {(props) => <textarea {...props} rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} />}
          </Field>
          <button type="submit" className="secondary" disabled={save.isPending}>
            {t('apply.save')}
          </button>
          {save.isSuccess && <span role="status"> {t('apply.saved')}</span>}
        </form>
      ) : (
        <>
          {application.summary && <p>{application.summary}</p>}
          {application.stage === 'submitted' && deciding && <p className="notice">{t('apply.locked', { commission: application.commission })}</p>}
          {application.stage === 'submitted' && round && !deciding && <RoundClosedNote slug={slug} round={round} step="commission" />}
        </>
      )}
      <h3>{t('checklist')}</h3>
      {application.checklist.length === 0 && <p className="awards-empty">{t('noChecklist')}</p>}
      <ul className="awards-checklist">
        {application.checklist.map((item) => (
          <ChecklistItemEditor key={item.id} slug={slug} application={application} item={item} editable={editable} onChange={refresh} />
        ))}
      </ul>
      <StageHistory slug={slug} application={application} />
      <ErrorMessage error={submit.error} />
      {submit.isSuccess && (
        <p className="notice" role="status">
          {t('apply.submitted')}
        </p>
      )}
      {editable && (
        <button type="button" disabled={submit.isPending} onClick={() => submit.mutate()}>
          {t('apply.submit')}
        </button>
      )}
    </section>
  );
}

function ChecklistItemEditor({
  slug,
  application,
  item,
  editable,
  onChange,
}: {
  slug: string;
  application: Application;
  item: ChecklistItem;
  editable: boolean;
  onChange: () => Promise<unknown>;
}) {
  const { t } = useTranslation('applications');
  const base = `/events/${encodeURIComponent(slug)}/awards/rounds/${application.roundId}/applications/${application.id}`;
  const upload = useFileUpload<Schemas['ApplicationResponse']>(`${base}/items/${item.id}/file`, onChange);
  const [url, setUrl] = useState('');
  const files = useDownload();
  const path = { slug, roundId: application.roundId, applicationId: application.id };
  const link = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/items/{requirementId}/link', {
          params: { path: { ...path, requirementId: item.id } },
          body: { url },
        }),
      ),
    onSuccess: async () => {
      setUrl('');
      await onChange();
    },
  });
  const remove = useMutation({
    mutationFn: (documentId: string) =>
      unwrap(
        api.DELETE('/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/documents/{documentId}', { params: { path: { ...path, documentId } } }),
      ),
    onSuccess: onChange,
  });
  return (
    <li className="awards-checklist-item">
      <p>
        <span className={item.documents.length ? 'awards-present' : 'awards-missing'}>{item.documents.length ? t('present') : t('missing')}</span>{' '}
        <strong>{item.label}</strong>{' '}
        <span className="awards-country">
          {item.kind === 'link' ? t('linkItem') : t('fileTypes', { types: item.fileTypes.map((type) => type.toUpperCase()).join(', ') })}
        </span>
      </p>
      {item.documents.map((document) => (
        <p key={document.id} className="awards-checklist-document">
          <DocumentLink slug={slug} application={application} document={document} download={files.download} />{' '}
          {editable && (
            <button
              type="button"
              className="secondary"
              aria-label={t('apply.removeLabel', { name: document.url ?? document.filename })}
              onClick={() => remove.mutate(document.id)}
            >
              {t('apply.remove')}
            </button>
          )}
        </p>
      ))}
      <ErrorMessage error={remove.error ?? files.error} />
      {editable && item.kind === 'file' && (
        <form onSubmit={upload.submit} noValidate className="awards-inline-form">
          <ErrorMessage error={upload.error} />
          <Field label={t('apply.fileLabel', { label: item.label })}>
            {(props) => (
              <input
                {...props}
                ref={upload.input}
                type="file"
                accept={item.fileTypes.map((type) => ACCEPT[type]).join(',')}
                onChange={(event) => upload.choose(event.target.files?.[0] ?? null)}
              />
            )}
          </Field>
          <button type="submit" className="secondary" disabled={upload.busy || !upload.file}>
            {upload.busy ? t('apply.uploading') : t('apply.upload')}
          </button>
        </form>
      )}
      {editable && item.kind === 'link' && (
        <form
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            link.mutate();
          }}
          noValidate
          className="awards-inline-form"
        >
          <ErrorMessage error={link.error} />
          <Field label={t('apply.linkLabel', { label: item.label })}>
            {(props) => <input {...props} type="url" placeholder="https://" value={url} onChange={(event) => setUrl(event.target.value)} />}
          </Field>
          <button type="submit" className="secondary" disabled={link.isPending || !url.trim()}>
            {t('apply.addLink')}
          </button>
        </form>
      )}
    </li>
  );
}
