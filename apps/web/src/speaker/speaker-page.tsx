import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { useMe } from '../auth/session';
import { Loading, QueryView } from '../ui/components';
import { formatDateTime, zoneLabel } from '../ui/time';
import { ProfileSection } from './profile-section';
import { isOverdue, type MySlot, setMyUnavailability, timeRange, useMyUnavailability, useMySlots } from './speaker-api';
import { UnavailableTimes } from './unavailable-times';
import './speaker.css';

/** The speaker's home: their talks across events with the slides' state, and their profile. */
export function SpeakerPage() {
  const { t } = useTranslation('speaker');
  const me = useMe();
  const [params] = useSearchParams();
  const slots = useMySlots(Boolean(me.data));

  if (me.isPending) return <Loading />;
  if (!me.data) return <SignInFirst next="/speaker" />;
  return (
    <div className="speaker-portal">
      <h1>{t('portal.title')}</h1>
      {params.get('accepted') && (
        <p className="notice" role="status">
          {t('portal.accepted')}
        </p>
      )}
      <QueryView query={slots}>
        {(list) =>
          list.length === 0 ? (
            <p className="speaker-empty">{t('portal.empty')}</p>
          ) : (
            <>
              <ul className="card-list">
                {list.map((slot) => (
                  <li key={slot.slotId}>
                    <SlotCard slot={slot} />
                  </li>
                ))}
              </ul>
              {[...new Map(list.map((slot) => [slot.event.slug, slot.event])).values()].map((event) => (
                <MyUnavailability key={event.slug} event={event} />
              ))}
            </>
          )
        }
      </QueryView>
      <ProfileSection />
    </div>
  );
}

/** One event's times the speaker cannot speak, loaded before the form so it starts from what was saved. */
function MyUnavailability({ event }: { event: MySlot['event'] }) {
  const { t } = useTranslation('speaker');
  const times = useMyUnavailability(event.slug);
  return (
    <QueryView query={times}>
      {(saved) => (
        <UnavailableTimes
          heading={t('availability.heading', { event: event.name })}
          zone={event.timeZone}
          times={saved.times}
          onSave={(list) => setMyUnavailability(event.slug, list)}
        />
      )}
    </QueryView>
  );
}

export function SignInFirst({ next }: { next: string }) {
  const { t } = useTranslation('speaker');
  return (
    <section className="narrow">
      <h1>{t('portal.title')}</h1>
      <p>{t('portal.signInNeeded')}</p>
      <Link href={`/login?next=${encodeURIComponent(next)}`} className="button">
        {t('portal.signIn')}
      </Link>
    </section>
  );
}

/** Where and when, in the event's zone (named), and how the slides stand. */
export function SlotFacts({ slot }: { slot: MySlot }) {
  const { t, i18n } = useTranslation('speaker');
  const language = i18n.language;
  const zone = slot.event.timeZone;
  const overdue = isOverdue(slot);
  return (
    <dl className="speaker-facts">
      <dt>{t('portal.session')}</dt>
      <dd>{slot.session.title}</dd>
      <dt>{t('portal.room')}</dt>
      <dd>{slot.room ?? t('portal.noRoom')}</dd>
      <dt>{t('portal.when')}</dt>
      <dd>
        {timeRange(slot.start, slot.end, zone, language)} <span className="speaker-muted">({zoneLabel(zone, slot.start)})</span>
      </dd>
      <dt>{t('portal.slidesDue')}</dt>
      <dd>
        {formatDateTime(slot.slides.dueAt, zone, language)} <span className="speaker-muted">({zoneLabel(zone, slot.slides.dueAt)})</span>
        {overdue && <span className="badge speaker-overdue"> {t('portal.overdue')}</span>}
      </dd>
      <dt>{t('portal.slides')}</dt>
      <dd>
        {slot.slides.currentVersion === null ? (
          <span className={overdue ? 'speaker-missing' : undefined}>{t('portal.noSlides')}</span>
        ) : (
          <span className="speaker-received">
            {t('portal.slidesVersion', { version: slot.slides.currentVersion, time: formatDateTime(slot.slides.uploadedAt!, zone, language) })}
          </span>
        )}
        {slot.slides.public && <span className="badge"> {t('portal.public')}</span>}
      </dd>
    </dl>
  );
}

function SlotCard({ slot }: { slot: MySlot }) {
  const { t } = useTranslation('speaker');
  return (
    <article className="card speaker-slot">
      <p className="speaker-event">{slot.event.name}</p>
      <h2>{slot.title}</h2>
      <SlotFacts slot={slot} />
      <Link
        href={`/speaker/events/${encodeURIComponent(slot.event.slug)}/slots/${slot.slotId}`}
        className="button"
        aria-label={t('portal.manageSlidesFor', { title: slot.title })}
      >
        {t('portal.manageSlides')}
      </Link>
    </article>
  );
}
