import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap, uploadWithProgress } from '../../api/client';
import { ErrorMessage, Field, QueryView } from '../../ui/components';
import { useEventChange } from './settings-api';
import { useRefusals } from './refusals';

type Identity = Schemas['EventIdentityResponse'];
const identityKey = (slug: string) => ['event-identity', slug];
const path = (slug: string) => ({ params: { path: { slug } } });

/** Emblem, colours, organiser and signatories: what badges, letters, certificates and the run of show print. */
export function IdentitySection({ slug }: { slug: string }) {
  const { t } = useTranslation('settings');
  const identity = useQuery({ queryKey: identityKey(slug), queryFn: () => unwrap(api.GET('/events/{slug}/identity', path(slug))) });
  return (
    <section aria-labelledby="identity-heading" className="settings-section">
      <h2 id="identity-heading">{t('identity.title')}</h2>
      <p className="hint">{t('identity.intro')}</p>
      <QueryView query={identity}>
        {(current) => (
          <>
            <LookForm slug={slug} identity={current} />
            <ImageUpload slug={slug} url={`/events/${slug}/identity/emblem`} label={t('identity.emblem')} has={current.hasEmblem} />
            <SignatoriesForm slug={slug} identity={current} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function LookForm({ slug, identity }: { slug: string; identity: Identity }) {
  const { t } = useTranslation('settings');
  const [draft, setDraft] = useState({ organiserName: identity.organiserName, primaryColour: identity.primaryColour, accentColour: identity.accentColour });
  const save = useEventChange([identityKey(slug)], () => unwrap(api.PATCH('/events/{slug}/identity', { ...path(slug), body: draft })));
  const { fields: errors, general } = useRefusals(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form onSubmit={submit} noValidate className="settings-form">
      <ErrorMessage error={general} />
      <Field label={t('identity.organiser')} hint={t('identity.organiserHint', { name: identity.printedOrganiserName })} error={errors.organiserName}>
        {(props) => <input {...props} maxLength={300} value={draft.organiserName} onChange={(e) => setDraft({ ...draft, organiserName: e.target.value })} />}
      </Field>
      <div className="settings-row">
        <Field label={t('identity.primary')} error={errors.primaryColour}>
          {(props) => (
            <input {...props} type="color" value={draft.primaryColour} onChange={(e) => setDraft({ ...draft, primaryColour: e.target.value.toLowerCase() })} />
          )}
        </Field>
        <Field label={t('identity.accent')} error={errors.accentColour}>
          {(props) => (
            <input {...props} type="color" value={draft.accentColour} onChange={(e) => setDraft({ ...draft, accentColour: e.target.value.toLowerCase() })} />
          )}
        </Field>
      </div>
      {save.isSuccess && (
        <p className="notice" role="status">
          {t('identity.saved')}
        </p>
      )}
      <button type="submit" disabled={save.isPending}>
        {t('identity.save')}
      </button>
    </form>
  );
}

/** A PNG or JPEG for the emblem or a signature; the server checks the content and the size. */
function ImageUpload({ slug, url, label, has, preview = true }: { slug: string; url: string; label: string; has: boolean; preview?: boolean }) {
  const { t } = useTranslation('settings');
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [revision, setRevision] = useState(0);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const form = new FormData();
      form.append('file', file);
      client.setQueryData(identityKey(slug), await uploadWithProgress<Identity>(url, form, () => undefined, 'PUT'));
      setRevision((value) => value + 1);
      setFile(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="settings-form identity-image">
      {preview && has && <img src={`${url}?v=${revision}`} alt={label} height={64} />}
      {!has && <p className="hint">{t('identity.noImage')}</p>}
      <ErrorMessage error={error} />
      <Field label={label} hint={t('identity.imageHint')}>
        {(props) => <input {...props} key={revision} type="file" accept="image/png,image/jpeg" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
      </Field>
      <button type="submit" className="secondary" disabled={busy || !file}>
        {busy ? t('identity.uploading') : t('identity.upload')}
      </button>
    </form>
  );
}

function SignatoriesForm({ slug, identity }: { slug: string; identity: Identity }) {
  const { t } = useTranslation('settings');
  const [rows, setRows] = useState(identity.signatories.map(({ id, name, title }) => ({ id: id as string | undefined, name, title })));
  const save = useEventChange([identityKey(slug)], () =>
    unwrap(api.PUT('/events/{slug}/identity/signatories', { ...path(slug), body: { signatories: rows } })),
  );
  const { general } = useRefusals(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  const change = (index: number, field: 'name' | 'title', value: string) => setRows(rows.map((row, at) => (at === index ? { ...row, [field]: value } : row)));
  return (
    <div className="identity-signatories">
      <h3>{t('identity.signatories')}</h3>
      <form onSubmit={submit} noValidate className="settings-form">
        <ErrorMessage error={general} />
        {rows.map((row, index) => (
          <fieldset key={row.id ?? `new-${index}`} className="settings-row">
            <legend>{t('identity.signatory', { number: index + 1 })}</legend>
            <Field label={t('identity.name')} required>
              {(props) => <input {...props} maxLength={200} value={row.name} onChange={(e) => change(index, 'name', e.target.value)} />}
            </Field>
            <Field label={t('identity.position')}>
              {(props) => <input {...props} maxLength={300} value={row.title} onChange={(e) => change(index, 'title', e.target.value)} />}
            </Field>
            <button type="button" className="secondary" onClick={() => setRows(rows.filter((_, at) => at !== index))}>
              {t('identity.removeSignatory')}
            </button>
          </fieldset>
        ))}
        {rows.length < 4 && (
          <button type="button" className="secondary" onClick={() => setRows([...rows, { id: undefined, name: '', title: '' }])}>
            {t('identity.addSignatory')}
          </button>
        )}
        {save.isSuccess && (
          <p className="notice" role="status">
            {t('identity.signatoriesSaved')}
          </p>
        )}
        <button type="submit" disabled={save.isPending}>
          {t('identity.saveSignatories')}
        </button>
      </form>
      {identity.signatories.map((signatory) => (
        <ImageUpload
          key={signatory.id}
          slug={slug}
          url={`/events/${slug}/identity/signatories/${signatory.id}/signature`}
          label={t('identity.signature', { name: signatory.name })}
          has={signatory.hasSignature}
          preview={false}
        />
      ))}
    </div>
  );
}
