import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Field, QueryView } from '../../ui/components';
import { saveSpeakerSettings, useEventChange, useSpeakerSettings } from './settings-api';
import { useRefusals } from './refusals';

function SpeakersForm({ slug, hours }: { slug: string; hours: number }) {
  const { t } = useTranslation('settings');
  const [value, setValue] = useState(String(hours));
  const save = useEventChange([['speaker-settings', slug]], () => saveSpeakerSettings(slug, Number(value)));
  const { fields: errors, general } = useRefusals(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form onSubmit={submit} noValidate className="settings-form">
      <ErrorMessage error={general} />
      <Field label={t('speakers.slidesDue')} error={errors.slidesDueHoursBefore} hint={t('speakers.slidesDueHint')}>
        {(props) => <input {...props} type="number" inputMode="numeric" min={0} max={2160} value={value} onChange={(e) => setValue(e.target.value)} />}
      </Field>
      {save.isSuccess && (
        <p className="notice" role="status">
          {t('speakers.saved')}
        </p>
      )}
      <button type="submit" disabled={save.isPending}>
        {t('speakers.save')}
      </button>
    </form>
  );
}

export function SpeakersSection({ slug }: { slug: string }) {
  const { t } = useTranslation('settings');
  const settings = useSpeakerSettings(slug);
  return (
    <section aria-labelledby="speakers-heading" className="settings-section">
      <h2 id="speakers-heading">{t('speakers.title')}</h2>
      <QueryView query={settings}>{(current) => <SpeakersForm slug={slug} hours={current.slidesDueHoursBefore} />}</QueryView>
    </section>
  );
}
