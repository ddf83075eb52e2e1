import { Injectable } from '@nestjs/common';
import { isConstraintViolation, PG_UNIQUE_VIOLATION } from '@app/database';
import { Outbox } from '@app/notifications';
import { eventDirectory } from '@app/events';
import { agendaSessions, type InterpretationChannel, sessionSeats } from '@app/programme';
import { DataSource, EntityManager } from 'typeorm';
import { RegistrationService } from '../registration.service.js';
import type { RegistrationEntity } from '../registration.entity.js';
import { agendaCalendar } from './agenda-calendar.js';
import { promoteWaiting } from './agenda-seats.js';
import type { AgendaEntryResponse, AgendaResponse, AgendaState, SessionAttendanceResponse } from './dto/agenda.dto.js';
import { describeTime, localisedTitle, zonedIso } from './session-text.js';
import { RegistrationError } from '../registration.error.js';

interface EntryRow {
  sessionId: string;
  title: Record<string, string>;
  type: string;
  roomId: string | null;
  roomName: string | null;
  startsAt: Date;
  endsAt: Date;
  state: AgendaState;
  waitlistPosition: number | null;
  streamUrl: string | null;
  interpretation: InterpretationChannel[];
}

interface EventRow {
  name: string;
  timeZone: string;
  languages: string[];
}

// Waiting-list places count only entries of confirmed registrations: the others are never promoted.
const ENTRIES_SQL = `
  SELECT e.session_id AS "sessionId", e.state,
         CASE WHEN e.state = 'waitlisted' THEN
           (SELECT count(*)::int + 1 FROM agenda_entries w JOIN registrations wr ON wr.id = w.registration_id
             WHERE w.session_id = e.session_id AND w.state = 'waitlisted' AND wr.state = 'confirmed' AND w.queue_number < e.queue_number)
         END AS "waitlistPosition"
    FROM agenda_entries e
   WHERE e.registration_id = $1 AND ($2::uuid IS NULL OR e.session_id = $2)`;

/**
 * A confirmed delegate's personal agenda: sign-ups for sessions with (or without) a seat limit,
 * a waiting list per session promoted in order, and the agenda as a calendar feed.
 *
 * Every change first locks the registration's row, so one delegate's changes happen one after
 * another (two overlapping sign-ups cannot both pass the overlap check), then the session's row,
 * so one session's seats and waiting list change one at a time. Always in that order.
 */
@Injectable()
export class AgendaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationService,
    private readonly outbox: Outbox,
  ) {}

  async agenda(token: string): Promise<AgendaResponse> {
    const registration = await this.registrations.findByToken(token);
    const event = await this.event(this.dataSource.manager, registration.eventId);
    const rows = await this.entries(this.dataSource.manager, registration.id);
    return { timeZone: event.timeZone, entries: rows.map((row) => this.present(row, registration, event)) };
  }

  async signUp(token: string, sessionId: string): Promise<AgendaEntryResponse> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.registrations.findByToken(token, manager, true);
      if (registration.state !== 'confirmed') {
        throw new RegistrationError('AGENDA_NOT_CONFIRMED', `Only a confirmed registration can sign up for sessions; this one is ${registration.state}`, {
          state: registration.state,
        });
      }
      const event = await this.event(manager, registration.eventId);
      if (!(await sessionSeats.lock(manager, registration.eventId, sessionId)))
        throw new RegistrationError('SESSION_NOT_FOUND', `No session ${sessionId} in this event`, { sessionId });
      const [already] = await this.entries(manager, registration.id, sessionId);
      if (already) throw new RegistrationError('ALREADY_IN_AGENDA', `This session is already in your agenda (${already.state})`, { state: already.state });
      await this.refuseOverlap(manager, registration, event, sessionId);

      const state: AgendaState = (await sessionSeats.take(manager, sessionId)) ? 'signed-up' : 'waitlisted';
      try {
        await manager.query(`INSERT INTO agenda_entries (registration_id, session_id, state) VALUES ($1, $2, $3)`, [registration.id, sessionId, state]);
      } catch (error) {
        if (isConstraintViolation(error, PG_UNIQUE_VIOLATION)) throw new RegistrationError('ALREADY_IN_AGENDA', 'This session is already in your agenda');
        throw error;
      }
      const [entry] = await this.entries(manager, registration.id, sessionId);
      return this.present(entry, registration, event);
    });
  }

  /** Leaves a session; a seat it held goes to the first of the waiting list, told by mail, in this transaction. */
  async cancel(token: string, sessionId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const registration = await this.registrations.findByToken(token, manager, true);
      const notInAgenda = new RegistrationError('NOT_IN_AGENDA', `Session ${sessionId} is not in your agenda`, { sessionId });
      if (!(await sessionSeats.lock(manager, registration.eventId, sessionId))) throw notInAgenda;
      const [removed] = await manager.query(`DELETE FROM agenda_entries WHERE registration_id = $1 AND session_id = $2 RETURNING state`, [
        registration.id,
        sessionId,
      ]);
      if (!removed.length) throw notInAgenda;
      if (removed[0].state === 'signed-up') {
        await sessionSeats.release(manager, sessionId);
        await promoteWaiting(manager, this.outbox, sessionId);
      }
    });
  }

  /** The agenda as an iCalendar feed, in the delegate's language and the event's time zone. */
  async calendar(token: string): Promise<string> {
    const registration = await this.registrations.findByToken(token);
    const event = await this.event(this.dataSource.manager, registration.eventId);
    const rows = await this.entries(this.dataSource.manager, registration.id);
    return agendaCalendar({
      eventName: event.name,
      timeZone: event.timeZone,
      language: registration.language,
      entries: rows.map((row) => ({
        sessionId: row.sessionId,
        title: localisedTitle(row.title, [registration.language, ...event.languages]),
        room: row.roomName,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        state: row.state,
        waitlistPosition: row.waitlistPosition,
        ...(registration.state === 'confirmed' ? { streamUrl: row.streamUrl, interpretation: row.interpretation } : {}),
      })),
    });
  }

  /** For the organisers: the counter, and the rows it counts. */
  async attendance(eventId: string, sessionId: string): Promise<SessionAttendanceResponse> {
    const session = (await agendaSessions.byIds(this.dataSource.manager, [sessionId])).get(sessionId);
    if (session?.eventId !== eventId) throw new RegistrationError('SESSION_NOT_FOUND', `No session ${sessionId} in this event`, { sessionId });
    const [counts] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM agenda_entries e WHERE e.session_id = $1 AND e.state = 'signed-up') AS "signedUp",
              (SELECT count(*)::int FROM agenda_entries e JOIN registrations r ON r.id = e.registration_id
                WHERE e.session_id = $1 AND e.state = 'waitlisted' AND r.state = 'confirmed') AS waitlisted`,
      [sessionId],
    );
    const row = { seatLimit: session.seatLimit, seatsTaken: session.seatsTaken, ...counts };
    return {
      sessionId,
      seatLimit: row.seatLimit,
      seatsTaken: row.seatsTaken,
      seatsFree: row.seatLimit === null ? null : row.seatLimit - row.seatsTaken,
      signedUp: row.signedUp,
      waitlisted: row.waitlisted,
    };
  }

  private async refuseOverlap(manager: EntityManager, registration: RegistrationEntity, event: EventRow, sessionId: string): Promise<void> {
    // Still under the registration's row lock: the agenda read here is the one the sign-up extends.
    const mine: { sessionId: string; state: AgendaState }[] = await manager.query(
      `SELECT session_id AS "sessionId", state FROM agenda_entries WHERE registration_id = $1`,
      [registration.id],
    );
    const found = await agendaSessions.firstOverlapping(
      manager,
      sessionId,
      mine.map((entry) => entry.sessionId),
    );
    if (!found) return;
    const other = { ...found, state: mine.find((entry) => entry.sessionId === found.id)!.state };
    const title = localisedTitle(other.title, [registration.language, ...event.languages]);
    const overlapping = {
      sessionId: other.id,
      title,
      startsAt: zonedIso(other.startsAt, event.timeZone),
      endsAt: zonedIso(other.endsAt, event.timeZone),
      state: other.state,
    };
    throw new RegistrationError(
      'AGENDA_OVERLAP',
      `This session overlaps "${title}", ${describeTime(other.startsAt, other.endsAt, event.timeZone)}, which is in your agenda (${other.state})`,
      { ...overlapping, timeZone: event.timeZone, details: overlapping },
    );
  }

  /** The agenda's entries by session start: sessions from the programme, rooms from the events library, one query each. */
  private async entries(manager: EntityManager, registrationId: string, sessionId: string | null = null): Promise<EntryRow[]> {
    const rows: Pick<EntryRow, 'sessionId' | 'state' | 'waitlistPosition'>[] = await manager.query(ENTRIES_SQL, [registrationId, sessionId]);
    const sessions = await agendaSessions.byIds(
      manager,
      rows.map((row) => row.sessionId),
    );
    const rooms = await eventDirectory.rooms(
      manager,
      [...sessions.values()].flatMap((session) => (session.roomId ? [session.roomId] : [])),
    );
    const roomNames = new Map(rooms.map((room) => [room.id, room.name]));
    return rows
      .map((row) => ({ row, session: sessions.get(row.sessionId)! }))
      .sort((a, b) => a.session.startsAt.getTime() - b.session.startsAt.getTime() || a.session.number - b.session.number)
      .map(({ row, session }) => ({
        sessionId: row.sessionId,
        title: session.title,
        type: session.type,
        roomId: session.roomId,
        roomName: session.roomId ? (roomNames.get(session.roomId) ?? null) : null,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        state: row.state,
        waitlistPosition: row.waitlistPosition,
        streamUrl: session.streamUrl,
        interpretation: session.interpretation,
      }));
  }

  private async event(manager: EntityManager, eventId: string): Promise<EventRow> {
    return (await eventDirectory.events(manager, [eventId])).get(eventId)!;
  }

  private present(row: EntryRow, registration: RegistrationEntity, event: EventRow): AgendaEntryResponse {
    return {
      sessionId: row.sessionId,
      title: localisedTitle(row.title, [registration.language, ...event.languages]),
      type: row.type,
      room: row.roomId ? { id: row.roomId, name: row.roomName! } : null,
      startsAt: zonedIso(row.startsAt, event.timeZone),
      endsAt: zonedIso(row.endsAt, event.timeZone),
      state: row.state,
      waitlistPosition: row.waitlistPosition,
      // Remote access is for registered delegates: a cancelled registration keeps its list, not the links.
      streamUrl: registration.state === 'confirmed' ? row.streamUrl : null,
      interpretation: registration.state === 'confirmed' ? row.interpretation : [],
    };
  }
}
