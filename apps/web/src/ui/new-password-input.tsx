import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & { value: string; onChange: (value: string) => void };

/** A new password: browsers offer to make and keep one, and the field holds the API's limits (8–128 characters). */
export function NewPasswordInput({ value, onChange, ...props }: Props) {
  return (
    <input {...props} type="password" autoComplete="new-password" minLength={8} maxLength={128} value={value} onChange={(e) => onChange(e.target.value)} />
  );
}
