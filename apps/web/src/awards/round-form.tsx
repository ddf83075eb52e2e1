import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { ErrorMessage, Field, fieldErrors } from '../ui/components';
import { DateTimeInput } from '../ui/date-time-input';
import { isLocalDateTime } from '../ui/local-date-time';
import { isoToZonedInput, zonedInputToIso } from '../ui/time';
import { type TextTranslations, TranslatedTextFields, textsToSend } from '../ui/translated-text-fields';
import { REGIONS, type Round } from './award-data';

type CreateRound = Schemas['CreateRoundDto'];
type UpdateRound = Schemas['UpdateRoundDto'];

interface Draft {
  name: string;
  description: string;
  /** The round's name and description in the event's other languages. */
  translations: TextTranslations;
  year: string;
  nominationDeadline: string;
  judgingDeadline: string;
  gnlcMembershipRequired: boolean;
  gnlcMinMembershipMonths: string;
  minPopulation: string;
  yearsSinceLastAward: string;
  maxNominationsPerBody: string;
  maxWinnersPerCountry: string;
  maxWinners: string;
  regionQuota: string;
  regionQuotas: Record<string, string>;
  criteria: { name: string; weight: string; description: string; translations: TextTranslations }[];
}

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));

function draftOf(round: Round | undefined, zone: string): Draft {
  if (!round) {
    const year = new Date().getFullYear();
    return {
      name: '',
      description: '',
      translations: {},
      year: String(year),
      nominationDeadline: '',
      judgingDeadline: '',
      gnlcMembershipRequired: true,
      gnlcMinMembershipMonths: '12',
      minPopulation: '10000',
      yearsSinceLastAward: '6',
      maxNominationsPerBody: '2',
      maxWinnersPerCountry: '1',
      maxWinners: '',
      regionQuota: '6',
      regionQuotas: {},
      criteria: [newCriterion()],
    };
  }
  return {
    name: round.name,
    description: round.description,
    translations: round.translations,
    year: String(round.year),
    nominationDeadline: isoToZonedInput(round.nominationDeadline, zone),
    judgingDeadline: isoToZonedInput(round.judgingDeadline, zone),
    gnlcMembershipRequired: round.rules.gnlcMembershipRequired,
    gnlcMinMembershipMonths: text(round.rules.gnlcMinMembershipMonths),
    minPopulation: text(round.rules.minPopulation),
    yearsSinceLastAward: text(round.rules.yearsSinceLastAward),
    maxNominationsPerBody: text(round.rules.maxNominationsPerBody),
    maxWinnersPerCountry: text(round.rules.maxWinnersPerCountry),
    maxWinners: text(round.rules.maxWinners),
    regionQuota: String(round.rules.regionQuota),
    regionQuotas: Object.fromEntries(round.regionQuotas.map((quota) => [quota.region, String(quota.quota)])),
    criteria: round.criteria.map((criterion) => ({
      name: criterion.name,
      weight: String(criterion.weight),
      description: criterion.description,
      translations: criterion.translations,
    })),
  };
}

const newCriterion = () => ({ name: '', weight: '1', description: '', translations: {} });
const TEXTS = ['name', 'description'] as const;

/**
 * Creating a round, or changing one: its rules (an empty number switches the rule off), the quota per
 * region, the weighted criteria and the deadlines, typed in the event's time zone.
 */
export function RoundForm({
  round,
  zone,
  languages,
  pending,
  error,
  onCreate,
  onUpdate,
  onCancel,
}: {
  round?: Round;
  zone: string;
  /** The event's other languages, each offered a name and description beside the first language's. */
  languages: string[];
  pending: boolean;
  error: unknown;
  onCreate?: (body: CreateRound) => void;
  onUpdate?: (body: UpdateRound) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('awards');
  const [draft, setDraft] = useState<Draft>(() => draftOf(round, zone));
  const errors = fieldErrors(error);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const setCriterion = (index: number, patch: Partial<Draft['criteria'][number]>) =>
    set(
      'criteria',
      draft.criteria.map((item, at) => (at === index ? { ...item, ...patch } : item)),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rules = {
      gnlcMembershipRequired: draft.gnlcMembershipRequired,
      gnlcMinMembershipMonths: numberOrNull(draft.gnlcMinMembershipMonths),
      minPopulation: numberOrNull(draft.minPopulation),
      yearsSinceLastAward: numberOrNull(draft.yearsSinceLastAward),
      maxNominationsPerBody: numberOrNull(draft.maxNominationsPerBody),
      maxWinnersPerCountry: numberOrNull(draft.maxWinnersPerCountry),
      maxWinners: numberOrNull(draft.maxWinners),
      regionQuota: Number(draft.regionQuota || 0),
    };
    const criteria = draft.criteria.map((criterion) => ({
      name: criterion.name.trim(),
      weight: Number(criterion.weight),
      description: criterion.description.trim(),
      translations: textsToSend(criterion.translations, languages, TEXTS),
    }));
    const texts = { name: draft.name.trim(), description: draft.description.trim(), translations: textsToSend(draft.translations, languages, TEXTS) };
    const deadlines = {
      // Half-typed times go as empty, so the API names the field.
      nominationDeadline: isLocalDateTime(draft.nominationDeadline) ? zonedInputToIso(draft.nominationDeadline, zone) : '',
      judgingDeadline: isLocalDateTime(draft.judgingDeadline) ? zonedInputToIso(draft.judgingDeadline, zone) : '',
    };
    if (round && onUpdate) {
      const asSent = round.criteria.map(({ name, weight, description, translations }) => ({ name, weight, description, translations }));
      const criteriaChanged = JSON.stringify(criteria) !== JSON.stringify(asSent);
      onUpdate({
        ...texts,
        rules,
        regionQuotas: REGIONS.map((region) => ({ region, quota: numberOrNull(draft.regionQuotas[region] ?? '') })),
        ...(criteriaChanged ? { criteria } : {}),
        ...deadlines,
      } as UpdateRound);
    } else if (onCreate) {
      onCreate({
        ...texts,
        year: Number(draft.year),
        rules,
        regionQuotas: REGIONS.flatMap((region) => {
          const quota = numberOrNull(draft.regionQuotas[region] ?? '');
          return quota === null ? [] : [{ region, quota }];
        }),
        criteria,
        ...deadlines,
      } as CreateRound);
    }
  };

  const ruleNumber = (
    key: 'gnlcMinMembershipMonths' | 'minPopulation' | 'yearsSinceLastAward' | 'maxNominationsPerBody' | 'maxWinnersPerCountry' | 'maxWinners',
  ) => (
    <Field key={key} label={t(`rules.${key}`)} hint={t('form.emptyOff')} error={errors[`rules.${key}`]}>
      {(props) => <input {...props} type="number" inputMode="numeric" min={0} value={draft[key]} onChange={(event) => set(key, event.target.value)} />}
    </Field>
  );

  return (
    <form onSubmit={submit} className="awards-form" noValidate>
      <ErrorMessage error={error} />
      <fieldset>
        <legend>{t('form.basics')}</legend>
        <Field label={t('form.name')} required error={errors.name}>
          {(props) => <input {...props} value={draft.name} maxLength={200} onChange={(event) => set('name', event.target.value)} />}
        </Field>
        <TranslatedTextFields
          field="name"
          label={t('form.name')}
          languages={languages}
          value={draft.translations}
          onChange={(value) => set('translations', value)}
          maxLength={200}
        />
        <Field label={t('form.description')} error={errors.description}>
          {(props) => <textarea {...props} rows={3} value={draft.description} maxLength={5000} onChange={(event) => set('description', event.target.value)} />}
        </Field>
        <TranslatedTextFields
          field="description"
          label={t('form.description')}
          languages={languages}
          value={draft.translations}
          onChange={(value) => set('translations', value)}
          multiline
          maxLength={5000}
        />
        {!round && (
          <Field label={t('form.year')} required error={errors.year}>
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="numeric"
                min={1900}
                max={2200}
                value={draft.year}
                onChange={(event) => set('year', event.target.value)}
              />
            )}
          </Field>
        )}
        <Field label={t('form.nominationDeadline')} hint={t('form.inZone', { zone })} required error={errors.nominationDeadline}>
          {(props) => <DateTimeInput {...props} zone={zone} value={draft.nominationDeadline} onChange={(value) => set('nominationDeadline', value)} />}
        </Field>
        <Field label={t('form.judgingDeadline')} hint={t('form.inZone', { zone })} required error={errors.judgingDeadline}>
          {(props) => <DateTimeInput {...props} zone={zone} value={draft.judgingDeadline} onChange={(value) => set('judgingDeadline', value)} />}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('form.rules')}</legend>
        <div className="field checkbox-field">
          <label>
            <input type="checkbox" checked={draft.gnlcMembershipRequired} onChange={(event) => set('gnlcMembershipRequired', event.target.checked)} />{' '}
            {t('rules.gnlcMembershipRequired')}
          </label>
        </div>
        <div className="awards-grid">
          {ruleNumber('gnlcMinMembershipMonths')}
          {ruleNumber('minPopulation')}
          {ruleNumber('yearsSinceLastAward')}
          {ruleNumber('maxNominationsPerBody')}
          {ruleNumber('maxWinnersPerCountry')}
          {ruleNumber('maxWinners')}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('form.quotas')}</legend>
        <Field label={t('rules.regionQuota')} required error={errors['rules.regionQuota']}>
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="numeric"
              min={0}
              value={draft.regionQuota}
              onChange={(event) => set('regionQuota', event.target.value)}
            />
          )}
        </Field>
        <p className="hint">{t('form.regionQuotaHint')}</p>
        <div className="awards-grid">
          {REGIONS.map((region) => (
            <Field key={region} label={t(`regions.${region}`)} error={errors.regionQuotas}>
              {(props) => (
                <input
                  {...props}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  placeholder={draft.regionQuota}
                  value={draft.regionQuotas[region] ?? ''}
                  onChange={(event) => set('regionQuotas', { ...draft.regionQuotas, [region]: event.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('form.criteria')}</legend>
        {round && <p className="hint">{t('form.criteriaLocked')}</p>}
        {errors.criteria && <p className="field-error">{errors.criteria.join(' ')}</p>}
        <ol className="awards-criteria-inputs">
          {draft.criteria.map((criterion, index) => (
            <li key={index}>
              <Field label={t('form.criterionName', { number: index + 1 })} required error={errors[`criteria.${index}.name`]}>
                {(props) => <input {...props} value={criterion.name} onChange={(event) => setCriterion(index, { name: event.target.value })} />}
              </Field>
              <TranslatedTextFields
                field="name"
                label={t('form.criterionName', { number: index + 1 })}
                languages={languages}
                value={criterion.translations}
                onChange={(value) => setCriterion(index, { translations: value })}
                maxLength={200}
              />
              <Field label={t('form.criterionDescription', { number: index + 1 })}>
                {(props) => (
                  <textarea
                    {...props}
                    rows={2}
                    maxLength={5000}
                    value={criterion.description}
                    onChange={(event) => setCriterion(index, { description: event.target.value })}
                  />
                )}
              </Field>
              <TranslatedTextFields
                field="description"
                label={t('form.criterionDescription', { number: index + 1 })}
                languages={languages}
                value={criterion.translations}
                onChange={(value) => setCriterion(index, { translations: value })}
                multiline
                maxLength={5000}
              />
              <Field label={t('form.criterionWeight', { number: index + 1 })} required error={errors[`criteria.${index}.weight`]}>
                {(props) => (
                  <input
                    {...props}
                    type="number"
                    inputMode="decimal"
                    min={0.001}
                    step={0.5}
                    value={criterion.weight}
                    onChange={(event) => setCriterion(index, { weight: event.target.value })}
                  />
                )}
              </Field>
              {draft.criteria.length > 1 && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    set(
                      'criteria',
                      draft.criteria.filter((_, at) => at !== index),
                    )
                  }
                >
                  {t('form.removeCriterion', { number: index + 1 })}
                </button>
              )}
            </li>
          ))}
        </ol>
        <button type="button" className="secondary" onClick={() => set('criteria', [...draft.criteria, newCriterion()])}>
          {t('form.addCriterion')}
        </button>
      </fieldset>

      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? t('saving') : round ? t('form.saveChanges') : t('form.create')}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
