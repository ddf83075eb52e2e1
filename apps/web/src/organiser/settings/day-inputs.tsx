import { type InputHTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayTimeToLocal, dayToIso, isoToDay, localToDayTime } from './day-text';

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

/** A date and time typed as the page's language writes them; `value` and `onChange` speak YYYY-MM-DDTHH:mm. */
export function DayTimeInput({ value, onChange, ...props }: TextProps) {
  const { t } = useTranslation('settings');
  const [text, setText] = useState(localToDayTime(value));
  return (
    <input
      {...props}
      autoComplete="off"
      placeholder={t('format.dayTime')}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(dayTimeToLocal(e.target.value));
      }}
    />
  );
}
