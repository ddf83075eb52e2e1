import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { ErrorMessage, Field } from '../../ui/components';
import { DayInput } from './day-inputs';
import { DayHint } from './event-details-form';
import { duplicateEvent, type EventDetail } from './settings-api';
import { useRefusals } from './refusals';
import './settings.css';

/** A copy of an event on new dates; the original's length is kept. */
export function DuplicateEventForm({ event, onCancel }: { event: Pick<EventDetail, 'slug' | 'name'>; onCancel: () => void }) {
  const { t } = useTranslation('settings');
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const [name, setName] = useState(event.name);
  const [slug, setSlug] = useState('');
  const [startDate, setStartDate] = useState('');
  const [copyProgramme, setCopyProgramme] = useState(false);
  const duplicate = useMutation({
    mutationFn: () => duplicateEvent(event.slug, { name, slug, startDate, copyProgramme }),
    onSuccess: async (copy) => {
      await client.invalidateQueries({ queryKey: ['events'] });
      await client.invalidateQueries({ queryKey: ['me'] });
      navigate(`/organiser/events/${copy.slug}/settings`);
    },
  });
  const { fields: errors, general } = useRefusals(duplicate.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    duplicate.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="settings-form duplicate-form" aria-label={t('duplicate.title', { name: event.name })}>
      <h3>{t('duplicate.title', { name: event.name })}</h3>
      <p className="hint">{t('duplicate.intro')}</p>
      <ErrorMessage error={general} />
      <Field label={t('details.name')} error={errors.name} required>
        {(props) => <input {...props} value={name} maxLength={300} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t('details.slug')} error={errors.slug} hint={t('details.slugHint')} required>
        {(props) => <input {...props} value={slug} maxLength={100} onChange={(e) => setSlug(e.target.value)} />}
      </Field>
      <Field label={t('details.startDate')} error={errors.startDate} required>
        {(props) => (
          <>
            <DayInput {...props} value={startDate} onChange={setStartDate} />
            <DayHint value={startDate} />
          </>
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={copyProgramme} onChange={(e) => setCopyProgramme(e.target.checked)} /> {t('duplicate.copyProgramme')}
      </label>
      <div className="actions">
        <button type="submit" disabled={duplicate.isPending}>
          {t('duplicate.create')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('duplicate.cancel')}
        </button>
      </div>
    </form>
  );
}
