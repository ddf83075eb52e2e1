import { Injectable } from '@nestjs/common';
import type { EventContext } from '@app/auth';
import { stringifySpreadsheetCsv } from '@app/config';
import { eventDirectory } from '@app/events';
import { agendaSessions } from '@app/programme';
import { DataSource } from 'typeorm';
import { localisedTitle, zonedIso } from '../agenda/session-text.js';
import type { SessionAttendanceCount, SessionAttendanceListResponse } from './session-attendance.dto.js';

/** For the organisers: who came through each session's door, against the sign-ups and the room's seats. */
@Injectable()
export class SessionAttendanceService {
  constructor(private readonly dataSource: DataSource) {}

  async list(event: EventContext, language?: string): Promise<SessionAttendanceListResponse> {
    const manager = this.dataSource.manager;
    const sessions = await agendaSessions.ofEvent(manager, event.id);
    const ids = sessions.map((session) => session.id);
    const [rooms, counts] = await Promise.all([
      eventDirectory.rooms(
        manager,
        sessions.flatMap((session) => (session.roomId ? [session.roomId] : [])),
      ),
      this.dataSource.query<{ sessionId: string; signedUp: number; attended: number; attendedSignedUp: number }[]>(
        `SELECT s.id AS "sessionId",
                (SELECT count(*)::int FROM agenda_entries e WHERE e.session_id = s.id AND e.state = 'signed-up') AS "signedUp",
                (SELECT count(*)::int FROM session_attendances a WHERE a.session_id = s.id) AS attended,
                (SELECT count(*)::int FROM session_attendances a JOIN agenda_entries e
                    ON e.session_id = a.session_id AND e.registration_id = a.registration_id AND e.state = 'signed-up'
                  WHERE a.session_id = s.id) AS "attendedSignedUp"
           FROM unnest($1::uuid[]) AS s(id)`,
        [ids],
      ),
    ]);
    const roomOf = new Map(rooms.map((room) => [room.id, room]));
    const countOf = new Map(counts.map((count) => [count.sessionId, count]));
    const languages = [...(language ? [language] : []), ...event.languages];
    return {
      items: sessions.map((session): SessionAttendanceCount => {
        const room = session.roomId ? roomOf.get(session.roomId) : undefined;
        const count = countOf.get(session.id)!;
        return {
          sessionId: session.id,
          number: session.number,
          title: localisedTitle(session.title, languages),
          room: room?.name ?? null,
          roomCapacity: room?.capacity ?? null,
          seatLimit: session.seatLimit,
          startsAt: zonedIso(new Date(session.startsAt), event.timeZone),
          endsAt: zonedIso(new Date(session.endsAt), event.timeZone),
          signedUp: count.signedUp,
          attended: count.attended,
          attendedSignedUp: count.attendedSignedUp,
          overCapacity: room ? Math.max(0, count.attended - room.capacity) : 0,
        };
      }),
    };
  }

  /** The same counts for a spreadsheet, UTF-8 with a byte-order mark. */
  async csv(event: EventContext, language?: string): Promise<string> {
    const { items } = await this.list(event, language);
    const header = [
      'number',
      'title',
      'room',
      'room_capacity',
      'seat_limit',
      'starts_at',
      'ends_at',
      'signed_up',
      'attended',
      'attended_signed_up',
      'over_capacity',
    ];
    const rows = items.map((item) => [
      item.number,
      item.title,
      item.room ?? '',
      item.roomCapacity ?? '',
      item.seatLimit ?? '',
      item.startsAt,
      item.endsAt,
      item.signedUp,
      item.attended,
      item.attendedSignedUp,
      item.overCapacity,
    ]);
    return `\uFEFF${stringifySpreadsheetCsv([header, ...rows])}`;
  }
}
