import { type CSSProperties, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { hasRole, useMe } from '../../auth/session';
import { ErrorMessage, Loading, QueryView } from '../../ui/components';
import { formatDay, zoneLabel } from '../../ui/time';
import {
  eventDays,
  type EventDetail,
  localDay,
  localTime,
  minutesOfDay,
  type ProgrammeWarning,
  type Session,
  type Speaker,
  titleOf,
  useEvent,
  useSessions,
  useSpeakers,
  useWarnings,
} from './programme-api';
import { PublishPanel } from './publish-panel';
import { SessionDialog } from './session-dialog';
import './programme.css';

type Editing = { session: Session | null } | null;

export function ProgrammePage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('programme');
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!me.data)
    return (
      <p>
        <Link href="/login">{t('signInFirst')}</Link>
      </p>
    );
  if (!hasRole(me.data, slug, 'organiser')) return <p className="warning">{t('forbidden')}</p>;
  return <ProgrammeEditor slug={slug} />;
}

function ProgrammeEditor({ slug }: { slug: string }) {
  const event = useEvent(slug);
  const sessions = useSessions(slug);
  const speakers = useSpeakers(slug);
  return (
    <QueryView query={event}>
      {(detail) => <QueryView query={sessions}>{(list) => <Editor slug={slug} event={detail} sessions={list} speakers={speakers.data ?? []} />}</QueryView>}
    </QueryView>
  );
}

function Editor({ slug, event, sessions, speakers }: { slug: string; event: EventDetail; sessions: Session[]; speakers: Speaker[] }) {
  const { t, i18n } = useTranslation('programme');
  const language = i18n.language;
  const days = useMemo(() => eventDays(event.startDate, event.endDate), [event.startDate, event.endDate]);
  const [day, setDay] = useState(days[0] ?? '');
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const warnings = useWarnings(slug);
  const ofDay = sessions.filter((session) => localDay(session.start) === day).sort((a, b) => a.start.localeCompare(b.start));
  const byId = new Map(sessions.map((session) => [session.id, session]));
  const open = (session: Session | null) => {
    setNotice(null);
    setEditing({ session });
  };

  return (
    <div className="programme-editor">
      <h1>{t('title')}</h1>
      <p className="programme-subtitle">{t('subtitle', { event: event.name })}</p>
      <p className="zone-note">{t('timeZoneNote', { ns: 'common', zone: zoneLabel(event.timeZone, `${day}T12:00:00Z`) })}</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}

      <div className="programme-toolbar">
        <div role="group" aria-label={t('days')} className="programme-days">
          {days.map((value) => (
            <button key={value} type="button" className={value === day ? '' : 'secondary'} aria-pressed={value === day} onClick={() => setDay(value)}>
              {formatDay(value, language, 'short')}
            </button>
          ))}
        </div>
        <button type="button" onClick={() => open(null)}>
          {t('newSession')}
        </button>
      </div>

      <h2>{formatDay(day, language)}</h2>
      {ofDay.length === 0 ? (
        <p className="programme-empty">{t('emptyDay')}</p>
      ) : (
        <>
          <DayGrid day={day} event={event} sessions={ofDay} onOpen={open} />
          <DayList event={event} sessions={ofDay} onOpen={open} />
        </>
      )}

      <div className="programme-side">
        <WarningsPanel warnings={warnings} sessions={byId} event={event} onOpen={open} />
        <PublishPanel slug={slug} event={event} />
      </div>

      {editing && (
        <SessionDialog
          key={editing.session?.id ?? 'new'}
          slug={slug}
          event={event}
          speakers={speakers}
          session={editing.session}
          defaultDay={day}
          days={days}
          onClose={() => setEditing(null)}
          onDone={(message, savedDay) => {
            setEditing(null);
            setNotice(message);
            // A session moved to another day: follow it there.
            if (savedDay && days.includes(savedDay)) setDay(savedDay);
          }}
        />
      )}
    </div>
  );
}

const ROW_MINUTES = 5;

/** Rooms across, time down, for wide screens: parallel sessions side by side, each a button that opens its editor. */
function DayGrid({ day, event, sessions, onOpen }: { day: string; event: EventDetail; sessions: Session[]; onOpen: (session: Session) => void }) {
  const { t, i18n } = useTranslation('programme');
  const endOf = (session: Session) => (localDay(session.end) === day ? minutesOfDay(session.end) : 24 * 60);
  const first = Math.floor(Math.min(...sessions.map((session) => minutesOfDay(session.start))) / 60) * 60;
  const last = Math.ceil(Math.max(...sessions.map(endOf)) / 60) * 60;
  const rows = Math.max(1, (last - first) / ROW_MINUTES);
  const roomed = sessions.filter((session) => session.roomId);
  const overlapsRoomed = (session: Session) => roomed.some((other) => other.start < session.end && session.start < other.end);
  // Sessions without a room (breaks, lunch) span the whole row unless something runs at the same time.
  const needsNoRoomColumn = sessions.some((session) => !session.roomId && overlapsRoomed(session));
  const columns = [...event.rooms.map((room) => ({ id: room.id, name: room.name })), ...(needsNoRoomColumn ? [{ id: '', name: t('noRoom') }] : [])];
  const row = (minutes: number) => Math.round((minutes - first) / ROW_MINUTES) + 2;
  const hours: number[] = [];
  for (let minutes = first; minutes < last; minutes += 30) hours.push(minutes);
  const style = { '--programme-columns': columns.length, '--programme-rows': rows } as CSSProperties;

  return (
    <div className="programme-grid-scroll" role="region" aria-label={t('grid', { day: formatDay(day, i18n.language) })} tabIndex={0}>
      <div className="programme-grid" style={style}>
        <div className="programme-corner" style={{ gridColumn: 1, gridRow: 1 }}>
          {t('time')}
        </div>
        {columns.map((column, index) => (
          <div key={column.id || 'none'} className="programme-room" style={{ gridColumn: index + 2, gridRow: 1 }}>
            {column.name}
          </div>
        ))}
        {hours.map((minutes) => (
          <div key={minutes} className="programme-hour" aria-hidden="true" style={{ gridColumn: 1, gridRow: `${row(minutes)} / span ${30 / ROW_MINUTES}` }}>
            {`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`}
          </div>
        ))}
        {sessions.map((session) => {
          const index = session.roomId ? columns.findIndex((column) => column.id === session.roomId) : overlapsRoomed(session) ? columns.length - 1 : -1;
          const gridColumn = index === -1 ? (session.roomId ? `${columns.length + 1}` : `2 / span ${columns.length}`) : `${index + 2}`;
          const gridRow = `${row(minutesOfDay(session.start))} / ${Math.max(row(endOf(session)), row(minutesOfDay(session.start)) + 1)}`;
          return <SessionCard key={session.id} session={session} event={event} style={{ gridColumn, gridRow }} onOpen={onOpen} />;
        })}
      </div>
    </div>
  );
}

/** For narrow screens: the day as a list in time order, room named on each. */
function DayList({ event, sessions, onOpen }: { event: EventDetail; sessions: Session[]; onOpen: (session: Session) => void }) {
  return (
    <ol className="programme-list">
      {sessions.map((session) => (
        <li key={session.id}>
          <SessionCard session={session} event={event} onOpen={onOpen} showRoom />
        </li>
      ))}
    </ol>
  );
}

function SessionCard({
  session,
  event,
  style,
  onOpen,
  showRoom = false,
}: {
  session: Session;
  event: EventDetail;
  style?: CSSProperties;
  onOpen: (session: Session) => void;
  showRoom?: boolean;
}) {
  const { t, i18n } = useTranslation('programme');
  const track = event.tracks.find((candidate) => candidate.id === session.trackId);
  const room = event.rooms.find((candidate) => candidate.id === session.roomId)?.name ?? t('noRoom');
  const title = titleOf(session.title, i18n.language, event.languages);
  const start = localTime(session.start);
  const end = localTime(session.end);
  return (
    <button
      type="button"
      className={`programme-session programme-type-${session.type}`}
      style={{ ...style, borderLeftColor: track?.colour ?? '#6b7785' }}
      aria-label={t('sessionButton', { title, start, end, room })}
      onClick={() => onOpen(session)}
    >
      <span className="programme-session-time">
        {start}–{end}
        {showRoom && ` · ${room}`}
      </span>
      <span className="programme-session-title">{title}</span>
      <span className="programme-session-meta">
        {t(`sessionTypes.${session.type}`, { ns: 'common' })}
        {track && ` · ${track.name}`}
        {session.slots.length > 0 && ` · ${t('slotsCount', { count: session.slots.length })}`}
      </span>
    </button>
  );
}

function WarningsPanel({
  warnings,
  sessions,
  event,
  onOpen,
}: {
  warnings: { data?: ProgrammeWarning[]; error: unknown; isPending: boolean; isFetching: boolean };
  sessions: Map<string, Session>;
  event: EventDetail;
  onOpen: (session: Session) => void;
}) {
  const { t, i18n } = useTranslation('programme');
  const headingId = useId();
  return (
    <section className="card programme-warnings" aria-labelledby={headingId} aria-busy={warnings.isFetching}>
      <h2 id={headingId}>
        {t('warnings.heading')}
        {warnings.data && warnings.data.length > 0 && <span className="badge programme-count">{warnings.data.length}</span>}
      </h2>
      {warnings.isPending ? (
        <Loading />
      ) : warnings.error ? (
        <ErrorMessage error={warnings.error} />
      ) : warnings.data!.length === 0 ? (
        <p>{t('warnings.none')}</p>
      ) : (
        <>
          <p className="hint">{t('warnings.intro')}</p>
          <ul className="programme-warning-list">
            {warnings.data!.map((warning, index) => (
              <li key={`${warning.kind}-${index}`}>
                <span className="badge">{t(`warnings.kinds.${warning.kind}`)}</span>{' '}
                {t(`warnings.details.${warning.kind}`, { ...warning.data, defaultValue: warning.message })}
                <div className="actions">
                  {warning.sessionIds
                    .map((id) => sessions.get(id))
                    .filter((session): session is Session => Boolean(session))
                    .map((session) => (
                      <button key={session.id} type="button" className="link-button" onClick={() => onOpen(session)}>
                        {t('warnings.open', { title: titleOf(session.title, i18n.language, event.languages) })}
                      </button>
                    ))}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
