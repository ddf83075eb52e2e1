import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { ApiError } from '../api/client';
import { ErrorMessage, Loading } from '../ui/components';
import { formatDay } from '../ui/time';
import { SpeakerCard } from './speaker-card';
import { biographyOf, photoUrl, speakersQuery } from './speakers-data';
import { allSessions, clockOf, dateOf, sessionTitle } from './timetable-data';
import { useTimetable } from './timetable-query';
import './public.css';

function usePublicProgramme(slug: string) {
  const timetable = useTimetable(slug);
  const speakers = useQuery(speakersQuery(slug));
  return { timetable, speakers, error: timetable.error ?? speakers.error, pending: timetable.isPending || speakers.isPending };
}

function NotPublished({ slug, error }: { slug: string; error: unknown }) {
  const { t } = useTranslation('public');
  if (!(error instanceof ApiError && error.status === 404)) return <ErrorMessage error={error} />;
  return (
    <section>
      <p className="notice">{t('timetable.notPublished')}</p>
      <Link href={`/events/${slug}`}>{t('timetable.back')}</Link>
    </section>
  );
}

export function SpeakersPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('public');
  const { timetable, speakers, error, pending } = usePublicProgramme(slug);
  if (pending) return <Loading />;
  if (error) return <NotPublished slug={slug} error={error} />;
  return (
    <section className="speakers-page">
      <p className="breadcrumb">
        <Link href={`/events/${slug}`}>{timetable.data!.event.name}</Link> › <Link href={`/events/${slug}/timetable`}>{t('timetable.title')}</Link>
      </p>
      <h1>{t('speakers.title')}</h1>
      {speakers.data!.length === 0 ? (
        <p>{t('speakers.none')}</p>
      ) : (
        <ul className="speaker-grid">
          {speakers.data!.map((speaker) => (
            <li key={speaker.userId}>
              <SpeakerCard slug={slug} speaker={speaker} fallbackName={speaker.name} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SpeakerPage() {
  const { slug, userId } = useParams<{ slug: string; userId: string }>();
  const { t, i18n } = useTranslation('public');
  const language = i18n.language;
  const { timetable, speakers, error, pending } = usePublicProgramme(slug);
  const speaker = speakers.data?.find((candidate) => candidate.userId === userId);
  const sessions = useMemo(
    () => (timetable.data && speaker ? allSessions(timetable.data).filter(({ session }) => speaker.sessionIds.includes(session.id)) : []),
    [timetable.data, speaker],
  );
  useEffect(() => {
    if (speaker && timetable.data) document.title = `${speaker.name} · ${timetable.data.event.name}`;
  }, [speaker, timetable.data]);
  if (pending) return <Loading />;
  if (error) return <NotPublished slug={slug} error={error} />;
  const event = timetable.data!;
  if (!speaker) {
    return (
      <section>
        <p className="notice">{t('speakers.notFound')}</p>
        <Link href={`/events/${slug}/speakers`}>{t('speakers.all')}</Link>
      </section>
    );
  }
  const biography = biographyOf(speaker, language, event.event.languages);
  const role = [speaker.title, speaker.organisation].filter(Boolean).join(', ');
  return (
    <article className="speaker-page">
      <p className="breadcrumb">
        <Link href={`/events/${slug}`}>{event.event.name}</Link> › <Link href={`/events/${slug}/speakers`}>{t('speakers.title')}</Link>
      </p>
      <div className="speaker-head">
        {speaker.hasPhoto && <img className="speaker-photo large" src={photoUrl(speaker)} alt={speaker.name} width={128} height={128} />}
        <div>
          <h1>{speaker.name}</h1>
          {role && <p className="speaker-role">{role}</p>}
        </div>
      </div>
      {biography && <p className="speaker-bio">{biography}</p>}
      <h2>{t('speakers.sessions')}</h2>
      <ul className="speaker-sessions">
        {sessions.map(({ session, roomName }) => (
          <li key={session.id}>
            <Link href={`/events/${slug}/sessions/${session.id}`}>{sessionTitle(session, language)}</Link>
            <span className="speaker-session-when">
              {formatDay(dateOf(session.start), language, 'short')}, {clockOf(session.start)}–{clockOf(session.end)}
              {roomName ? ` · ${roomName}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
