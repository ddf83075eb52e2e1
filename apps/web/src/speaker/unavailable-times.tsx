import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { ErrorMessage } from '../ui/components';
import { DateTimeInput } from '../ui/date-time-input';
import { zoneLabel } from '../ui/time';

export type UnavailableTime = Schemas['UnavailableTimeResponse'];
export type UnavailableRow = { key: number; start: string; end: string };

let nextKey = 1;
export const unavailableRows = (times: UnavailableTime[]): UnavailableRow[] =>
  times.map((time) => ({ key: nextKey++, start: time.start.slice(0, 16), end: time.end.slice(0, 16) }));
/** What a request carries: the rows without their keys, a row left wholly blank dropped (a half-filled one is sent, so the API names it). */
export const timesOf = (rows: UnavailableRow[]) => rows.filter((row) => row.start || row.end).map(({ start, end }) => ({ start, end }));

/**
 * The times a speaker cannot speak, as a list of rows to add to, change and remove, on the event's clock.
 * Holds no state of its own, so it can sit in any form: the invitation's answer, or the list saved alone.
 */
export function UnavailableTimeRows({ zone, rows, onChange }: { zone: string; rows: UnavailableRow[]; onChange: (rows: UnavailableRow[]) => void }) {
  const { t } = useTranslation('speaker');
  const update = (key: number, change: Partial<UnavailableRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <>
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
            <button type="button" className="secondary" onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
              {t('availability.remove', { number: index + 1 })}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => onChange([...rows, { key: nextKey++, start: '', end: '' }])}>
          {t('availability.add')}
        </button>
      </div>
    </>
  );
}

/**
 * The list saved on its own, whole: used by the speaker on their page and by organisers in the
 * programme editor.
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
  const [rows, setRows] = useState<UnavailableRow[]>(() => unavailableRows(times));
  const save = useMutation({ mutationFn: () => onSave(rows.map(({ start, end }) => ({ start, end }))) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="card speaker-unavailable" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId}>{heading}</h3>
      <UnavailableTimeRows
        zone={zone}
        rows={rows}
        onChange={(next) => {
          save.reset();
          setRows(next);
        }}
      />
      <div className="actions">
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
