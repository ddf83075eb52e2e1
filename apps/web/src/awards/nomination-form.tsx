import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type Schemas, unwrap } from '../api/client';
import { ErrorMessage, Field, fieldErrors } from '../ui/components';
import { awardKeys, type City, formatNumber, type Nomination, type Round, useCommissions } from './award-data';
import { countryName } from '../ui/countries';
import { LanguageOptions } from '../ui/language-options';

interface FailedRule {
  rule: string;
  message: string;
}

/** The rules a city failed, from a 422 naming each ({ rule, message }). */
function failedRules(error: unknown): FailedRule[] {
  if (!(error instanceof ApiError) || error.status !== 422 || !Array.isArray(error.details)) return [];
  return (error.details as Partial<FailedRule>[]).filter((item): item is FailedRule => typeof item?.rule === 'string' && typeof item.message === 'string');
}

/**
 * Nominating a city to a round. The API checks every rule of the round and names each one the city
 * fails; they are listed beside the form, in the reader's language.
 */
export function NominationForm({
  slug,
  round,
  cities,
  onNominated,
}: {
  slug: string;
  round: Round;
  cities: City[];
  onNominated?: (nomination: Nomination) => void;
}) {
  const { t, i18n } = useTranslation('awards');
  const client = useQueryClient();
  const headingId = useId();
  const [draft, setDraft] = useState({
    cityId: cities.length === 1 ? cities[0].id : '',
    commissionId: '',
    contactName: '',
    contactEmail: '',
    contactLanguage: 'en',
    summary: '',
  });
  const [done, setDone] = useState<string | null>(null);
  const nominate = useMutation({
    mutationFn: (body: Schemas['CreateNominationDto']) =>
      unwrap(api.POST('/events/{slug}/awards/rounds/{roundId}/nominations', { params: { path: { slug, roundId: round.id } }, body })),
    onSuccess: (nomination) => {
      setDone(nomination.city);
      setDraft((current) => ({ ...current, cityId: '', summary: '' }));
      void client.invalidateQueries({ queryKey: awardKeys.nominations(slug, round.id) });
      void client.invalidateQueries({ queryKey: awardKeys.results(slug, round.id) });
      onNominated?.(nomination);
    },
  });
  const errors = fieldErrors(nominate.error);
  const failed = failedRules(nominate.error);
  const city = cities.find((candidate) => candidate.id === draft.cityId);
  // A city is nominated by its own country's Commission: the list offers that one first, or only that one.
  const commissions = (useCommissions(slug).data ?? []).filter((commission) => !city || commission.country === city.country);
  const commissionId =
    draft.commissionId && commissions.some((c) => c.id === draft.commissionId) ? draft.commissionId : city && commissions.length === 1 ? commissions[0].id : '';
  const set = (key: keyof typeof draft, value: string) => {
    setDone(null);
    setDraft((current) => ({ ...current, [key]: value }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    nominate.mutate({
      cityId: draft.cityId,
      commissionId,
      contactName: draft.contactName.trim(),
      contactEmail: draft.contactEmail.trim(),
      contactLanguage: draft.contactLanguage as 'en' | 'vi',
      summary: draft.summary,
    });
  };

  /** In English the API's own sentence says it best; in Vietnamese each rule is told from the round's figures. */
  const describe = (rule: FailedRule) => {
    if (i18n.language === 'en' || !city) return rule.message;
    const values = {
      city: city.name,
      year: round.year,
      memberSince: city.gnlcMemberSince ?? '',
      months: round.rules.gnlcMinMembershipMonths ?? 0,
      population: city.population === null ? '' : formatNumber(city.population, i18n.language),
      minPopulation: formatNumber(round.rules.minPopulation ?? 0, i18n.language),
      years: round.rules.yearsSinceLastAward ?? 0,
      max: round.rules.maxNominationsPerBody ?? 0,
      commission: commissions.find((c) => c.id === commissionId)?.name ?? '',
    };
    const key = rule.rule === 'minPopulation' && city.population === null ? 'minPopulationUnknown' : rule.rule;
    return t(`eligibility.${key}`, { defaultValue: rule.message, ...values });
  };

  return (
    <div className="awards-nominate">
      <form onSubmit={submit} aria-labelledby={headingId} noValidate>
        <h2 id={headingId}>{t('nominate.title')}</h2>
        {done && (
          <p className="notice" role="status">
            {t('nominate.done', { city: done })}
          </p>
        )}
        {failed.length === 0 && <ErrorMessage error={nominate.error} />}
        <Field label={t('nominate.city')} required error={errors.cityId}>
          {(props) => (
            <select {...props} value={draft.cityId} onChange={(event) => set('cityId', event.target.value)}>
              <option value="">{t('nominate.chooseCity')}</option>
              {cities.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name} ({countryName(option.country, i18n.language)})
                </option>
              ))}
            </select>
          )}
        </Field>
        {city && (
          <p className="hint awards-city-facts">
            {t('nominate.cityFacts', {
              region: t(`regions.${city.region}`),
              population: city.population === null ? t('nominate.unknown') : formatNumber(city.population, i18n.language),
              member: city.gnlcMemberSince ?? t('nominate.notMember'),
            })}
          </p>
        )}
        <Field
          label={t('nominate.body')}
          hint={city && commissions.length === 0 ? t('nominate.noCommission') : t('nominate.bodyHint')}
          required
          error={errors.commissionId}
        >
          {(props) => (
            <select {...props} value={commissionId} onChange={(event) => set('commissionId', event.target.value)}>
              <option value="">{t('nominate.chooseCommission')}</option>
              {commissions.map((option) => (
                // Only the city's own country's Commission is listed, so its name says enough.
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('nominate.contactName')} required error={errors.contactName}>
          {(props) => <input {...props} autoComplete="name" value={draft.contactName} onChange={(event) => set('contactName', event.target.value)} />}
        </Field>
        <Field label={t('nominate.contactEmail')} required error={errors.contactEmail}>
          {(props) => (
            <input {...props} type="email" autoComplete="email" value={draft.contactEmail} onChange={(event) => set('contactEmail', event.target.value)} />
          )}
        </Field>
        <Field label={t('nominate.contactLanguage')} error={errors.contactLanguage}>
          {(props) => (
            <select {...props} value={draft.contactLanguage} onChange={(event) => set('contactLanguage', event.target.value)}>
              <LanguageOptions />
            </select>
          )}
        </Field>
        <Field label={t('nominate.summary')} error={errors.summary}>
          {(props) => <textarea {...props} rows={4} value={draft.summary} onChange={(event) => set('summary', event.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={nominate.isPending}>
            {nominate.isPending ? t('saving') : t('nominate.submit')}
          </button>
        </div>
      </form>
      {failed.length > 0 && (
        <aside className="awards-ineligible error-box" aria-labelledby={`${headingId}-ineligible`}>
          <div role="alert">
            <h3 id={`${headingId}-ineligible`}>{t('nominate.ineligible', { city: city?.name ?? '' })}</h3>
            <ul>
              {failed.map((rule) => (
                <li key={rule.rule} data-rule={rule.rule}>
                  {describe(rule)}
                </li>
              ))}
            </ul>
          </div>
        </aside>
      )}
    </div>
  );
}
