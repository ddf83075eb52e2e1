import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type Schemas, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { ErrorMessage, Field, fieldErrors } from '../ui/components';
import { countryName } from '../ui/countries';
import { awardKeys, REGIONS } from './award-data';

const EMPTY = { name: '', country: '', region: '', population: '', gnlcMemberSince: '', lastAwardYear: '' };

/** An empty number field is an unknown figure; anything else goes to the API, which names what is wrong with it. */
function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

/** Adding one city to the registry; the API's refusals are shown at their fields. */
export function CityForm({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation(['cities', 'awards']);
  const { t: tCommon } = useTranslation();
  const client = useQueryClient();
  const headingId = useId();
  const [draft, setDraft] = useState(EMPTY);
  const [done, setDone] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (body: Schemas['CreateCityDto']) => unwrap(api.POST('/events/{slug}/awards/cities', { params: { path: { slug } }, body })),
    onSuccess: (city) => {
      setDone(city.name);
      setDraft(EMPTY);
      void client.invalidateQueries({ queryKey: awardKeys.cities(slug) });
    },
  });
  const errors = fieldErrors(create.error);
  // A city already in the registry is a problem of its name.
  const exists = create.error instanceof ApiError && create.error.code === 'CITY_EXISTS' ? errorText(tCommon, create.error) : undefined;
  const shownAtField = exists !== undefined || Object.keys(errors).length > 0;
  const set = (key: keyof typeof EMPTY, value: string) => {
    setDone(null);
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    create.mutate({
      name: draft.name.trim(),
      country: draft.country.trim().toUpperCase(),
      region: draft.region as Schemas['CreateCityDto']['region'],
      population: numberOrNull(draft.population),
      gnlcMemberSince: draft.gnlcMemberSince.trim() || null,
      lastAwardYear: numberOrNull(draft.lastAwardYear),
    });
  };
  const country = /^[A-Za-z]{2}$/.test(draft.country.trim()) ? countryName(draft.country.trim().toUpperCase(), i18n.language) : '';

  return (
    <form onSubmit={submit} aria-labelledby={headingId} noValidate className="awards-city-form">
      <h2 id={headingId}>{t('add.title')}</h2>
      {done && (
        <p className="notice" role="status">
          {t('add.done', { city: done })}
        </p>
      )}
      {!shownAtField && <ErrorMessage error={create.error} />}
      <Field label={t('name')} required error={exists ?? errors.name}>
        {(props) => <input {...props} value={draft.name} onChange={(event) => set('name', event.target.value)} />}
      </Field>
      <Field label={t('country')} hint={country ? `${t('add.countryHint')} ${country}` : t('add.countryHint')} required error={errors.country}>
        {(props) => <input {...props} maxLength={2} size={4} value={draft.country} onChange={(event) => set('country', event.target.value)} />}
      </Field>
      <Field label={t('region')} required error={errors.region}>
        {(props) => (
          <select {...props} value={draft.region} onChange={(event) => set('region', event.target.value)}>
            <option value="">{t('add.chooseRegion')}</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {t(`awards:regions.${region}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('population')} error={errors.population}>
        {(props) => <input {...props} type="number" step={1} value={draft.population} onChange={(event) => set('population', event.target.value)} />}
      </Field>
      <Field label={t('gnlcMemberSince')} hint={t('add.gnlcHint')} error={errors.gnlcMemberSince}>
        {(props) => (
          <input
            {...props}
            type="month"
            min="2013-01"
            placeholder="2023-03"
            value={draft.gnlcMemberSince}
            onChange={(event) => set('gnlcMemberSince', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('lastAwardYear')} hint={t('add.lastAwardHint')} error={errors.lastAwardYear}>
        {(props) => <input {...props} type="number" step={1} value={draft.lastAwardYear} onChange={(event) => set('lastAwardYear', event.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? t('awards:saving') : t('add.submit')}
        </button>
      </div>
    </form>
  );
}
