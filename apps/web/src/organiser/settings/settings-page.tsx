import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { OrganiserPage } from '../organiser-shell';
import { CategoriesSection } from './categories-section';
import { DetailsSection } from './details-section';
import { EmbedSection } from './embed-section';
import { IdentitySection } from './identity-section';
import { RegistrationSection } from './registration-section';
import { SpeakersSection } from './speakers-section';
import { RoomsSection, TracksSection } from './venue-sections';
import { QueryView } from '../../ui/components';
import { useEventDetails } from '../../ui/event-query';
import './settings.css';

const SECTIONS = ['details', 'identity', 'rooms', 'tracks', 'registration', 'categories', 'speakers', 'embed'] as const;

/** Everything an organiser sets up before an event, on one page, one section per part. */
export function SettingsPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('settings');
  const detail = useEventDetails(slug, { asEntered: true });
  return (
    <OrganiserPage slug={slug} title={t('settings.title')}>
      {() => (
        <QueryView query={detail}>
          {(event) => (
            <div className="settings">
              <nav aria-label={t('settings.sections')} className="settings-toc">
                <ul>
                  {SECTIONS.map((section) => (
                    <li key={section}>
                      <a href={`#${section}-heading`}>{t(`${section}.title`)}</a>
                    </li>
                  ))}
                </ul>
              </nav>
              <DetailsSection event={event} />
              <IdentitySection slug={slug} />
              <RoomsSection event={event} />
              <TracksSection event={event} />
              <RegistrationSection event={event} />
              <CategoriesSection slug={slug} languages={event.languages.slice(1)} />
              <SpeakersSection slug={slug} />
              <EmbedSection slug={slug} name={event.name} />
            </div>
          )}
        </QueryView>
      )}
    </OrganiserPage>
  );
}
