import { createContext, type CSSProperties, type KeyboardEvent, useContext, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { exportPath } from './export-links';
import { Link, useParams, useSearchParams } from 'wouter';
import { ApiError } from '../api/client';
import { ErrorMessage, Loading } from '../ui/components';
import { dayInZone, formatDateTime, formatDay, zoneLabel } from '../ui/time';
import { AgendaControl } from './agenda-control';
import { FilterSelect, TrackFilter } from './filter-select';
import { type MyAgenda, useMyAgenda } from './my-agenda';
import { SessionLanguages } from './session-languages';
import { SessionList } from './session-list';
import { SessionFacts, SessionKind, SessionTalks } from './session-summary';
import {
  allSessions,
  clockOf,
  dateOf,
  minutesOf,
  nowAndNext,
  type PlacedSession,
  roomsOf,
  SESSION_TYPES,
  sessionAbstract,
  sessionTitle,
  speakerNames,
  type Timetable,
} from './timetable-data';
import { useTimetable } from './timetable-query';
import './public.css';

const PHONE = '(max-width: 40rem)';

/** The agenda of the delegate whose private link was opened on this device (inactive for everyone else). */
const AgendaContext = createContext<MyAgenda | null>(null);
/** Grid rows are five minutes each; times are read on the hour and half hour. */
const STEP = 5;

function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
  );
}

/** The current time, ticking every 30 s (page.clock drives it in the browser tests). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** `embed`: inside an organiser's site (embed-app.tsx): no delegate agenda, and a session opens its page in a new tab. */
export function TimetablePage({ embed = false }: { embed?: boolean }) {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('public');
  const query = useTimetable(slug);
  if (query.isPending) return <Loading />;
  if (query.error) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return (
        <section>
          <h1>{t('timetable.title')}</h1>
          <p className="notice">{t('timetable.notPublished')}</p>
          <Link href={`/events/${slug}`}>{t('timetable.back')}</Link>
        </section>
      );
    }
    return <ErrorMessage error={query.error} />;
  }
  return <TimetableView slug={slug} timetable={query.data} embed={embed} />;
}

function TimetableView({ slug, timetable, embed }: { slug: string; timetable: Timetable; embed: boolean }) {
  const { t, i18n } = useTranslation('public');
  const language = i18n.language;
  const zone = timetable.timeZone;
  const [search, setSearch] = useSearchParams();
  const now = useNow();
  const phone = useMediaQuery(PHONE);
  const [open, setOpenState] = useState<PlacedSession | null>(null);
  const setOpen = (placed: PlacedSession | null) =>
    embed && placed ? window.open(`/events/${slug}/sessions/${placed.session.id}`, '_blank', 'noopener') : setOpenState(placed);
  const view = search.get('view') === 'list' ? 'list' : 'grid';

  const sessions = useMemo(() => allSessions(timetable), [timetable]);
  const rooms = useMemo(() => roomsOf(timetable), [timetable]);
  const titles = useMemo(() => new Map(sessions.map(({ session }) => [session.id, sessionTitle(session, language)])), [sessions, language]);
  const agenda = useMyAgenda(slug, zone, (id) => titles.get(id), !embed);
  const days = timetable.days.map((day) => day.date);
  const today = dayInZone(new Date(now), zone);
  const conferenceDay = days.includes(today);

  const track = search.get('track') ?? '';
  const type = search.get('type') ?? '';
  const requestedDay = search.get('day');
  const day = requestedDay && days.includes(requestedDay) ? requestedDay : conferenceDay ? today : days[0];
  const types = SESSION_TYPES.filter((candidate) => sessions.some(({ session }) => session.type === candidate));

  const setParam = (name: string, value: string) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const matches = ({ session }: PlacedSession) => (!track || session.track?.id === track) && (!type || session.type === type);
  const visible = sessions.filter((placed) => dateOf(placed.session.start) === day && matches(placed));

  // The moment the grid is on screen with its handlers attached: the browser test and `npm run bench -- web` read it.
  useEffect(() => {
    if (performance.getEntriesByName('plenary:timetable-interactive').length === 0) performance.mark('plenary:timetable-interactive');
  }, []);

  const tabsId = useId();
  return (
    <AgendaContext.Provider value={agenda}>
      <section className="timetable">
        <p className="breadcrumb">
          <Link href={`/events/${slug}`}>{timetable.event.name}</Link> · <Link href={`/events/${slug}/speakers`}>{t('timetable.speakersLink')}</Link>
        </p>
        <h1>{t('timetable.title')}</h1>
        <p className="zone-note tt-zone">{t('timeZoneNote', { ns: 'common', zone: zoneLabel(zone, `${day}T12:00:00Z`) })}</p>
        {agenda.active && <p className="tt-agenda-note">{t('timetable.myAgendaNote')}</p>}

        {conferenceDay && <NowNext sessions={sessions} now={now} zone={zone} onOpen={setOpen} />}

        <div className="tt-views" role="group" aria-label={t('timetable.views')}>
          {(['grid', 'list'] as const).map((candidate) => (
            <button
              key={candidate}
              type="button"
              className={candidate === view ? 'tt-view selected' : 'tt-view secondary'}
              aria-pressed={candidate === view}
              onClick={() => setParam('view', candidate === 'list' ? 'list' : '')}
            >
              {t(candidate === 'list' ? 'timetable.listView' : 'timetable.gridView')}
            </button>
          ))}
        </div>

        {view === 'list' ? (
          <SessionList slug={slug} timetable={timetable} sessions={sessions} rooms={rooms} now={now} search={search} setParam={setParam} agenda={agenda} />
        ) : (
          <>
            <form className="tt-filters" aria-label={t('timetable.filters')} onSubmit={(event) => event.preventDefault()}>
              <TrackFilter id={`${tabsId}-track`} tracks={timetable.tracks} value={track} onChange={(value) => setParam('track', value)} />
              <FilterSelect
                id={`${tabsId}-type`}
                label={t('timetable.type')}
                all={t('timetable.allTypes')}
                value={type}
                options={types.map((candidate) => ({ value: candidate, label: t(`sessionTypes.${candidate}`, { ns: 'common' }) }))}
                onChange={(value) => setParam('type', value)}
              />
              {(track || type) && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    setSearch(
                      (previous) => {
                        const next = new URLSearchParams(previous);
                        next.delete('track');
                        next.delete('type');
                        return next;
                      },
                      { replace: true },
                    )
                  }
                >
                  {t('timetable.clearFilters')}
                </button>
              )}
              <p className="tt-count" role="status">
                {t('timetable.shown', { count: visible.length })}
              </p>
            </form>

            {timetable.tracks.length > 0 && (
              <div className="tt-legend">
                <h2 className="visually-hidden">{t('timetable.legend')}</h2>
                <ul aria-label={t('timetable.legend')}>
                  {timetable.tracks.map((candidate) => (
                    <li key={candidate.id} style={{ '--track': candidate.colour } as CSSProperties}>
                      <span className="tt-swatch" aria-hidden="true" />
                      {candidate.name}
                    </li>
                  ))}
                </ul>
              </div>
            )}

            <DayTabs id={tabsId} days={days} day={day} today={conferenceDay ? today : null} onSelect={(value) => setParam('day', value)} />
            <div role="tabpanel" id={`${tabsId}-panel`} aria-labelledby={`${tabsId}-tab-${day}`} tabIndex={-1} className="tt-panel">
              <h2 className="tt-day-heading">{formatDay(day, language)}</h2>
              {visible.length === 0 ? (
                <p className="tt-empty">{t('timetable.noSessions')}</p>
              ) : phone ? (
                <DayList sessions={visible} now={now} onOpen={setOpen} />
              ) : (
                <DayGrid sessions={visible} rooms={rooms} now={now} onOpen={setOpen} />
              )}
            </div>
          </>
        )}

        <section className="tt-downloads">
          <h2>{t('timetable.downloads')}</h2>
          <ul className="actions">
            <li>
              <a className="button secondary" href={exportPath(slug, 'schedule.ics', language, timetable.event.languages)} download={`${slug}.ics`}>
                {t('timetable.ics')}
              </a>
            </li>
            <li>
              <a href={`webcal://${window.location.host}${exportPath(slug, 'schedule.ics', language, timetable.event.languages)}`}>
                {t('timetable.subscribe')}
              </a>
            </li>
            <li>
              <a href={exportPath(slug, 'schedule.xml', language, timetable.event.languages)}>{t('timetable.xml')}</a>
            </li>
            <li>
              <a href={exportPath(slug, 'schedule.json', language, timetable.event.languages)}>{t('timetable.json')}</a>
            </li>
          </ul>
          <p className="hint">
            {t('timetable.version', {
              version: timetable.version,
              date: `${formatDateTime(timetable.publishedAt, zone, language)} (${zoneLabel(zone, timetable.publishedAt, language)})`,
            })}
          </p>
        </section>

        {open && <SessionDialog slug={slug} placed={open} timetable={timetable} onClose={() => setOpenState(null)} />}
      </section>
    </AgendaContext.Provider>
  );
}

function DayTabs({ id, days, day, today, onSelect }: { id: string; days: string[]; day: string; today: string | null; onSelect: (day: string) => void }) {
  const { t, i18n } = useTranslation('public');
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = days.indexOf(day);
    const target =
      event.key === 'ArrowRight'
        ? days[(index + 1) % days.length]
        : event.key === 'ArrowLeft'
          ? days[(index - 1 + days.length) % days.length]
          : event.key === 'Home'
            ? days[0]
            : event.key === 'End'
              ? days[days.length - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    onSelect(target);
    refs.current.get(target)?.focus();
  };
  return (
    <div className="tt-tabs" role="tablist" aria-label={t('timetable.days')} onKeyDown={onKeyDown}>
      {days.map((candidate) => (
        <button
          key={candidate}
          ref={(element) => {
            if (element) refs.current.set(candidate, element);
            else refs.current.delete(candidate);
          }}
          type="button"
          role="tab"
          id={`${id}-tab-${candidate}`}
          aria-selected={candidate === day}
          aria-controls={`${id}-panel`}
          tabIndex={candidate === day ? 0 : -1}
          className={candidate === day ? 'tt-tab selected' : 'tt-tab'}
          onClick={() => onSelect(candidate)}
        >
          {formatDay(candidate, i18n.language, 'short')}
          {candidate === today && (
            <>
              <span className="tt-today" aria-hidden="true">
                {' '}
                ●
              </span>
              <span className="visually-hidden"> ({t('timetable.today')})</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}

/** One session as a button named by its title; its text also says when, where and which track (colour is never the only cue). */
function SessionBlock({
  placed,
  now,
  onOpen,
  showRoom = true,
  style,
}: {
  placed: PlacedSession;
  now: number;
  onOpen: (placed: PlacedSession) => void;
  showRoom?: boolean;
  style?: CSSProperties;
}) {
  const { t, i18n } = useTranslation('public');
  const { session, roomName } = placed;
  const title = sessionTitle(session, i18n.language);
  const detailsId = useId();
  const live = Date.parse(session.start) <= now && now < Date.parse(session.end);
  const agenda = useContext(AgendaContext);
  const entry = agenda?.entries.get(session.id);
  const clash = agenda?.active && session.type !== 'break' ? agenda.clashOf(session) : undefined;
  const speakers = speakerNames(session);
  return (
    <button
      type="button"
      className={`tt-session type-${session.type}${session.track ? ' has-track' : ''}${live ? ' live' : ''}${entry ? ' in-agenda' : ''}${clash ? ' clashes' : ''}`}
      style={{ ...(session.track ? ({ '--track': session.track.colour } as CSSProperties) : {}), ...style }}
      aria-label={title}
      aria-describedby={detailsId}
      aria-haspopup="dialog"
      data-session-id={session.id}
      onClick={() => onOpen(placed)}
    >
      <span className="tt-title">{title}</span>
      {speakers.length > 0 && <span className="tt-speakers">{speakers.join(', ')}</span>}
      <span className="tt-meta" id={detailsId}>
        <span className="tt-when">
          {clockOf(session.start)}–{clockOf(session.end)}
        </span>
        {showRoom && <span className="tt-room">{roomName ?? t('timetable.allRooms')}</span>}
        <span className="tt-kind">{session.track ? session.track.name : t(`sessionTypes.${session.type}`, { ns: 'common' })}</span>
        <SessionLanguages session={session} />
        {live && <span className="tt-live">{t('timetable.now')}</span>}
        {entry && <span className="tt-mine">{entry.state === 'signed-up' ? `✓ ${t('agenda.inAgenda')}` : t('agenda.waitlistedNoPosition')}</span>}
        {clash && <span className="tt-clash">{t('agenda.clashesWith', { title: clash })}</span>}
      </span>
    </button>
  );
}

/** Sessions one under another, as blocks: a time's sessions on a phone, and what is on now and next. */
function SessionBlocks({ sessions, now, onOpen }: { sessions: PlacedSession[]; now: number; onOpen: (placed: PlacedSession) => void }) {
  return (
    <ul>
      {sessions.map((placed) => (
        <li key={placed.session.id}>
          <SessionBlock placed={placed} now={now} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}

/** Rooms across, time down; a session without a room (a break) runs across all of them. */
function DayGrid({
  sessions,
  rooms,
  now,
  onOpen,
}: {
  sessions: PlacedSession[];
  rooms: { id: string; name: string; locationNote: string | null }[];
  now: number;
  onOpen: (placed: PlacedSession) => void;
}) {
  const { t } = useTranslation('public');
  const first = Math.floor(Math.min(...sessions.map(({ session }) => minutesOf(session.start))) / 30) * 30;
  const ends = sessions.map(({ session }) => (dateOf(session.end) > dateOf(session.start) ? 24 * 60 : minutesOf(session.end)));
  const last = Math.ceil(Math.max(...ends) / 30) * 30;
  const row = (minutes: number) => Math.round((minutes - first) / STEP) + 2;
  const column = new Map(rooms.map((room, index) => [room.id, index + 2]));
  // A session without a room spans every room, unless something is on in a room at the same time (a session
  // moved into a break): then the sessions without a room get a column of their own, so nothing is hidden.
  const inRoom = (placed: PlacedSession) => placed.roomId !== null && column.has(placed.roomId);
  const overlap = (a: PlacedSession, b: PlacedSession) =>
    Date.parse(a.session.start) < Date.parse(b.session.end) && Date.parse(b.session.start) < Date.parse(a.session.end);
  const ownColumn = sessions.some((placed) => !inRoom(placed) && sessions.some((other) => inRoom(other) && overlap(placed, other)));
  const venueColumn = rooms.length + 2;
  const marks: number[] = [];
  for (let minutes = first; minutes < last; minutes += 30) marks.push(minutes);
  return (
    <div
      className="tt-grid"
      style={{
        gridTemplateColumns: `4.5rem repeat(${rooms.length + (ownColumn ? 1 : 0)}, minmax(9rem, 1fr))`,
        gridTemplateRows: `auto repeat(${(last - first) / STEP}, minmax(0.55rem, auto))`,
      }}
    >
      <div className="tt-corner">{t('timetable.time')}</div>
      {rooms.map((room, index) => (
        <div key={room.id} className="tt-room-head" style={{ gridColumn: index + 2 }}>
          <span className="tt-room-name">{room.name}</span>
          {room.locationNote && <span className="tt-room-note">{room.locationNote}</span>}
        </div>
      ))}
      {ownColumn && (
        <div className="tt-room-head" style={{ gridColumn: venueColumn }}>
          {t('timetable.noRoom')}
        </div>
      )}
      {marks.map((minutes) => (
        <div
          key={minutes}
          className={minutes % 60 === 0 ? 'tt-mark hour' : 'tt-mark'}
          style={{ gridRow: `${row(minutes)} / span ${30 / STEP}` }}
          aria-hidden="true"
        >
          {`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`}
        </div>
      ))}
      {sessions.map((placed, index) => {
        const start = minutesOf(placed.session.start);
        const end = ends[index];
        const columns = inRoom(placed) ? `${column.get(placed.roomId!)}` : ownColumn ? `${venueColumn}` : `2 / ${venueColumn}`;
        return (
          <SessionBlock
            key={placed.session.id}
            placed={placed}
            now={now}
            onOpen={onOpen}
            style={{ gridColumn: columns, gridRow: `${row(start)} / ${Math.max(row(end), row(start) + 1)}` }}
          />
        );
      })}
    </div>
  );
}

/** On a phone: sessions grouped by start time, each naming its room. */
function DayList({ sessions, now, onOpen }: { sessions: PlacedSession[]; now: number; onOpen: (placed: PlacedSession) => void }) {
  const groups = new Map<string, PlacedSession[]>();
  for (const placed of sessions) {
    const key = clockOf(placed.session.start);
    groups.set(key, [...(groups.get(key) ?? []), placed]);
  }
  return (
    <ol className="tt-list">
      {[...groups.entries()].map(([time, group]) => (
        <li key={time}>
          <h3 className="tt-list-time">{time}</h3>
          <SessionBlocks sessions={group} now={now} onOpen={onOpen} />
        </li>
      ))}
    </ol>
  );
}

function NowNext({ sessions, now, zone, onOpen }: { sessions: PlacedSession[]; now: number; zone: string; onOpen: (placed: PlacedSession) => void }) {
  const { t } = useTranslation('public');
  const today = dayInZone(new Date(now), zone);
  const todays = sessions.filter(({ session }) => dateOf(session.start) === today);
  const current = nowAndNext(todays, now);
  const list = (items: PlacedSession[]) => <SessionBlocks sessions={items} now={now} onOpen={onOpen} />;
  return (
    <section className="tt-now-next" aria-labelledby="tt-now-next-heading">
      <h2 id="tt-now-next-heading">{t('timetable.nowAndNext')}</h2>
      <div className="tt-now-next-columns">
        <div>
          <h3>{t('timetable.now')}</h3>
          {current.now.length ? list(current.now) : <p>{t('timetable.nothingNow')}</p>}
        </div>
        <div>
          <h3>{t('timetable.next')}</h3>
          {current.next.length ? list(current.next) : <p>{t('timetable.nothingNext')}</p>}
        </div>
      </div>
    </section>
  );
}

function SessionDialog({ slug, placed, timetable, onClose }: { slug: string; placed: PlacedSession; timetable: Timetable; onClose: () => void }) {
  const agenda = useContext(AgendaContext);
  const { t, i18n } = useTranslation('public');
  const language = i18n.language;
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const { session, roomName } = placed;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const abstract = sessionAbstract(session, language, timetable.event.languages);
  return (
    <dialog
      ref={ref}
      className="tt-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === ref.current) ref.current?.close();
      }}
    >
      <div className="tt-dialog-body">
        <SessionKind session={session} />
        <h2 id={headingId}>{sessionTitle(session, language)}</h2>
        <SessionFacts session={session} roomName={roomName} roomNote={placed.roomNote} zone={timetable.timeZone} />
        {abstract && <p className="tt-abstract">{abstract}</p>}
        <h3>{t('timetable.talks')}</h3>
        <SessionTalks
          session={session}
          className="tt-slots"
          speakers={(slot) => (
            <span className="tt-slot-speakers">
              <span className="visually-hidden">{t('timetable.speakers')}: </span>
              {slot.speakers.map((speaker) => speaker.name).join(', ')}
            </span>
          )}
        />
        {agenda && <AgendaControl agenda={agenda} session={session} title={sessionTitle(session, language)} />}
        <div className="actions">
          <Link className="button secondary" href={`/events/${slug}/sessions/${session.id}`}>
            {t('timetable.openPage')}
          </Link>
          <button type="button" autoFocus onClick={() => ref.current?.close()}>
            {t('close', { ns: 'common' })}
          </button>
        </div>
      </div>
    </dialog>
  );
}
