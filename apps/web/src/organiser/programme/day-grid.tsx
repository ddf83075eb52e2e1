import { type CSSProperties, type KeyboardEvent, type PointerEvent as ReactPointerEvent, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../ui/time';
import { autoScroller } from './auto-scroll';
import { type EventDetail, localDay, localTime, minutesOfDay, type ProgrammeWarning, type Session, titleOf } from './programme-api';
import { type Drag, durationOf, hhmm, type Place, placeOf, type SessionMove } from './use-session-move';
import { localName } from '../../ui/translated';

const ROW_MINUTES = 5;
const KEY_MINUTES = 15;
/** Pixels a pointer travels before a press becomes a drag, so a click still opens the editor. */
const DRAG_THRESHOLD = 6;

export type WarningsBySession = Map<string, ProgrammeWarning[]>;

/**
 * Rooms across, time down, for wide screens: each session a button that opens its editor, and a move
 * handle that drags it (pointer) or picks it up (Space, then arrows, Page Up/Down for days, Enter or Escape).
 */
export function DayGrid({
  day,
  days,
  event,
  sessions,
  warnings,
  move,
  onOpen,
}: {
  day: string;
  days: string[];
  event: EventDetail;
  sessions: Session[];
  warnings: WarningsBySession;
  move: SessionMove;
  onOpen: (session: Session) => void;
}) {
  const { t, i18n } = useTranslation('programme');
  const gridRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const dragged = useRef(false);
  const endOf = (session: Session) => (localDay(session.end) === day ? minutesOfDay(session.end) : 24 * 60);
  const first = Math.floor(Math.min(...sessions.map((session) => minutesOfDay(session.start))) / 60) * 60;
  const last = Math.ceil(Math.max(...sessions.map(endOf)) / 60) * 60;
  const rows = Math.max(1, (last - first) / ROW_MINUTES);
  const roomed = sessions.filter((session) => session.roomId);
  const overlapsRoomed = (session: Session) => roomed.some((other) => other.start < session.end && session.start < other.end);
  // Sessions without a room (breaks, lunch) span the whole row unless something runs at the same time.
  const needsNoRoomColumn = sessions.some((session) => !session.roomId && overlapsRoomed(session));
  const columns = [
    ...event.rooms.map((room) => ({ id: room.id, name: localName(room, i18n.language) })),
    ...(needsNoRoomColumn ? [{ id: '', name: t('noRoom') }] : []),
  ];
  const row = (minutes: number) => Math.round((minutes - first) / ROW_MINUTES) + 2;
  const hours: number[] = [];
  for (let minutes = first; minutes < last; minutes += 30) hours.push(minutes);
  const style = { '--programme-columns': columns.length, '--programme-rows': rows } as CSSProperties;
  const columnOf = (roomId: string | null, spansAll: boolean) => {
    const index = roomId ? columns.findIndex((column) => column.id === roomId) : spansAll ? -1 : columns.length - 1;
    return index === -1 ? (roomId ? `${columns.length + 1}` : `2 / span ${columns.length}`) : `${index + 2}`;
  };
  const rowsOf = (start: number, end: number) => `${row(Math.max(start, first))} / ${Math.max(row(Math.min(end, last)), row(Math.max(start, first)) + 1)}`;

  /** The minute of the day under a pointer, read from each row's marker: rows stretch with their cards. */
  const minutesAt = (y: number): number => {
    const markers = [...(gridRef.current?.querySelectorAll<HTMLElement>('[data-row-minutes]') ?? [])];
    for (const marker of markers) {
      const box = marker.getBoundingClientRect();
      if (y < box.bottom) return Number(marker.dataset.rowMinutes) + (Math.max(0, y - box.top) / Math.max(1, box.height)) * ROW_MINUTES;
    }
    return last;
  };
  const roomAt = (x: number, fallback: string | null): string | null => {
    for (const header of gridRef.current?.querySelectorAll<HTMLElement>('[data-column]') ?? []) {
      const box = header.getBoundingClientRect();
      if (x >= box.left && x < box.right) return header.dataset.column || null;
    }
    return fallback;
  };

  const startPointerDrag = (pressed: ReactPointerEvent, session: Session) => {
    if (pressed.button !== 0) return;
    const origin = placeOf(session);
    const grab = minutesAt(pressed.clientY) - origin.minutes;
    const x0 = pressed.clientX;
    const y0 = pressed.clientY;
    let current: Drag | null = null;
    let pointer = { x: x0, y: y0 };
    const scroller = autoScroller(scrollRef.current!, () => {
      if (!current) return;
      current = { ...current, target: targetAt(pointer.x, pointer.y) };
      move.over(current.target);
    });
    const targetAt = (x: number, y: number): Place => {
      const dayButton = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-programme-day]');
      if (dayButton) return { ...origin, day: dayButton.dataset.programmeDay! };
      const minutes = Math.round((minutesAt(y) - grab) / ROW_MINUTES) * ROW_MINUTES;
      return {
        day,
        minutes: Math.max(0, Math.min(minutes, 24 * 60 - durationOf(session))),
        roomId: session.roomId || needsNoRoomColumn ? roomAt(x, origin.roomId) : null,
      };
    };
    const onMove = (moved: PointerEvent) => {
      if (!current && Math.hypot(moved.clientX - x0, moved.clientY - y0) < DRAG_THRESHOLD) return;
      if (!current) move.pickUp(session, 'pointer');
      pointer = { x: moved.clientX, y: moved.clientY };
      current = { session, via: 'pointer', target: targetAt(pointer.x, pointer.y) };
      move.over(current.target);
      scroller.follow(pointer.x, pointer.y, current.target.day !== day);
    };
    const finish = (dropIt: boolean) => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      window.removeEventListener('keydown', onEscape);
      scroller.stop();
      if (!current) return;
      dragged.current = true;
      // The click that ends a drag must not also open the editor.
      setTimeout(() => (dragged.current = false), 0);
      if (dropIt) void move.drop(current);
      else move.cancel();
      current = null;
    };
    const onUp = () => finish(true);
    const onCancel = () => finish(false);
    const onEscape = (key: globalThis.KeyboardEvent) => key.key === 'Escape' && finish(false);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    window.addEventListener('keydown', onEscape);
  };

  const onHandleKey = (key: KeyboardEvent, session: Session) => {
    const drag = move.drag?.session.id === session.id && move.drag.via === 'keyboard' ? move.drag : null;
    if (!drag) {
      if (key.key === ' ' || key.key === 'Enter') {
        key.preventDefault();
        move.pickUp(session, 'keyboard');
      }
      return;
    }
    const { target } = drag;
    const rooms: (string | null)[] = [...event.rooms.map((room) => room.id), null];
    const step = (list: string[] | (string | null)[], value: string | null, by: number) =>
      list[Math.max(0, Math.min(list.length - 1, list.indexOf(value as never) + by))];
    const length = durationOf(session);
    const next: Record<string, () => Place> = {
      ArrowUp: () => ({ ...target, minutes: Math.max(0, target.minutes - KEY_MINUTES) }),
      ArrowDown: () => ({ ...target, minutes: Math.min(24 * 60 - length, target.minutes + KEY_MINUTES) }),
      ArrowLeft: () => ({ ...target, roomId: step(rooms, target.roomId, -1) as string | null }),
      ArrowRight: () => ({ ...target, roomId: step(rooms, target.roomId, 1) as string | null }),
      PageUp: () => ({ ...target, day: step(days, target.day, -1) as string }),
      PageDown: () => ({ ...target, day: step(days, target.day, 1) as string }),
    };
    if (next[key.key]) {
      key.preventDefault();
      move.over(next[key.key]());
    } else if (key.key === ' ' || key.key === 'Enter') {
      key.preventDefault();
      void move.drop();
    } else if (key.key === 'Escape') {
      key.preventDefault();
      move.cancel();
    }
  };

  const shown = move.drag ?? move.pending;
  const preview = shown && shown.target.day === day ? shown : null;
  const previewRef = useRef<HTMLDivElement>(null);
  // A keyboard move may take the card out of sight: bring where it would go into view with each step.
  const keyboardTarget = move.drag?.via === 'keyboard' ? move.drag.target : null;
  useEffect(() => {
    if (keyboardTarget) previewRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [keyboardTarget]);

  return (
    <div ref={scrollRef} className="programme-grid-scroll" role="region" aria-label={t('grid', { day: formatDay(day, i18n.language) })} tabIndex={0}>
      <div className="programme-grid" style={style} ref={gridRef}>
        <div className="programme-corner" style={{ gridColumn: 1, gridRow: 1 }}>
          {t('time')}
        </div>
        {columns.map((column, index) => (
          <div key={column.id || 'none'} data-column={column.id} className="programme-room" style={{ gridColumn: index + 2, gridRow: 1 }}>
            {column.name}
          </div>
        ))}
        {hours.map((minutes) => (
          <div key={minutes} className="programme-hour" aria-hidden="true" style={{ gridColumn: 1, gridRow: `${row(minutes)} / span ${30 / ROW_MINUTES}` }}>
            {hhmm(minutes)}
          </div>
        ))}
        {Array.from({ length: rows }, (_, index) => first + index * ROW_MINUTES).map((minutes) => (
          <div
            key={`row-${minutes}`}
            data-row-minutes={minutes}
            className="programme-row-marker"
            aria-hidden="true"
            style={{ gridColumn: 1, gridRow: row(minutes) }}
          />
        ))}
        {sessions.map((session) => {
          const spansAll = !session.roomId && !overlapsRoomed(session);
          const moving = shown?.session.id === session.id;
          return (
            <div
              key={session.id}
              className={`programme-cell${moving ? ' programme-moving' : ''}`}
              style={{ gridColumn: columnOf(session.roomId, spansAll), gridRow: rowsOf(minutesOfDay(session.start), endOf(session)) }}
              onPointerDown={(pressed) => pressed.pointerType === 'mouse' && startPointerDrag(pressed, session)}
            >
              <SessionCard session={session} event={event} warnings={warnings.get(session.id) ?? []} onOpen={(opened) => !dragged.current && onOpen(opened)} />
              <button
                type="button"
                className="programme-handle"
                aria-label={t('move.handle', { title: titleOf(session.title, i18n.language, event.languages) })}
                aria-describedby="programme-move-help"
                aria-pressed={move.drag?.session.id === session.id}
                onPointerDown={(pressed) => {
                  if (pressed.pointerType === 'mouse') return;
                  startPointerDrag(pressed, session);
                }}
                onKeyDown={(key) => onHandleKey(key, session)}
                onBlur={() => move.drag?.via === 'keyboard' && move.drag.session.id === session.id && move.cancel()}
              >
                <span aria-hidden="true">⠿</span>
              </button>
            </div>
          );
        })}
        {preview && (
          <div
            ref={previewRef}
            className="programme-drop"
            aria-hidden="true"
            style={{
              gridColumn: columnOf(preview.target.roomId, !preview.target.roomId && !needsNoRoomColumn),
              gridRow: rowsOf(preview.target.minutes, preview.target.minutes + durationOf(preview.session)),
            }}
          >
            {move.describe(preview.session, preview.target)}
          </div>
        )}
      </div>
    </div>
  );
}

/** The day as a list in time order, room named on each: phones, and anyone who prefers it (screen readers). */
export function DayList({
  event,
  sessions,
  warnings,
  onOpen,
}: {
  event: EventDetail;
  sessions: Session[];
  warnings: WarningsBySession;
  onOpen: (session: Session) => void;
}) {
  return (
    <ol className="programme-list">
      {sessions.map((session) => (
        <li key={session.id}>
          <SessionCard session={session} event={event} warnings={warnings.get(session.id) ?? []} onOpen={onOpen} showRoom />
        </li>
      ))}
    </ol>
  );
}

function SessionCard({
  session,
  event,
  warnings,
  onOpen,
  showRoom = false,
}: {
  session: Session;
  event: EventDetail;
  warnings: ProgrammeWarning[];
  onOpen: (session: Session) => void;
  showRoom?: boolean;
}) {
  const { t, i18n } = useTranslation('programme');
  const track = event.tracks.find((candidate) => candidate.id === session.trackId);
  const found = event.rooms.find((candidate) => candidate.id === session.roomId);
  const room = found ? localName(found, i18n.language) : t('noRoom');
  const title = titleOf(session.title, i18n.language, event.languages);
  const start = localTime(session.start);
  const end = localTime(session.end);
  const speakers = [...new Set(session.slots.flatMap((slot) => slot.speakers.map((speaker) => speaker.name)))];
  const kinds = [...new Set(warnings.map((warning) => warning.kind))];
  const speakersId = useId();
  const warningsId = useId();
  return (
    <button
      type="button"
      className={`programme-session programme-type-${session.type}${kinds.length ? ' programme-warned' : ''}`}
      style={{ borderLeftColor: track?.colour ?? '#6b7785' }}
      aria-label={t('sessionButton', { title, start, end, room })}
      aria-describedby={[speakers.length ? speakersId : '', kinds.length ? warningsId : ''].join(' ').trim() || undefined}
      onClick={() => onOpen(session)}
    >
      <span className="programme-session-time">
        {start}–{end}
        {showRoom && ` · ${room}`}
      </span>
      <span className="programme-session-title">{title}</span>
      <span className="programme-session-meta">
        {t(`sessionTypes.${session.type}`, { ns: 'common' })}
        {track && ` · ${localName(track, i18n.language)}`}
        {speakers.length === 0 && session.slots.length > 0 && ` · ${t('slotsCount', { count: session.slots.length })}`}
      </span>
      {speakers.length > 0 && (
        <span id={speakersId} className="programme-session-speakers">
          {new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(speakers)}
        </span>
      )}
      {kinds.length > 0 && (
        <span id={warningsId} className="programme-session-warnings">
          {kinds.map((kind) => (
            <span key={kind} className="badge programme-card-warning">
              ⚠ {t(`warnings.kinds.${kind}`)}
            </span>
          ))}
        </span>
      )}
    </button>
  );
}
