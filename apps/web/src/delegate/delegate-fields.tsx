import { ACCESSIBILITY_CHOICES, type AccessibilityChoice, DIETARY_CHOICES, type DietaryChoice } from '@app/needs';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { Field } from '../ui/components';
import { CountrySelect } from '../ui/country-select';
import { shippedLanguage } from '../i18n';
import { LanguageOptions } from '../ui/language-options';
import { emptyProtocol, HonorificField, PassportFields, protocolBody, type ProtocolValues } from './protocol-fields';
import { TextField } from './text-field';

/** The delegate's details as the forms hold them (strings and a flag; the API gets them trimmed). */
export interface DetailsValues {
  fullName: string;
  title: string;
  organisation: string;
  city: string;
  country: string;
  email: string;
  language: string;
  category: string;
  dietaryNeeds: string;
  dietaryChoices: DietaryChoice[];
  accessibilityNeeds: string;
  accessibilityChoices: AccessibilityChoice[];
  visaLetterNeeded: boolean;
  protocol: ProtocolValues;
  /** Answers to the organisers' own questions, by question id (see ./questions). */
  answers?: Record<string, unknown>;
}

export const emptyDetails = (language: string, country = '', category = ''): DetailsValues => ({
  fullName: '',
  title: '',
  organisation: '',
  city: '',
  country,
  email: '',
  language: shippedLanguage(language),
  category,
  dietaryNeeds: '',
  dietaryChoices: [],
  accessibilityNeeds: '',
  accessibilityChoices: [],
  visaLetterNeeded: false,
  protocol: emptyProtocol(),
});

/**
 * The API's messages for the fields under a prefix ("head.", "members.0.", or none). In Vietnamese a
 * plain sentence per field replaces the API's English; in English the API's own words are shown.
 */
export function useFieldErrors(fields: Record<string, string[]>, prefix = '') {
  const { t, i18n } = useTranslation('delegate');
  return (name: string): string[] | undefined => {
    const own = Object.entries(fields).filter(([field]) => field === `${prefix}${name}` || field.startsWith(`${prefix}${name}.`));
    if (!own.length) return undefined;
    if (i18n.language !== 'en') {
      const key = `fieldProblems.${name}`;
      const localised = t(key);
      if (localised !== key) return [localised];
    }
    return own.flatMap(([, messages]) => messages);
  };
}

type Editable = Exclude<keyof DetailsValues, 'visaLetterNeeded' | 'protocol' | 'answers' | 'dietaryChoices' | 'accessibilityChoices'>;

const NEEDS = {
  dietary: { choices: DIETARY_CHOICES, ticked: 'dietaryChoices', words: 'dietaryNeeds' },
  accessibility: { choices: ACCESSIBILITY_CHOICES, ticked: 'accessibilityChoices', words: 'accessibilityNeeds' },
} as const;

/** Ticks for a fixed list of needs, then the delegate's own words for the rest; the list's words come from needChoices.<kind>.<key>. */
function NeedsFields({
  kind,
  values,
  onChange,
  errors,
}: {
  kind: keyof typeof NEEDS;
  values: DetailsValues;
  onChange: (values: DetailsValues) => void;
  errors: (name: string) => string[] | undefined;
}) {
  const { t } = useTranslation('delegate');
  const { ticked, words } = NEEDS[kind];
  const choices: readonly string[] = NEEDS[kind].choices;
  const value: readonly string[] = values[ticked];
  const tickedErrors = errors(ticked);
  return (
    <>
      <fieldset className="field need-choices">
        <legend>{t(`fields.${ticked}`)}</legend>
        {choices.map((choice) => (
          <label key={choice} className="checkbox-field">
            <input
              type="checkbox"
              checked={value.includes(choice)}
              onChange={(event) =>
                onChange({
                  ...values,
                  [ticked]: event.target.checked ? choices.filter((c) => c === choice || value.includes(c)) : value.filter((c) => c !== choice),
                })
              }
            />{' '}
            {t(`needChoices.${kind}.${choice}`)}
          </label>
        ))}
        {tickedErrors && (
          <p className="field-error" role="alert">
            {tickedErrors.join(' ')}
          </p>
        )}
      </fieldset>
      <Field label={t(`fields.${words}`)} error={errors(words)}>
        {(props) => <textarea {...props} rows={2} value={values[words]} onChange={(event) => onChange({ ...values, [words]: event.target.value })} />}
      </Field>
    </>
  );
}

/** The fields every delegate fills in, for a registration, a delegation member, or the management page. */
export function DetailsFields({
  values,
  onChange,
  errors,
  categories,
  show = {},
  erasedAt,
}: {
  values: DetailsValues;
  onChange: (values: DetailsValues) => void;
  errors: (name: string) => string[] | undefined;
  categories?: Schemas['CategoryResponse'][];
  show?: { email?: boolean; city?: boolean; needs?: boolean };
  /** When the passport details were erased: they are not asked for again. */
  erasedAt?: string | null;
}) {
  const { t } = useTranslation('delegate');
  const set = <K extends keyof DetailsValues>(key: K, value: DetailsValues[K]) => onChange({ ...values, [key]: value });
  const text = (key: Editable, options: { required?: boolean; type?: string; autoComplete?: string; hint?: string } = {}) => (
    <TextField label={t(`fields.${key}`)} error={errors(key)} {...options} value={values[key]} onChange={(value) => set(key, value)} />
  );
  return (
    <div className="delegate-fields">
      <HonorificField value={values.protocol.honorific} onChange={(honorific) => set('protocol', { ...values.protocol, honorific })} errors={errors} />
      {text('fullName', { required: true, autoComplete: 'name' })}
      {show.email !== false && text('email', { required: true, type: 'email', autoComplete: 'email', hint: t('fields.emailHint') })}
      {text('title', { autoComplete: 'organization-title', hint: t('fields.titleHint') })}
      {text('organisation', { autoComplete: 'organization' })}
      {show.city !== false && text('city', { autoComplete: 'address-level2' })}
      <Field label={t('fields.country')} error={errors('country')} required>
        {(props) => <CountrySelect {...props} value={values.country} onChange={(code) => set('country', code)} />}
      </Field>
      <Field label={t('fields.language')} error={errors('language')} required>
        {(props) => (
          <select {...props} value={values.language} onChange={(event) => set('language', event.target.value)}>
            <LanguageOptions />
          </select>
        )}
      </Field>
      {categories && categories.length > 1 && (
        <Field label={t('fields.category')} error={errors('category')} required>
          {(props) => (
            <select {...props} value={values.category} onChange={(event) => set('category', event.target.value)}>
              <option value="">{t('fields.chooseCategory')}</option>
              {categories.map((category) => (
                <option key={category.code} value={category.code}>
                  {category.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {show.needs !== false && (
        <>
          <NeedsFields kind="dietary" values={values} onChange={onChange} errors={errors} />
          <NeedsFields kind="accessibility" values={values} onChange={onChange} errors={errors} />
          <div className="checkbox-field">
            <label>
              <input type="checkbox" checked={values.visaLetterNeeded} onChange={(event) => set('visaLetterNeeded', event.target.checked)} />{' '}
              {t('fields.visaLetterNeeded')}
            </label>
          </div>
          {values.visaLetterNeeded && (
            <PassportFields values={values.protocol} onChange={(protocol) => set('protocol', protocol)} errors={errors} erasedAt={erasedAt} />
          )}
        </>
      )}
    </div>
  );
}

/** The body the API takes for a delegate: empty optional texts left out, so the API keeps its defaults. */
export function detailsBody(values: DetailsValues) {
  const optional = (value: string) => (value.trim() ? value : undefined);
  return {
    fullName: values.fullName,
    title: optional(values.title),
    organisation: optional(values.organisation),
    city: optional(values.city),
    country: values.country,
    language: values.language as Schemas['RegisterDto']['language'],
    dietaryNeeds: optional(values.dietaryNeeds),
    dietaryChoices: values.dietaryChoices,
    accessibilityNeeds: optional(values.accessibilityNeeds),
    accessibilityChoices: values.accessibilityChoices,
    visaLetterNeeded: values.visaLetterNeeded,
    protocol: protocolBody(values.protocol, values.visaLetterNeeded),
  };
}

/** The privacy-notice checkbox, with the API's consent messages tied to it. */
export function ConsentField({
  label,
  hint,
  checked,
  onChange,
  errors,
}: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  errors: string[] | undefined;
}) {
  const errorId = useId();
  return (
    <div className="field consent">
      <label>
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? errorId : undefined}
        />{' '}
        {label}
      </label>
      {hint && <p className="hint">{hint}</p>}
      {errors && (
        <p className="field-error" id={errorId} role="alert">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
