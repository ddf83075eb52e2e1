import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { Field } from '../ui/components';
import { CountrySelect } from '../ui/country-select';
import { TextField } from './text-field';

export const HONORIFICS = ['H.E.', 'Hon.', 'Dr', 'Prof.', 'Mr', 'Ms', 'Mrs', 'Mx'] as const;
/** Each title's message key (a dot in a key would nest it). */
const HONORIFIC_KEYS = { 'H.E.': 'he', 'Hon.': 'hon', Dr: 'dr', 'Prof.': 'prof', Mr: 'mr', Ms: 'ms', Mrs: 'mrs', Mx: 'mx' } as const satisfies Record<
  (typeof HONORIFICS)[number],
  string
>;

export interface ProtocolValues {
  honorific: string;
  passportName: string;
  nationality: string;
  dateOfBirth: string;
  passportNumber: string;
  passportExpiry: string;
  consulate: string;
}

type Honorific = Schemas['ProtocolDetailsDto']['honorific'];
type PassportField = Exclude<keyof ProtocolValues, 'honorific'>;

export const emptyProtocol = (): ProtocolValues => ({
  honorific: '',
  passportName: '',
  nationality: '',
  dateOfBirth: '',
  passportNumber: '',
  passportExpiry: '',
  consulate: '',
});

export function protocolValues(saved: Schemas['ProtocolDetailsResponse'] | undefined): ProtocolValues {
  const empty = emptyProtocol();
  if (!saved) return empty;
  return Object.fromEntries(Object.entries(empty).map(([key]) => [key, saved[key as keyof ProtocolValues] ?? ''])) as unknown as ProtocolValues;
}

/** Passport details go to the API only with a visa letter; the honorific always. */
export function protocolBody(values: ProtocolValues, visaLetterNeeded: boolean): Schemas['ProtocolDetailsDto'] {
  if (!visaLetterNeeded) return { honorific: values.honorific as Honorific };
  const optional = (value: string) => (value.trim() ? value : undefined);
  return {
    honorific: values.honorific as Honorific,
    passportName: optional(values.passportName),
    nationality: optional(values.nationality),
    dateOfBirth: optional(values.dateOfBirth),
    passportNumber: optional(values.passportNumber),
    passportExpiry: optional(values.passportExpiry),
    consulate: optional(values.consulate),
  };
}

export function HonorificField({
  value,
  onChange,
  errors,
}: {
  value: string;
  onChange: (value: string) => void;
  errors: (name: string) => string[] | undefined;
}) {
  const { t } = useTranslation('protocol');
  return (
    <Field label={t('honorific')} hint={t('honorificHint')} error={errors('protocol.honorific')}>
      {(props) => (
        <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('noHonorific')}</option>
          {HONORIFICS.map((honorific) => (
            <option key={honorific} value={honorific}>
              {t(`honorifics.${HONORIFIC_KEYS[honorific]}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Shown only once a visa letter is asked for: what a consulate checks against the passport. */
export function PassportFields({
  values,
  onChange,
  errors,
  erasedAt,
}: {
  values: ProtocolValues;
  onChange: (values: ProtocolValues) => void;
  errors: (name: string) => string[] | undefined;
  erasedAt?: string | null;
}) {
  const { t, i18n } = useTranslation('protocol');
  const set = (key: PassportField, value: string) => onChange({ ...values, [key]: value });
  if (erasedAt) return <p className="hint">{t('erasedNotice', { date: new Date(erasedAt).toLocaleDateString(i18n.language) })}</p>;
  const input = (key: PassportField, options: { type?: string; autoComplete?: string; hint?: string } = {}) => (
    <TextField label={t(key)} error={errors(`protocol.${key}`)} required {...options} value={values[key]} onChange={(value) => set(key, value)} />
  );
  return (
    <fieldset className="passport-fields">
      <legend>{t('passportTitle')}</legend>
      <p className="hint">{t('passportHint')}</p>
      {input('passportName', { autoComplete: 'off' })}
      <Field label={t('nationality')} error={errors('protocol.nationality')} required>
        {(props) => <CountrySelect {...props} nonMembers value={values.nationality} onChange={(code) => set('nationality', code)} />}
      </Field>
      {input('dateOfBirth', { type: 'date', autoComplete: 'bday' })}
      {input('passportNumber', { autoComplete: 'off' })}
      {input('passportExpiry', { type: 'date' })}
      {input('consulate', { hint: t('consulateHint') })}
    </fieldset>
  );
}
