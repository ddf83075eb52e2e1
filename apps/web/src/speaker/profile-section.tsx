import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, uploadWithProgress } from '../api/client';
import { ErrorMessage, Field, fieldErrors, QueryView } from '../ui/components';
import { isFileRejection, profileKey, rejectionMessage, type SpeakerProfile } from './speaker-api';

interface ProfileForm {
  name: string;
  title: string;
  organisation: string;
  city: string;
  country: string;
  bioEn: string;
  bioVi: string;
}

const toForm = (profile: SpeakerProfile): ProfileForm => ({
  name: profile.name,
  title: profile.title,
  organisation: profile.organisation,
  city: profile.city,
  country: profile.country,
  bioEn: profile.biography.en ?? '',
  bioVi: profile.biography.vi ?? '',
});

export function ProfileSection() {
  const { t } = useTranslation('speaker');
  const profile = useQuery({ queryKey: profileKey, queryFn: () => unwrap(api.GET('/me/speaker-profile')) });
  return (
    <section className="speaker-profile" aria-labelledby="speaker-profile-heading">
      <h2 id="speaker-profile-heading">{t('profile.title')}</h2>
      <p className="speaker-muted">{t('profile.intro')}</p>
      <QueryView query={profile}>
        {(data) => (
          <>
            <PhotoForm profile={data} />
            <DetailsForm profile={data} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function DetailsForm({ profile }: { profile: SpeakerProfile }) {
  const { t } = useTranslation('speaker');
  const client = useQueryClient();
  const [form, setForm] = useState<ProfileForm>(() => toForm(profile));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const set = (key: keyof ProfileForm) => (event: { target: { value: string } }) => {
    setSaved(false);
    setForm((current) => ({ ...current, [key]: event.target.value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      // The biography is replaced as a whole: keep languages this form does not edit, drop emptied ones.
      const biography: Record<string, string> = { ...profile.biography, en: form.bioEn.trim(), vi: form.bioVi.trim() };
      for (const language of Object.keys(biography)) if (!biography[language]) delete biography[language];
      const updated = await unwrap(
        api.PUT('/me/speaker-profile', {
          body: {
            name: form.name.trim(),
            title: form.title.trim(),
            organisation: form.organisation.trim(),
            city: form.city.trim(),
            country: form.country.trim().toUpperCase(),
            biography,
          },
        }),
      );
      client.setQueryData(profileKey, updated);
      setForm(toForm(updated));
      setSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const errors = fieldErrors(error);
  const unplaced = error && Object.keys(errors).length === 0;
  return (
    <form onSubmit={submit} noValidate className="speaker-profile-form">
      {unplaced ? <ErrorMessage error={error} /> : null}
      <Field label={t('profile.name')} error={errors.name} required>
        {(props) => <input {...props} autoComplete="name" maxLength={200} value={form.name} onChange={set('name')} />}
      </Field>
      <Field label={t('profile.jobTitle')} error={errors.title}>
        {(props) => <input {...props} autoComplete="organization-title" maxLength={200} value={form.title} onChange={set('title')} />}
      </Field>
      <Field label={t('profile.organisation')} error={errors.organisation}>
        {(props) => <input {...props} autoComplete="organization" maxLength={300} value={form.organisation} onChange={set('organisation')} />}
      </Field>
      <div className="speaker-two">
        <Field label={t('profile.city')} error={errors.city}>
          {(props) => <input {...props} autoComplete="address-level2" maxLength={200} value={form.city} onChange={set('city')} />}
        </Field>
        <Field label={t('profile.country')} hint={t('profile.countryHint')} error={errors.country}>
          {(props) => (
            <input {...props} autoComplete="country" maxLength={2} size={4} className="speaker-country" value={form.country} onChange={set('country')} />
          )}
        </Field>
      </div>
      <Field label={t('profile.biographyEn')} hint={t('profile.biographyHint')} error={errors.biography}>
        {(props) => <textarea {...props} lang="en" rows={5} maxLength={2000} value={form.bioEn} onChange={set('bioEn')} />}
      </Field>
      <Field label={t('profile.biographyVi')} hint={t('profile.biographyHint')} error={errors.biography}>
        {(props) => <textarea {...props} lang="vi" rows={5} maxLength={2000} value={form.bioVi} onChange={set('bioVi')} />}
      </Field>
      {saved && (
        <p className="notice" role="status">
          {t('profile.saved')}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('saving', { ns: 'common' }) : t('profile.save')}
      </button>
    </form>
  );
}

function PhotoForm({ profile }: { profile: SpeakerProfile }) {
  const { t } = useTranslation('speaker');
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  // The photo URL is public and cached for a few minutes: a new one gets a new query string.
  const [revision, setRevision] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const form = new FormData();
      form.append('file', file);
      const updated = await uploadWithProgress<SpeakerProfile>('/me/speaker-profile/photo', form, () => undefined, 'PUT');
      client.setQueryData(profileKey, updated);
      setRevision((value) => value + 1);
      setFile(null);
      if (input.current) input.current.value = '';
      setSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="speaker-photo">
      <h3>{t('profile.photo')}</h3>
      <div className="speaker-photo-row">
        {profile.hasPhoto ? (
          <img src={`/speakers/${profile.userId}/photo${revision ? `?v=${revision}` : ''}`} alt={t('profile.photoAlt')} width={96} height={96} />
        ) : (
          <p className="speaker-muted">{t('profile.noPhoto')}</p>
        )}
        <div>
          {!isFileRejection(error) && <ErrorMessage error={error} />}
          <Field label={t('profile.photoFile')} error={rejectionMessage(error, t)}>
            {(props) => (
              <input
                {...props}
                ref={input}
                type="file"
                accept="image/jpeg,image/png,image/webp"
                onChange={(event) => {
                  setError(undefined);
                  setSaved(false);
                  setFile(event.target.files?.[0] ?? null);
                }}
              />
            )}
          </Field>
          {saved && (
            <p className="notice" role="status">
              {t('profile.photoSaved')}
            </p>
          )}
          <button type="submit" className="secondary" disabled={busy || !file}>
            {busy ? t('slot.uploading') : t('profile.photoUpload')}
          </button>
        </div>
      </div>
    </form>
  );
}
