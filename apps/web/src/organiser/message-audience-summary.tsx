import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { countryName } from '../ui/countries';
import { useRegistrationCategories } from './categories-query';

type Audience = Schemas['AudienceDto'];

/** The filters a message was sent with, in words: what the organiser chose, not a list of people. */
export function MessageAudienceSummary({ slug, audience }: { slug: string; audience: Audience }) {
  const { t, i18n } = useTranslation('messagePage');
  const categories = useRegistrationCategories(slug);
  const join = (items: string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(items);
  const categoryName = (code: string) => categories.data?.find((category) => category.code === code)?.name ?? code;
  const parts: string[] = [];
  if (audience.states?.length)
    parts.push(t('audienceParts.states', { list: join(audience.states.map((state) => t(`registrationStates.${state as 'confirmed'}`))) }));
  if (audience.categories?.length) parts.push(t('audienceParts.categories', { list: join(audience.categories.map(categoryName)) }));
  if (audience.countries?.length) parts.push(t('audienceParts.countries', { list: join(audience.countries.map((code) => countryName(code, i18n.language))) }));
  if (audience.delegationId) parts.push(t('audienceParts.delegation'));
  if (audience.delegationHead !== undefined) parts.push(t(audience.delegationHead ? 'audienceParts.heads' : 'audienceParts.notHeads'));
  if (audience.sessionId) parts.push(t('audienceParts.session'));
  if (audience.checkedIn !== undefined)
    parts.push(
      audience.checkedIn
        ? audience.checkedInOn
          ? t('audienceParts.checkedInOn', { day: audience.checkedInOn })
          : t('audienceParts.checkedIn')
        : t('audienceParts.notCheckedIn'),
    );
  if (audience.visaLetterNeeded !== undefined) parts.push(t(audience.visaLetterNeeded ? 'audienceParts.visa' : 'audienceParts.noVisa'));
  if (audience.roles?.length) parts.push(t('audienceParts.roles', { list: join(audience.roles.map((role) => t(`roleNames.${role}`, { ns: 'compose' }))) }));
  return <ul className="message-audience">{parts.length ? parts.map((part) => <li key={part}>{part}</li>) : <li>{t('everyone')}</li>}</ul>;
}
