import { Field } from '../ui/components';

/** A one-line text (or date, or email) in a labelled field, as the delegate's forms ask for names, dates and passport details. */
export function TextField({
  label,
  error,
  hint,
  required,
  type = 'text',
  autoComplete,
  value,
  onChange,
}: {
  label: string;
  error: string[] | undefined;
  hint?: string;
  required?: boolean;
  type?: string;
  autoComplete?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} error={error} required={required} hint={hint}>
      {(props) => <input {...props} type={type} autoComplete={autoComplete} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}
