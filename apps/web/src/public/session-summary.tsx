import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, zoneLabel } from '../ui/time';
import { SessionLanguages } from './session-languages';
import { clockOf, dateOf, slotTitle, type TimetableSession, type TimetableSlot } from './timetable-data';

const range = (item: { start: string; end: string }) => `${clockOf(item.start)}–${clockOf(item.end)}`;

// A session is told the same way wherever it is opened, the timetable's pop-up and the session page. Each
// part takes more through its props (a note under the time, more facts, how a talk's speakers are shown),
// so a page adds what it shows without writing the rest again.

/** The type and track above the title, the track's colour beside it. */
export function SessionKind({ session }: { session: TimetableSession }) {
  const { t } = useTranslation('public');
  return (
    <p className="tt-dialog-kind" style={session.track ? ({ '--track': session.track.colour } as CSSProperties) : undefined}>
      {session.track && <span className="tt-swatch" aria-hidden="true" />}
      {[...new Set([t(`sessionTypes.${session.type}`, { ns: 'common' }), session.track?.name].filter(Boolean))].join(' · ')}
    </p>
  );
}

/** One fact: its name and what it is. */
export function Fact({ term, className, children }: { term: string; className?: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd className={className}>{children}</dd>
    </>
  );
}

/** When (in the event's zone), where (and the room's floor note), languages, track, chairs and seats; `whenNote` under the time, `children` after the last fact. */
export function SessionFacts({
  session,
  roomName,
  roomNote,
  zone,
  whenNote,
  children,
}: {
  session: TimetableSession;
  roomName: string | null;
  roomNote: string | null | undefined;
  zone: string;
  whenNote?: ReactNode;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation('public');
  return (
    <dl className="tt-facts">
      <Fact term={t('timetable.when')}>
        {formatDay(dateOf(session.start), i18n.language)}, {range(session)}{' '}
        <span className="tt-zone-inline">({zoneLabel(zone, session.start, i18n.language)})</span>
        {whenNote}
      </Fact>
      <Fact term={t('timetable.room')}>{roomName ?? t('timetable.noRoom')}</Fact>
      {roomNote && (
        <Fact term={t('sessionPage.floor')} className="session-floor">
          {roomNote}
        </Fact>
      )}
      {(session.languages.length > 0 || session.interpretedInto.length > 0) && (
        <Fact term={t('sessionPage.languages')}>
          <SessionLanguages session={session} className="session-languages" />
        </Fact>
      )}
      {session.track && <Fact term={t('timetable.track')}>{session.track.name}</Fact>}
      {session.chairs.length > 0 && <Fact term={t('timetable.chairs')}>{session.chairs.join(', ')}</Fact>}
      {session.seatLimit !== null && <Fact term={t('timetable.seats')}>{t('timetable.seatLimit', { count: session.seatLimit })}</Fact>}
      {children}
    </dl>
  );
}

/** The talks in order, each with its time and title; `speakers` says how a talk's speakers are shown. */
export function SessionTalks({ session, className, speakers }: { session: TimetableSession; className: string; speakers: (slot: TimetableSlot) => ReactNode }) {
  const { t, i18n } = useTranslation('public');
  if (session.slots.length === 0) return <p>{t('timetable.noTalks')}</p>;
  return (
    <ol className={className}>
      {session.slots.map((slot) => (
        <li key={slot.id}>
          <p className="session-talk">
            <span className="tt-slot-time">{range(slot)}</span> <strong className="tt-slot-title">{slotTitle(slot, i18n.language)}</strong>
          </p>
          {slot.speakers.length > 0 && speakers(slot)}
        </li>
      ))}
    </ol>
  );
}
