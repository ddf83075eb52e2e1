import { type InputHTMLAttributes, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showLocalDateTime, toLocalDateTime, toTime } from './local-date-time';
import { formatDateTime, zonedInputToIso } from './time';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** YYYY-MM-DDTHH:MM in the event's zone, or what was typed while it is not yet a date and time. */
  value: string;
  onChange: (value: string) => void;
  zone: string;
};

/**
 * A date and time in the event's zone, typed as 30/10/2024 14:00 (or 2024-10-30 14:00) and read back in the page's language.
 * Not the browser's datetime-local field: that one speaks the browser's locale (a US browser shows
 * 10/30/2024, 02:00 PM on a Vietnamese page) and not the event's.
 */
export function DateTimeInput({ value, onChange, zone, ...props }: Props) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(showLocalDateTime(value));
  // A value set from outside (a reset, a loaded record) replaces what was typed.
  useEffect(() => {
    setText((typed) => (toLocalDateTime(typed) === value || typed === value ? typed : showLocalDateTime(value)));
  }, [value]);
  const parsed = toLocalDateTime(text);
  return (
    <>
      <input
        {...props}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('dateTime.placeholder')}
        aria-invalid={text.trim() !== '' && !parsed ? true : props['aria-invalid']}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(toLocalDateTime(event.target.value) ?? event.target.value.trim());
        }}
      />
      {text.trim() !== '' &&
        (parsed ? (
          <span className="hint date-time-reading">{formatDateTime(zonedInputToIso(parsed, zone), zone, i18n.language)}</span>
        ) : (
          <span className="field-error date-time-reading">{t('dateTime.invalid')}</span>
        ))}
    </>
  );
}

/** A time of day on the 24-hour clock (14:00), whatever clock the browser's locale would show. */
export function TimeInput({ value, onChange, ...props }: Omit<Props, 'zone'>) {
  const { t } = useTranslation();
  const valid = toTime(value) !== null;
  return (
    <input
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      maxLength={5}
      placeholder={t('dateTime.timePlaceholder')}
      aria-invalid={value.trim() !== '' && !valid ? true : props['aria-invalid']}
      value={value}
      onChange={(event) => onChange(toTime(event.target.value) ?? event.target.value)}
    />
  );
}
