import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Field } from '../../ui/components';
import { CountrySelect } from '../../ui/country-select';
import { formatDay } from '../../ui/time';
import type { EventInput } from './settings-api';
import { suggestSlug } from './slug';
import { DayInput } from './day-inputs';
import { useRefusals } from './refusals';
import { languageName } from '../../ui/language-name';

// Languages an event in the region is most often held in; the API takes any ISO 639 code.
const LANGUAGE_CHOICES = ['en', 'vi', 'th', 'id', 'ms', 'fil', 'km', 'lo', 'my', 'zh', 'ja', 'ko', 'fr', 'es', 'pt', 'ar', 'ru'];

const timeZones = (): string[] => Intl.supportedValuesOf('timeZone').filter((zone) => zone.includes('/'));

export const emptyEvent: EventInput = {
  name: '',
  slug: '',
  startDate: '',
  endDate: '',
  timeZone: '',
  venue: '',
  city: '',
  country: '',
  languages: ['en'],
  organiser: '',
  description: '',
};

/** A calendar date typed in a date field, said back in the page's language (the field itself follows the browser). */
export function DayHint({ value }: { value: string }) {
  const { t, i18n } = useTranslation('settings');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return <span className="reads">{t('registration.reads', { when: formatDay(value, i18n.language) })}</span>;
}

/** Name, dates, zone, place and languages of an event: the new-event form and the settings' details section. */
export function EventDetailsForm({
  initial,
  withSlug,
  submitLabel,
  busy,
  error,
  notice,
  onSubmit,
}: {
  initial: EventInput;
  withSlug: boolean;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  notice?: string;
  onSubmit: (input: EventInput) => void;
}) {
  const { t, i18n } = useTranslation('settings');
  const [draft, setDraft] = useState<EventInput>(initial);
  const [slugTyped, setSlugTyped] = useState(false);
  const zonesId = useId();
  const { fields: errors, general } = useRefusals(error);
  const set = <K extends keyof EventInput>(key: K, value: EventInput[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const toggleLanguage = (code: string, on: boolean) =>
    set('languages', on ? [...draft.languages, code] : draft.languages.filter((language) => language !== code));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Texts of a language no longer offered would be refused; empty ones mean "as in the first language".
    const offered = draft.languages.slice(1);
    const translations = Object.fromEntries(
      Object.entries(draft.translations ?? {})
        .filter(([code]) => offered.includes(code))
        .map(([code, texts]) => [code, Object.fromEntries(Object.entries(texts).filter(([, text]) => typeof text === 'string' && text.trim() !== ''))]),
    );
    onSubmit({ ...draft, translations });
  };

  return (
    <form onSubmit={submit} noValidate className="settings-form">
      <ErrorMessage error={general} />
      <Field label={t('details.name')} error={errors.name} required>
        {(props) => (
          <input
            {...props}
            value={draft.name}
            maxLength={300}
            onChange={(e) =>
              setDraft((current) => ({ ...current, name: e.target.value, ...(withSlug && !slugTyped ? { slug: suggestSlug(e.target.value) } : {}) }))
            }
          />
        )}
      </Field>
      {withSlug && (
        <Field label={t('details.slug')} error={errors.slug} hint={t('details.slugHint')} required>
          {(props) => (
            <input
              {...props}
              value={draft.slug}
              maxLength={100}
              onChange={(e) => {
                setSlugTyped(true);
                set('slug', e.target.value);
              }}
            />
          )}
        </Field>
      )}
      <div className="field-row">
        <Field label={t('details.startDate')} error={errors.startDate} required>
          {(props) => (
            <>
              <DayInput {...props} value={draft.startDate} onChange={(value) => set('startDate', value)} />
              <DayHint value={draft.startDate} />
            </>
          )}
        </Field>
        <Field label={t('details.endDate')} error={errors.endDate} required>
          {(props) => (
            <>
              <DayInput {...props} value={draft.endDate} onChange={(value) => set('endDate', value)} />
              <DayHint value={draft.endDate} />
            </>
          )}
        </Field>
      </div>
      <Field label={t('details.timeZone')} error={errors.timeZone} hint={t('details.timeZoneHint')} required>
        {(props) => (
          <>
            <input {...props} list={zonesId} autoComplete="off" value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)} />
            <datalist id={zonesId}>
              {timeZones().map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field label={t('details.venue')} error={errors.venue}>
        {(props) => <input {...props} value={draft.venue} maxLength={500} onChange={(e) => set('venue', e.target.value)} />}
      </Field>
      <div className="field-row">
        <Field label={t('details.city')} error={errors.city}>
          {(props) => <input {...props} value={draft.city} maxLength={200} onChange={(e) => set('city', e.target.value)} />}
        </Field>
        <Field label={t('details.country')} error={errors.country} required>
          {(props) => <CountrySelect {...props} nonMembers value={draft.country} onChange={(code) => set('country', code)} />}
        </Field>
      </div>
      <fieldset className="field" aria-describedby={errors.languages ? 'languages-error' : undefined}>
        <legend>{t('details.languages')}</legend>
        <div className="checkbox-grid">
          {LANGUAGE_CHOICES.concat(draft.languages.filter((code) => !LANGUAGE_CHOICES.includes(code))).map((code) => (
            <label key={code} className="checkbox">
              <input type="checkbox" checked={draft.languages.includes(code)} onChange={(e) => toggleLanguage(code, e.target.checked)} />{' '}
              {languageName(code, i18n.language)}
            </label>
          ))}
        </div>
        {errors.languages && (
          <p className="field-error" id="languages-error" role="alert">
            {errors.languages.join(' ')}
          </p>
        )}
      </fieldset>
      <Field label={t('details.organiser')} error={errors.organiser}>
        {(props) => <input {...props} value={draft.organiser} maxLength={500} onChange={(e) => set('organiser', e.target.value)} />}
      </Field>
      <Field label={t('details.description')} error={errors.description}>
        {(props) => <textarea {...props} rows={4} value={draft.description} onChange={(e) => set('description', e.target.value)} />}
      </Field>
      {draft.languages.slice(1).map((code) => (
        <TranslatedDetails
          key={code}
          language={code}
          label={t('details.inLanguage', { language: languageName(code, i18n.language) })}
          hint={t('details.inLanguageHint', { language: languageName(code, i18n.language) })}
          texts={draft.translations?.[code] ?? {}}
          onChange={(texts) => set('translations', { ...draft.translations, [code]: texts })}
        />
      ))}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

type EventTexts = { name?: string; venue?: string; organiser?: string; description?: string };

/** The name, venue, organiser and description in one of the event's other languages; what is left empty falls back to the first language. */
function TranslatedDetails({
  language,
  label,
  hint,
  texts,
  onChange,
}: {
  language: string;
  label: string;
  hint: string;
  texts: EventTexts;
  onChange: (texts: EventTexts) => void;
}) {
  const { t } = useTranslation('settings');
  const set = (key: keyof EventTexts, value: string) => onChange({ ...texts, [key]: value });
  return (
    <fieldset className="field translated" lang={language}>
      <legend>{label}</legend>
      <p className="hint">{hint}</p>
      <Field label={`${t('details.name')} (${language})`}>
        {(props) => <input {...props} value={texts.name ?? ''} maxLength={300} onChange={(e) => set('name', e.target.value)} />}
      </Field>
      <Field label={`${t('details.venue')} (${language})`}>
        {(props) => <input {...props} value={texts.venue ?? ''} maxLength={500} onChange={(e) => set('venue', e.target.value)} />}
      </Field>
      <Field label={`${t('details.organiser')} (${language})`}>
        {(props) => <input {...props} value={texts.organiser ?? ''} maxLength={500} onChange={(e) => set('organiser', e.target.value)} />}
      </Field>
      <Field label={`${t('details.description')} (${language})`}>
        {(props) => <textarea {...props} rows={3} value={texts.description ?? ''} onChange={(e) => set('description', e.target.value)} />}
      </Field>
    </fieldset>
  );
}
