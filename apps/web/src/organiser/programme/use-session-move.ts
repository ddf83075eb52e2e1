import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text';
import { formatDay } from '../../ui/time';
import { type EventDetail, localDay, minutesOfDay, type Session, titleOf, updateSession, useRefreshProgramme } from './programme-api';

/** Where a session would sit: a day, a start in minutes after midnight (event's zone), a room (null: none). */
export interface Place {
  day: string;
  minutes: number;
  roomId: string | null;
}

export interface Drag {
  session: Session;
  via: 'pointer' | 'keyboard';
  target: Place;
}

interface Move {
  session: Session;
  from: Place;
  to: Place;
}

export const placeOf = (session: Session): Place => ({ day: localDay(session.start), minutes: minutesOfDay(session.start), roomId: session.roomId });
export const durationOf = (session: Session) => (Date.parse(session.end) - Date.parse(session.start)) / 60_000;
export const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const samePlace = (a: Place, b: Place) => a.day === b.day && a.minutes === b.minutes && a.roomId === b.roomId;

/**
 * Moving sessions by dragging or by keyboard. Nothing moves until the API agrees: the card stays where it
 * was while the PATCH is out, so a 409 needs no rollback, only the reason shown.
 */
export function useSessionMove(slug: string, event: EventDetail, onDay: (day: string) => void) {
  const { t, i18n } = useTranslation('programme');
  const refresh = useRefreshProgramme(slug);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [pending, setPending] = useState<Drag | null>(null);
  const [last, setLast] = useState<Move | null>(null);
  const [conflict, setConflict] = useState<{ title: string; reason: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const title = (session: Session) => titleOf(session.title, i18n.language, event.languages);
  const describe = (session: Session, place: Place) =>
    t('move.place', {
      day: formatDay(place.day, i18n.language, 'short'),
      start: hhmm(place.minutes),
      end: hhmm(place.minutes + durationOf(session)),
      room: event.rooms.find((room) => room.id === place.roomId)?.name ?? t('noRoom'),
    });

  const send = async (session: Session, from: Place, to: Place) => {
    const body = { start: `${to.day}T${hhmm(to.minutes)}`, ...(to.roomId !== from.roomId ? { roomId: to.roomId } : {}) };
    await updateSession(slug, session.id, body);
    await refresh();
  };

  // What the last move said stays until the next drop: clearing it at pick-up would shift the grid under the pointer.
  const pickUp = (session: Session, via: Drag['via']) => {
    setDrag({ session, via, target: placeOf(session) });
    if (via === 'keyboard') setAnnouncement(t('move.pickedUp', { title: title(session), place: describe(session, placeOf(session)) }));
  };

  const over = (target: Place) =>
    setDrag((current) => {
      if (!current || samePlace(current.target, target)) return current;
      if (current.via === 'keyboard') setAnnouncement(describe(current.session, target));
      return { ...current, target };
    });

  const cancel = () => {
    if (drag) setAnnouncement(t('move.cancelled', { title: title(drag.session) }));
    setDrag(null);
  };

  /** A pointer drop passes its drag: the window listener that calls this holds an older render's state. */
  const drop = async (given?: Drag) => {
    const dropped = given ?? drag;
    if (!dropped) return;
    const { session, target } = dropped;
    const from = placeOf(session);
    setDrag(null);
    setConflict(null);
    setStatus(null);
    if (samePlace(from, target)) {
      setAnnouncement(t('move.cancelled', { title: title(session) }));
      return;
    }
    setPending(dropped);
    try {
      await send(session, from, target);
      setLast({ session, from, to: target });
      const done = t('move.moved', { title: title(session), place: describe(session, target) });
      setStatus(done);
      setAnnouncement(done);
      if (target.day !== from.day) onDay(target.day);
    } catch (error) {
      const reason = errorText(t, error);
      setConflict({ title: title(session), reason });
      setAnnouncement(`${t('move.refused', { title: title(session) })} ${reason}`);
    } finally {
      setPending(null);
    }
  };

  const undo = async () => {
    if (!last) return;
    setConflict(null);
    try {
      await send(last.session, last.to, last.from);
      const done = t('move.undone', { title: title(last.session) });
      setStatus(done);
      setAnnouncement(done);
      if (last.from.day !== last.to.day) onDay(last.from.day);
      setLast(null);
    } catch (error) {
      setConflict({ title: title(last.session), reason: errorText(t, error) });
    }
  };

  return { drag, pending, last, conflict, status, announcement, pickUp, over, cancel, drop, undo, describe };
}

export type SessionMove = ReturnType<typeof useSessionMove>;
