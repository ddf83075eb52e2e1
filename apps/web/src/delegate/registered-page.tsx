import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { StateBadge } from './state-badge';
import { loadRegistered } from './registered-store';
import './delegate.css';

export function RegisteredPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('delegate');
  const registered = loadRegistered(slug);
  if (!registered) {
    return (
      <section className="delegate-page narrow">
        <h1>{t('registered.title')}</h1>
        <p className="warning">{t('registered.missing')}</p>
      </section>
    );
  }
  const [me, ...members] = registered.registrations;
  const stateMessage =
    me.state === 'waitlisted'
      ? me.waitlistPosition
        ? t('registered.waitlisted', { position: me.waitlistPosition })
        : t('registered.waitlistedNoPosition')
      : me.state === 'confirmed' || me.state === 'pending' || me.state === 'offered'
        ? t(`registered.${me.state}`)
        : t(`states.${me.state}`);
  const next = me.state === 'confirmed' ? 'nextConfirmed' : me.state === 'pending' ? 'nextPending' : 'nextWaiting';
  return (
    <section className="delegate-page narrow">
      <h1>{t('registered.title')}</h1>
      <p className={me.state === 'confirmed' ? 'notice' : 'warning'} role="status">
        <StateBadge state={me.state} /> {stateMessage}
      </p>
      <h2>{t('registered.next')}</h2>
      <p>{t('registered.emailSent', { email: registered.email })}</p>
      <p>{t(`registered.${next}`)}</p>
      {members.length > 0 && (
        <>
          <h2>{t('registered.membersTitle')}</h2>
          <p>{t('registered.emailSentMembers')}</p>
          <ul className="member-list">
            {members.map((member) => (
              <li key={member.id}>
                {member.fullName} <StateBadge state={member.state} />
                {member.state === 'waitlisted' && member.waitlistPosition ? ` #${member.waitlistPosition}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="hint">{t('registered.noEmail')}</p>
      <p>
        <Link href={`/events/${slug}/timetable`}>{t('registered.timetable')}</Link>
      </p>
    </section>
  );
}
