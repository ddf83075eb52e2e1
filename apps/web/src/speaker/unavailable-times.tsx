import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { ErrorMessage } from '../ui/components';
import { DateTimeInput } from '../ui/date-time-input';
import { zoneLabel } from '../ui/time';

export type UnavailableTime = Schemas['UnavailableTimeResponse'];
type Row = { key: number; start: string; end: string };

let nextKey = 1;
const rowsOf = (times: UnavailableTime[]): Row[] => times.map((time) => ({ key: nextKey++, start: time.start.slice(0, 16), end: time.end.slice(0, 16) }));

/**
 * The times a speaker cannot speak, as a list they edit and save whole: used by the speaker on their
 * page and by organisers in the programme editor. Times are on the event's clock.
 */
export function UnavailableTimes({
  heading,
  zone,
  times,
  onSave,
}: {
  heading: string;
  zone: string;
  times: UnavailableTime[];
  onSave: (times: { start: string; end: string }[]) => Promise<unknown>;
}) {
  const { t } = useTranslation('speaker');
  const headingId = useId();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(times));
  const save = useMutation({ mutationFn: () => onSave(rows.map(({ start, end }) => ({ start, end }))) });
  const update = (key: number, change: Partial<Row>) => {
    save.reset();
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="card speaker-unavailable" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId}>{heading}</h3>
      <p className="hint">{t('availability.intro', { zone: zoneLabel(zone) })}</p>
      {rows.length === 0 && <p>{t('availability.none')}</p>}
      <ul className="speaker-unavailable-list">
        {rows.map((row, index) => (
          <li key={row.key}>
            <label>
              {t('availability.from')}
              <DateTimeInput
                zone={zone}
                value={row.start}
                onChange={(start) => update(row.key, { start })}
                aria-label={t('availability.fromLabel', { number: index + 1 })}
              />
            </label>
            <label>
              {t('availability.to')}
              <DateTimeInput
                zone={zone}
                value={row.end}
                onChange={(end) => update(row.key, { end })}
                aria-label={t('availability.toLabel', { number: index + 1 })}
              />
            </label>
            <button type="button" className="secondary" onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}>
              {t('availability.remove', { number: index + 1 })}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setRows((current) => [...current, { key: nextKey++, start: '', end: '' }])}>
          {t('availability.add')}
        </button>
        <button type="submit" disabled={save.isPending}>
          {t('availability.save')}
        </button>
      </div>
      {save.isSuccess && (
        <p className="notice" role="status">
          {t('availability.saved')}
        </p>
      )}
      {save.error && <ErrorMessage error={save.error} />}
    </form>
  );
}
