import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { OrganiserPage } from '../organiser-shell';
import { AutomaticMailsSection } from './automatic-mails-section';
import { RemindersSection } from './reminders-section';

/** The mails Plenary sends by itself, in the organisers' words, and the reminders they set around the event's days. */
export function MailPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('mail');
  return (
    <OrganiserPage slug={slug} title={t('title')}>
      {(event) => (
        <>
          <AutomaticMailsSection slug={slug} event={event} />
          <RemindersSection slug={slug} event={event} />
        </>
      )}
    </OrganiserPage>
  );
}
