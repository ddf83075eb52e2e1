import { Field } from '../../ui/components';

export type NameTranslations = Record<string, Partial<Record<string, string>>>;

/**
 * One field (a name by default) in each of the event's other languages, beside the first language's; left empty,
 * readers get that one. Other fields of the same language are kept.
 */
export function TranslatedNameFields({
  label,
  languages,
  value,
  onChange,
  field = 'name',
  maxLength = 200,
}: {
  label: string;
  languages: string[];
  value: NameTranslations;
  onChange: (value: NameTranslations) => void;
  field?: string;
  maxLength?: number;
}) {
  return (
    <>
      {languages.map((code) => (
        <Field key={code} label={`${label} (${code})`}>
          {(props) => (
            <input
              {...props}
              lang={code}
              value={value[code]?.[field] ?? ''}
              maxLength={maxLength}
              onChange={(e) => onChange({ ...value, [code]: { ...value[code], [field]: e.target.value } })}
            />
          )}
        </Field>
      ))}
    </>
  );
}

/** What is sent: only the languages the event offers, and only the texts given. */
export function namesToSend(value: NameTranslations, languages: string[], fields: string[] = ['name']): Record<string, Record<string, string>> {
  return Object.fromEntries(
    languages.flatMap((code) => {
      const given = fields.flatMap((field) => {
        const text = value[code]?.[field]?.trim();
        return text ? [[field, text]] : [];
      });
      return given.length ? [[code, Object.fromEntries(given)]] : [];
    }),
  );
}
