import { Field } from '../../ui/components';

export type NameTranslations = Record<string, { name?: string }>;

/** A name in each of the event's other languages, beside the first language's; left empty, readers get that one. */
export function TranslatedNameFields({
  label,
  languages,
  value,
  onChange,
}: {
  label: string;
  languages: string[];
  value: NameTranslations;
  onChange: (value: NameTranslations) => void;
}) {
  return (
    <>
      {languages.map((code) => (
        <Field key={code} label={`${label} (${code})`}>
          {(props) => (
            <input
              {...props}
              lang={code}
              value={value[code]?.name ?? ''}
              maxLength={200}
              onChange={(e) => onChange({ ...value, [code]: { name: e.target.value } })}
            />
          )}
        </Field>
      ))}
    </>
  );
}

/** What is sent: only the languages the event offers, and only names given. */
export function namesToSend(value: NameTranslations, languages: string[]): NameTranslations {
  return Object.fromEntries(
    languages.flatMap((code) => {
      const name = value[code]?.name?.trim();
      return name ? [[code, { name }]] : [];
    }),
  );
}
