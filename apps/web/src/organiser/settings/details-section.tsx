import { useTranslation } from 'react-i18next';
import { EventDetailsForm } from './event-details-form';
import { type EventDetail, updateEvent, useEventChange } from './settings-api';

export function DetailsSection({ event }: { event: EventDetail }) {
  const { t } = useTranslation('settings');
  const save = useEventChange([['event', event.slug], ['events']], (input: Parameters<typeof updateEvent>[1]) => updateEvent(event.slug, input));
  const { name, slug, startDate, endDate, timeZone, venue, city, country, languages, organiser, description, translations } = event;
  return (
    <section aria-labelledby="details-heading" className="settings-section">
      <h2 id="details-heading">{t('details.title')}</h2>
      <EventDetailsForm
        initial={{ name, slug, startDate, endDate, timeZone, venue, city, country, languages, organiser, description, translations }}
        withSlug={false}
        submitLabel={t('details.save')}
        busy={save.isPending}
        error={save.error}
        notice={save.isSuccess ? t('details.saved') : undefined}
        onSubmit={(input) => save.mutate(input)}
      />
    </section>
  );
}
