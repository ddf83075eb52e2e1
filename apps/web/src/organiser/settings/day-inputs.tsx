import { type InputHTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayToIso, isoToDay } from './day-text';

type TextProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & { value: string; onChange: (value: string) => void };

/** A calendar date typed as the page's language writes it; `value` and `onChange` speak YYYY-MM-DD. */
export function DayInput({ value, onChange, ...props }: TextProps) {
  const { t } = useTranslation('settings');
  const [text, setText] = useState(isoToDay(value));
  return (
    <input
      {...props}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('format.day')}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(dayToIso(e.target.value));
      }}
    />
  );
}
