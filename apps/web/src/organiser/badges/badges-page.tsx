import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { ErrorMessage, Field, QueryView } from '../../ui/components';
import { useDownload } from '../../ui/use-download';
import { OrganiserPage } from '../organiser-shell';

type Layout = components['schemas']['BadgeLayoutDto'];
const SIZES: Layout['size'][] = ['a6', 'cr80', '4x3in'];
const FIELDS: Layout['fields'] = ['honorific', 'organisation', 'delegation', 'country', 'category', 'qr', 'dietary-icons'];

/** How the event's badges print: size, fields, and cards on A4 sheets with crop marks. */
export function BadgesPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('badges');
  const layout = useQuery({ queryKey: ['badge-layout', slug], queryFn: () => unwrap(api.GET('/events/{slug}/badge-layout', { params: { path: { slug } } })) });
  return (
    <OrganiserPage slug={slug} title={t('title')}>
      {() => <QueryView query={layout}>{(saved) => <LayoutForm slug={slug} saved={saved} />}</QueryView>}
    </OrganiserPage>
  );
}

function LayoutForm({ slug, saved }: { slug: string; saved: components['schemas']['BadgeLayoutResponse'] }) {
  const { t } = useTranslation('badges');
  const client = useQueryClient();
  const { download, busy, error: downloadError } = useDownload();
  const [form, setForm] = useState<Layout>({ size: saved.size, fields: saved.fields, sheet: saved.sheet });
  const save = useMutation({
    mutationFn: () => unwrap(api.PUT('/events/{slug}/badge-layout', { params: { path: { slug } }, body: form })),
    onSuccess: (layout) => client.setQueryData(['badge-layout', slug], layout),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const toggle = (field: Layout['fields'][number], on: boolean) =>
    setForm({
      ...form,
      fields: on ? FIELDS.filter((other) => other === field || form.fields.includes(other)) : form.fields.filter((other) => other !== field),
    });
  const changed = form.size !== saved.size || form.sheet !== saved.sheet || form.fields.join() !== saved.fields.join();
  return (
    <section className="card" aria-labelledby="layout-heading">
      <h2 id="layout-heading">{t('layout')}</h2>
      <p>{t('intro')}</p>
      <form onSubmit={submit} noValidate aria-labelledby="layout-heading">
        <ErrorMessage error={save.error} />
        <Field label={t('size')} required>
          {(props) => (
            <select {...props} value={form.size} onChange={(e) => setForm({ ...form, size: e.target.value as Layout['size'] })}>
              {SIZES.map((size) => (
                <option key={size} value={size}>
                  {t(`sizes.${size}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset>
          <legend>{t('fields')}</legend>
          <p className="hint">{t('fieldsHint')}</p>
          {FIELDS.map((field) => (
            // One choice per line: six inline checkboxes read as one run of words.
            <div key={field}>
              <label className="checkbox">
                <input type="checkbox" checked={form.fields.includes(field)} onChange={(e) => toggle(field, e.target.checked)} /> {t(`fieldNames.${field}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" checked={form.sheet} onChange={(e) => setForm({ ...form, sheet: e.target.checked })} /> {t('sheet')}
        </label>
        {form.sheet && form.size === saved.size && <p className="hint">{t('perSheet', { count: saved.perSheet })}</p>}
        <div className="actions">
          <button type="submit" disabled={save.isPending || !changed}>
            {t('save')}
          </button>
          {save.isSuccess && !changed && <span role="status">{t('saved')}</span>}
        </div>
      </form>
      <ErrorMessage error={downloadError} />
      <button
        type="button"
        className="secondary"
        disabled={busy !== null || changed}
        onClick={() => download(`/events/${slug}/badges.pdf`, `${slug}-badges.pdf`)}
      >
        {t('print')}
      </button>
    </section>
  );
}
