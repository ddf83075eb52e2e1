import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { AccessRefused } from '../../ui/access';
import { OrganiserGate } from '../organiser-shell';
import { EventDetailsForm, emptyEvent } from './event-details-form';
import { createEvent } from './settings-api';
import './settings.css';

function NewEventForm() {
  const { t } = useTranslation('settings');
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: createEvent,
    onSuccess: async (event) => {
      await client.invalidateQueries({ queryKey: ['events'] });
      // The creator became the event's organiser: their roles changed.
      await client.invalidateQueries({ queryKey: ['me'] });
      navigate(`/organiser/events/${event.slug}/settings`);
    },
  });
  return (
    <section className="organiser narrow-form">
      <h1>{t('newEvent.title')}</h1>
      <p className="hint">{t('newEvent.intro')}</p>
      <EventDetailsForm
        initial={emptyEvent}
        withSlug
        submitLabel={t('newEvent.create')}
        busy={create.isPending}
        error={create.error}
        onSubmit={(input) => create.mutate(input)}
      />
    </section>
  );
}

/** Only the platform administrator creates events (the API refuses anyone else). */
export function NewEventPage() {
  const { t } = useTranslation('settings');
  return (
    <OrganiserGate>
      {(me) => (me.isPlatformAdmin ? <NewEventForm /> : <AccessRefused title={t('newEvent.title')} reason={t('newEvent.adminOnly')} />)}
    </OrganiserGate>
  );
}
