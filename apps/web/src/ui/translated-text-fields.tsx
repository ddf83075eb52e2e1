import { Field } from './components';

/** Organiser-entered text in the event's other languages, as the API takes it: `{ vi: { name: '…' } }`. */
export type TextTranslations = Record<string, Record<string, string | undefined>>;

/**
 * One field of a translatable text in each of the event's other languages, beside the first language's; left
 * empty, readers get that one.
 */
export function TranslatedTextFields({
  field,
  label,
  languages,
  value,
  onChange,
  multiline = false,
  maxLength,
}: {
  field: string;
  label: string;
  languages: string[];
  value: TextTranslations;
  onChange: (value: TextTranslations) => void;
  multiline?: boolean;
  maxLength: number;
}) {
  const change = (code: string, text: string) => onChange({ ...value, [code]: { ...value[code], [field]: text } });
  return (
    <>
      {languages.map((code) => (
        <Field key={code} label={`${label} (${code})`}>
          {(props) =>
            multiline ? (
              <textarea
                {...props}
                lang={code}
                rows={3}
                value={value[code]?.[field] ?? ''}
                maxLength={maxLength}
                onChange={(e) => change(code, e.target.value)}
              />
            ) : (
              <input {...props} lang={code} value={value[code]?.[field] ?? ''} maxLength={maxLength} onChange={(e) => change(code, e.target.value)} />
            )
          }
        </Field>
      ))}
    </>
  );
}

/** What is sent: only the languages the event offers, and only the texts given. */
export function textsToSend<F extends string>(value: TextTranslations, languages: string[], fields: readonly F[]): Record<string, Partial<Record<F, string>>> {
  return Object.fromEntries(
    languages.flatMap((code) => {
      const texts = Object.fromEntries(fields.flatMap((field) => (value[code]?.[field]?.trim() ? [[field, value[code]![field]!.trim()]] : []))) as Partial<
        Record<F, string>
      >;
      return Object.keys(texts).length > 0 ? [[code, texts] as const] : [];
    }),
  );
}
