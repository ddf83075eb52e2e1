import { Injectable } from '@nestjs/common';
import { accountNames, type EventContext } from '@app/auth';
import { eventDirectory, type RoomFacts } from '@app/events';
import { DataSource } from 'typeorm';
import { SessionAudience } from './session-audience.js';

export interface ProgrammeWarning {
  kind: 'speaker-room-change' | 'seat-limit-above-capacity' | 'agenda-overlap' | 'no-chair' | 'speaker-unavailable';
  /** English, for API readers; pages say it in their language from `kind` and `data`. */
  message: string;
  data: Record<string, string | number>;
  sessionIds: string[];
}

/** Time a speaker needs between slots in different rooms. */
const CHANGEOVER = '10 minutes';

/** Soft conflicts: allowed, but an organiser should look at them before publishing. */
@Injectable()
export class WarningsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audience: SessionAudience,
  ) {}

  async list(event: EventContext): Promise<ProgrammeWarning[]> {
    const title = (alias: string) =>
      `coalesce(${alias}.title->>'${event.languages[0] ?? 'en'}', ${alias}.title->>'en', (SELECT value FROM jsonb_each_text(${alias}.title) LIMIT 1))`;
    const [speakers, seats, agendas, chairs, unavailable] = await Promise.all([
      this.dataSource.query(
        `SELECT p1.user_id AS "userId", ${title('s1')} AS first, ${title('s2')} AS second, s1.id AS a, s2.id AS b
           FROM slot_speakers p1
           JOIN slot_speakers p2 ON p2.user_id = p1.user_id AND p2.slot_id <> p1.slot_id
                AND lower(p2.during) >= upper(p1.during) AND lower(p2.during) < upper(p1.during) + interval '${CHANGEOVER}'
           JOIN slots l1 ON l1.id = p1.slot_id JOIN sessions s1 ON s1.id = l1.session_id
           JOIN slots l2 ON l2.id = p2.slot_id JOIN sessions s2 ON s2.id = l2.session_id
          WHERE s1.event_id = $1 AND s1.room_id IS DISTINCT FROM s2.room_id`,
        [event.id],
      ),
      this.seatsAboveCapacity(event.id, title),
      this.overlappingSignUps(event.id, title),
      this.dataSource.query(
        `SELECT s.id, ${title('s')} AS title FROM sessions s
          WHERE s.event_id = $1 AND cardinality(s.chairs) = 0 AND s.type NOT IN ('break', 'social') ORDER BY lower(s.during)`,
        [event.id],
      ),
      // Talks in a time their speaker said they cannot speak.
      this.dataSource.query(
        `SELECT DISTINCT ON (sp.slot_id, sp.user_id) sp.user_id AS "userId", sl.title AS slot, ${title('s')} AS title, s.id
           FROM slot_speakers sp JOIN slots sl ON sl.id = sp.slot_id JOIN sessions s ON s.id = sl.session_id
           JOIN speaker_unavailability u ON u.event_id = s.event_id AND u.user_id = sp.user_id AND u.during && sp.during
          WHERE s.event_id = $1 ORDER BY sp.slot_id, sp.user_id`,
        [event.id],
      ),
    ]);
    const names = new Map(
      (
        await accountNames(
          this.dataSource.manager,
          [...speakers, ...unavailable].map((row: any) => row.userId),
        )
      ).map((account) => [account.id, account.displayName]),
    );
    for (const row of [...speakers, ...unavailable]) row.speaker = names.get(row.userId);
    return [
      ...speakers.map((row: any) => ({
        kind: 'speaker-room-change' as const,
        message: `${row.speaker} goes straight from "${row.first}" to "${row.second}" in another room`,
        data: { speaker: row.speaker, first: row.first, second: row.second },
        sessionIds: [row.a, row.b],
      })),
      ...seats.map((row: any) => ({
        kind: 'seat-limit-above-capacity' as const,
        message: `"${row.title}" allows ${row.seatLimit} seats but ${row.room} holds ${row.capacity}`,
        data: { title: row.title, seatLimit: row.seatLimit, room: row.room, capacity: row.capacity },
        sessionIds: [row.id],
      })),
      ...agendas.map((row: any) => ({
        kind: 'agenda-overlap' as const,
        message: `${row.delegates} delegate(s) signed up for both "${row.first}" and "${row.second}", which now overlap`,
        data: { count: row.delegates, first: row.first, second: row.second },
        sessionIds: [row.a, row.b],
      })),
      ...unavailable.map((row: any) => ({
        kind: 'speaker-unavailable' as const,
        message: `${row.speaker} is not available at the time of "${row.slot}" in "${row.title}"`,
        data: { speaker: row.speaker, slot: row.slot, title: row.title },
        sessionIds: [row.id],
      })),
      ...chairs.map((row: any) => ({ kind: 'no-chair' as const, message: `"${row.title}" has no chair`, data: { title: row.title }, sessionIds: [row.id] })),
    ];
  }

  /** Sessions that allow more seats than their room holds; rooms come from the events library. */
  private async seatsAboveCapacity(eventId: string, title: (alias: string) => string) {
    const [sessions, rooms]: [{ id: string; title: string; seatLimit: number; roomId: string }[], RoomFacts[]] = await Promise.all([
      this.dataSource.query(
        `SELECT s.id, ${title('s')} AS title, s.seat_limit AS "seatLimit", s.room_id AS "roomId"
           FROM sessions s WHERE s.event_id = $1 AND s.room_id IS NOT NULL AND s.seat_limit IS NOT NULL`,
        [eventId],
      ),
      eventDirectory.roomsOfEvent(this.dataSource.manager, eventId),
    ]);
    const byId = new Map(rooms.map((room) => [room.id, room]));
    return sessions.flatMap(({ roomId, ...session }) => {
      const room = byId.get(roomId);
      return room && session.seatLimit > room.capacity ? [{ ...session, room: room.name, capacity: room.capacity }] : [];
    });
  }

  /** Pairs of sessions that now overlap and that some delegates signed up for both. */
  private async overlappingSignUps(eventId: string, title: (alias: string) => string) {
    const shared = await this.audience.sharedSignUps(eventId);
    if (shared.length === 0) return [];
    return this.dataSource.query(
      `SELECT p.delegates, ${title('s1')} AS first, ${title('s2')} AS second, s1.id AS a, s2.id AS b
         FROM unnest($2::uuid[], $3::uuid[], $4::int[]) p (a, b, delegates)
         JOIN sessions s1 ON s1.id = p.a JOIN sessions s2 ON s2.id = p.b
        WHERE s1.event_id = $1 AND s1.during && s2.during`,
      [eventId, shared.map((pair) => pair.a), shared.map((pair) => pair.b), shared.map((pair) => pair.delegates)],
    );
  }
}
