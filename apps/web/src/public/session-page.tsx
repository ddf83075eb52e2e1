import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { ApiError } from '../api/client';
import { ErrorMessage, Loading } from '../ui/components';
import { formatTime, zoneLabel } from '../ui/time';
import { AgendaControl } from './agenda-control';
import { useMyAgenda } from './my-agenda';
import { calendarHref, sessionIcs } from './session-calendar';
import { SessionFacts, SessionKind, SessionTalks } from './session-summary';
import { PublicSlides } from './public-slides';
import { SpeakerCard } from './speaker-card';
import { speakersQuery } from './speakers-data';
import { allSessions, sessionAbstract, sessionTitle, type Timetable } from './timetable-data';
import { useTimetable } from './timetable-query';
import './public.css';

/** The reader's own time zone, as their browser says it. */
const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function SessionPage() {
  const { slug, id } = useParams<{ slug: string; id: string }>();
  const { t } = useTranslation('public');
  const timetable = useTimetable(slug);
  if (timetable.isPending) return <Loading />;
  if (timetable.error) {
    if (timetable.error instanceof ApiError && timetable.error.status === 404) return <Missing slug={slug} text={t('timetable.notPublished')} />;
    return <ErrorMessage error={timetable.error} />;
  }
  return <SessionView slug={slug} id={id} timetable={timetable.data} />;
}

function Missing({ slug, text }: { slug: string; text: string }) {
  const { t } = useTranslation('public');
  return (
    <section className="session-page">
      <p className="notice">{text}</p>
      <Link href={`/events/${slug}/timetable`}>{t('sessionPage.backToTimetable')}</Link>
    </section>
  );
}

function SessionView({ slug, id, timetable }: { slug: string; id: string; timetable: Timetable }) {
  const { t, i18n } = useTranslation('public');
  const language = i18n.language;
  const zone = timetable.timeZone;

  const speakers = useQuery(speakersQuery(slug));
  const sessions = useMemo(() => allSessions(timetable), [timetable]);
  const agenda = useMyAgenda(slug, zone, (sessionId) => {
    const found = sessions.find((candidate) => candidate.session.id === sessionId);
    return found && sessionTitle(found.session, language);
  });
  const placed = sessions.find((candidate) => candidate.session.id === id);
  const title = placed ? sessionTitle(placed.session, language) : '';

  useEffect(() => {
    if (title) document.title = `${title} · ${timetable.event.name}`;
    if (performance.getEntriesByName('plenary:session-interactive').length === 0) performance.mark('plenary:session-interactive');
  }, [title, timetable.event.name]);

  if (!placed) return <Missing slug={slug} text={t('sessionPage.notFound')} />;
  const { session, roomName, roomNote } = placed;
  const byId = new Map((speakers.data ?? []).map((speaker) => [speaker.userId, speaker]));
  const abstract = sessionAbstract(session, language, timetable.event.languages);
  const mine = readerZone();
  const otherZone = mine !== zone && formatTime(session.start, mine, language) !== formatTime(session.start, zone, language);
  const url = `${window.location.origin}/events/${slug}/sessions/${session.id}`;

  return (
    <article className="session-page">
      <p className="breadcrumb">
        <Link href={`/events/${slug}`}>{timetable.event.name}</Link> › <Link href={`/events/${slug}/timetable`}>{t('timetable.title')}</Link>
      </p>
      <SessionKind session={session} />
      <h1>{title}</h1>
      <SessionFacts
        session={session}
        roomName={roomName}
        roomNote={roomNote}
        zone={zone}
        whenNote={
          otherZone && (
            <span className="session-your-time">
              {t('sessionPage.yourTime', {
                time: `${formatTime(session.start, mine, language)}–${formatTime(session.end, mine, language)}`,
                zone: zoneLabel(mine, session.start, language),
              })}
            </span>
          )
        }
      />
      <AgendaControl agenda={agenda} session={session} title={title} />
      <div className="actions">
        <a className="button secondary" href={calendarHref(sessionIcs(session, title, roomName, url))} download={`${slug}-session.ics`}>
          {t('sessionPage.calendar')}
        </a>
      </div>
      {abstract && (
        <section>
          <h2>{t('sessionPage.abstract')}</h2>
          <p className="tt-abstract">{abstract}</p>
        </section>
      )}
      <section>
        <h2>{t('timetable.talks')}</h2>
        <SessionTalks
          session={session}
          className="session-talks"
          speakers={(slot) => (
            <ul className="speaker-cards" aria-label={t('timetable.speakers')}>
              {slot.speakers.map((speaker) => (
                <li key={speaker.userId}>
                  <SpeakerCard slug={slug} speaker={byId.get(speaker.userId)} fallbackName={speaker.name} />
                </li>
              ))}
            </ul>
          )}
        />
      </section>
      <PublicSlides slug={slug} sessionId={session.id} slots={session.slots} />
    </article>
  );
}
