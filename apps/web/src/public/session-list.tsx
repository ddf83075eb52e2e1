import { useQuery } from '@tanstack/react-query';
import { type CSSProperties, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDay } from '../ui/time';
import { AgendaControl } from './agenda-control';
import { FilterSelect, TrackFilter } from './filter-select';
import { SessionLanguages } from './session-languages';
import type { MyAgenda } from './my-agenda';
import { speakersQuery } from './speakers-data';
import { clockOf, dateOf, type PlacedSession, sessionTitle, speakerNames, type Timetable } from './timetable-data';

/** Lower case without accents, so "nguyen" finds "Nguyễn" and "to chuc" finds "tổ chức". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLocaleLowerCase();

/** Every session as a list, searchable by title, speaker and organisation, filtered by day, track and room. */
export function SessionList({
  slug,
  timetable,
  sessions,
  rooms,
  search,
  setParam,
  agenda,
}: {
  slug: string;
  timetable: Timetable;
  sessions: PlacedSession[];
  rooms: { id: string; name: string }[];
  now: number;
  search: URLSearchParams;
  setParam: (name: string, value: string) => void;
  agenda: MyAgenda;
}) {
  const { t, i18n } = useTranslation('public');
  const language = i18n.language;
  const id = useId();
  const speakers = useQuery(speakersQuery(slug));
  const organisations = useMemo(() => new Map((speakers.data ?? []).map((speaker) => [speaker.userId, speaker.organisation])), [speakers.data]);
  const days = timetable.days.map((day) => day.date);
  const text = search.get('q') ?? '';
  const day = search.get('day') ?? '';
  const track = search.get('track') ?? '';
  const room = search.get('room') ?? '';

  const haystacks = useMemo(
    () =>
      new Map(
        sessions.map(({ session }) => [
          session.id,
          fold(
            [
              ...Object.values(session.title),
              ...session.slots.flatMap((slot) => [slot.title, ...Object.values(slot.translations).map((texts) => texts.title ?? '')]),
              ...session.slots.flatMap((slot) => slot.speakers.flatMap((speaker) => [speaker.name, organisations.get(speaker.userId) ?? ''])),
            ].join('\n'),
          ),
        ]),
      ),
    [sessions, organisations],
  );
  // The words as typed, found within one title, speaker name or organisation (the fields are kept on separate lines).
  const phrase = fold(text).trim().replace(/\s+/g, ' ');
  const found = sessions.filter(
    (placed) =>
      (!day || dateOf(placed.session.start) === day) &&
      (!track || placed.session.track?.id === track) &&
      (!room || placed.roomId === room) &&
      (!phrase || haystacks.get(placed.session.id)!.includes(phrase)),
  );

  return (
    <div className="tt-list-view">
      <form className="tt-filters" role="search" aria-label={t('timetable.filters')} onSubmit={(event) => event.preventDefault()}>
        <div className="field tt-search">
          <label htmlFor={`${id}-q`}>{t('timetable.search')}</label>
          <input id={`${id}-q`} type="search" value={text} placeholder={t('timetable.searchHint')} onChange={(event) => setParam('q', event.target.value)} />
        </div>
        <FilterSelect
          id={`${id}-day`}
          label={t('timetable.day')}
          all={t('timetable.allDays')}
          value={day}
          options={days.map((candidate) => ({ value: candidate, label: formatDay(candidate, language, 'short') }))}
          onChange={(value) => setParam('day', value)}
        />
        <TrackFilter id={`${id}-track`} tracks={timetable.tracks} value={track} onChange={(value) => setParam('track', value)} />
        <FilterSelect
          id={`${id}-room`}
          label={t('timetable.roomFilter')}
          all={t('timetable.allRoomsFilter')}
          value={room}
          options={rooms.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          onChange={(value) => setParam('room', value)}
        />
        <p className="tt-count" role="status">
          {t('timetable.found', { count: found.length })}
        </p>
      </form>
      {found.length === 0 ? (
        <p className="tt-empty">{t('timetable.noSessions')}</p>
      ) : (
        <ul className="tt-results">
          {found.map(({ session, roomName }) => {
            const title = sessionTitle(session, language);
            const names = speakerNames(session);
            const mine = agenda.entries.has(session.id);
            return (
              <li
                key={session.id}
                className={`tt-result${mine ? ' in-agenda' : ''}`}
                data-session-id={session.id}
                style={session.track ? ({ '--track': session.track.colour } as CSSProperties) : undefined}
              >
                <p className="tt-result-when">
                  {formatDay(dateOf(session.start), language, 'short')}, {clockOf(session.start)}–{clockOf(session.end)} · {roomName ?? t('timetable.noRoom')}
                  {session.track ? ` · ${session.track.name}` : ''}
                </p>
                <h3 className="tt-result-title">
                  <Link href={`/events/${slug}/sessions/${session.id}`}>{title}</Link>
                </h3>
                {names.length > 0 && <p className="tt-speakers">{names.join(', ')}</p>}
                <SessionLanguages session={session} />
                <AgendaControl agenda={agenda} session={session} title={title} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
