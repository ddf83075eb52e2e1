import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api, type Schemas, unwrap } from '../../api/client';
import { ErrorMessage, Field, fieldErrors, QueryView } from '../../ui/components';
import { formatDateTime } from '../../ui/time';
import { useDownload } from '../../ui/use-download';
import { type OrganiserEvent, OrganiserPage } from '../organiser-shell';
import { DayInput } from '../settings/day-inputs';
import './visas.css';

type Settings = Schemas['VisaLetterSettingsResponse'];
type Bearer = Settings['costs'][number]['bears'];

/** Who signs visa letters and who pays, how long passport data is kept, and who has seen it. */
export function VisasPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('visas');
  return (
    <OrganiserPage slug={slug} title={t('title')}>
      {(event) => (
        <div className="visas-page">
          <SettingsCard slug={slug} event={event} />
          <AuditCard slug={slug} event={event} />
        </div>
      )}
    </OrganiserPage>
  );
}

function SettingsCard({ slug, event }: { slug: string; event: OrganiserEvent }) {
  const settings = useQuery({
    queryKey: ['visa-letter-settings', slug],
    queryFn: () => unwrap(api.GET('/events/{slug}/visa-letter-settings', { params: { path: { slug } } })),
  });
  return <QueryView query={settings}>{(data) => <SettingsForm slug={slug} event={event} saved={data} />}</QueryView>;
}

function SettingsForm({ slug, event, saved }: { slug: string; event: OrganiserEvent; saved: Settings }) {
  const { t, i18n } = useTranslation('visas');
  const client = useQueryClient();
  const [form, setForm] = useState({ signatoryName: saved.signatoryName, signatoryTitle: saved.signatoryTitle, retentionDate: saved.retentionDate ?? '' });
  const [costs, setCosts] = useState<Record<string, Bearer>>(() => Object.fromEntries(saved.costs.map((cost) => [cost.category, cost.bears])));
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/events/{slug}/visa-letter-settings', {
          params: { path: { slug } },
          body: { ...form, retentionDate: form.retentionDate || null, costs: Object.entries(costs).map(([category, bears]) => ({ category, bears })) },
        }),
      ),
    onSuccess: (data) => client.setQueryData(['visa-letter-settings', slug], data),
  });
  const errors = fieldErrors(save.error);
  const set = (field: keyof typeof form) => (value: string) => {
    save.reset();
    setForm((current) => ({ ...current, [field]: value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="visa-letters-title">
      <h2 id="visa-letters-title">{t('letterTitle')}</h2>
      <p className="hint">{t('letterHint')}</p>
      <Field label={t('signatoryName')} error={errors.signatoryName}>
        {(props) => <input {...props} value={form.signatoryName} onChange={(e) => set('signatoryName')(e.target.value)} />}
      </Field>
      <Field label={t('signatoryTitle')} error={errors.signatoryTitle}>
        {(props) => <input {...props} value={form.signatoryTitle} onChange={(e) => set('signatoryTitle')(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>{t('costsTitle')}</legend>
        {saved.costs.map((cost) => (
          <Field key={cost.category} label={cost.name}>
            {(props) => (
              <select
                {...props}
                value={costs[cost.category]}
                onChange={(e) => setCosts((current) => ({ ...current, [cost.category]: e.target.value as Bearer }))}
              >
                {(['delegate', 'organiser', 'shared'] as const).map((bears) => (
                  <option key={bears} value={bears}>
                    {t(`bears.${bears}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </fieldset>
      <h2>{t('retentionTitle')}</h2>
      <Field label={t('retentionDate')} hint={t('retentionHint')} error={errors.retentionDate}>
        {(props) => <DayInput {...props} value={form.retentionDate} onChange={set('retentionDate')} />}
      </Field>
      {saved.erasedAt && (
        <p className="notice">
          {t('erasedOn', { date: formatDateTime(saved.erasedAt, event.timeZone, i18n.language), passports: saved.erasedPassports, needs: saved.erasedNeeds })}
        </p>
      )}
      {save.isSuccess && (
        <p className="notice" role="status">
          {t('saved')}
        </p>
      )}
      {Object.keys(errors).length === 0 && <ErrorMessage error={save.error} />}
      <button type="submit" disabled={save.isPending}>
        {t('save')}
      </button>
    </form>
  );
}

function AuditCard({ slug, event }: { slug: string; event: OrganiserEvent }) {
  const { t, i18n } = useTranslation('visas');
  const client = useQueryClient();
  const files = useDownload();
  const log = useQuery({
    queryKey: ['passport-access-log', slug],
    queryFn: () => unwrap(api.GET('/events/{slug}/passport-access-log', { params: { path: { slug } } })),
  });
  const exportCsv = async () => {
    await files.download(`/events/${slug}/registrations.csv?include=passport`, 'registrations-passport.csv');
    void client.invalidateQueries({ queryKey: ['passport-access-log', slug] });
  };
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('auditTitle')}</h2>
      <p className="hint">{t('auditHint')}</p>
      <div className="actions">
        <button type="button" className="secondary" disabled={files.busy !== null} onClick={() => void exportCsv()}>
          {t('exportPassport')}
        </button>
      </div>
      <ErrorMessage error={files.error} />
      <QueryView query={log}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('auditEmpty')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{t('auditTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('column.at')}</th>
                    <th scope="col">{t('column.who')}</th>
                    <th scope="col">{t('column.action')}</th>
                    <th scope="col">{t('column.delegate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((row) => (
                    <tr key={row.id}>
                      <td>
                        <time dateTime={row.at}>{formatDateTime(row.at, event.timeZone, i18n.language)}</time>
                      </td>
                      <td>{row.actor === 'organiser' ? row.actorEmail : t(`actor.${row.actor as 'delegate' | 'retention'}`)}</td>
                      <td>{t(`action.${row.action}`)}</td>
                      <td>{row.delegate ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
    </section>
  );
}
