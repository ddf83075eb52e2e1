import { Injectable } from '@nestjs/common';
import { postgresError } from '@app/database';
import { accountNames, type EventContext, roleHoldersAmong } from '@app/auth';
import { assertTranslatable, cleanInterpretation, eventDirectory, type VenueMap } from '@app/events';
import { DataSource, EntityManager } from 'typeorm';
import type { CreateSessionDto, CreateSlotDto, UpdateSessionDto, UpdateSlotDto } from './dto/session.dto.js';
import { localised, type SnapshotSession } from './programme-snapshot.js';
import { hhmm, instantIn } from './session-time.js';
import { readDraft } from './snapshot.repository.js';
import { ProgrammeError } from './programme.error.js';
import { DomainError } from '@app/errors';

/**
 * The draft timetable: sessions in rooms and speaker slots inside them. The database refuses
 * double-booked rooms, speakers in two places at once and sessions outside the event's days;
 * this service only explains who or what is in the way.
 */
@Injectable()
export class ProgrammeService {
  constructor(private readonly dataSource: DataSource) {}

  async draft(event: EventContext) {
    return { event, snapshot: await readDraft(this.dataSource.manager, event.id) };
  }

  /** Who speaks in the latest published programme (not the draft): the people an organiser's message to speakers means. */
  async publishedSpeakerIds(eventId: string): Promise<string[]> {
    const rows: { userId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT speaker->>'userId' AS "userId"
         FROM (SELECT snapshot FROM programme_versions WHERE event_id = $1 ORDER BY number DESC LIMIT 1) latest,
              jsonb_array_elements(latest.snapshot->'sessions') AS session,
              jsonb_array_elements(session->'slots') AS slot,
              jsonb_array_elements(slot->'speakers') AS speaker`,
      [eventId],
    );
    return rows.map((row) => row.userId);
  }

  async session(event: EventContext, sessionId: string): Promise<{ event: EventContext; session: SnapshotSession }> {
    const { snapshot } = await this.draft(event);
    const session = snapshot.sessions.find((candidate) => candidate.id === sessionId);
    if (!session) throw new ProgrammeError('SESSION_NOT_FOUND', `No session ${sessionId} in event "${event.slug}"`, { sessionId });
    return { event, session };
  }

  async createSession(event: EventContext, input: CreateSessionDto): Promise<string> {
    return this.write(event, async (manager) => {
      const [start, end] = this.range(input.start, input.end, event.timeZone);
      // Seats default to the room's capacity.
      const [room] = input.seatLimit == null && input.roomId ? await eventDirectory.rooms(manager, [input.roomId]) : [];
      const [{ id }] = await manager.query(
        `INSERT INTO sessions (event_id, type, title, abstract, track_id, room_id, during, seat_limit, chairs, stream_url, interpretation, languages)
         VALUES ($1, $2, $3, $4, $5, $6, tstzrange($7, $8, '[)'), $9, $10, $11, $12, $13)
         RETURNING id`,
        [
          event.id,
          input.type,
          input.title,
          input.abstract ?? {},
          input.trackId ?? null,
          input.roomId ?? null,
          start,
          end,
          input.seatLimit ?? room?.capacity ?? null,
          input.chairs ?? [],
          input.streamUrl ?? null,
          JSON.stringify(cleanInterpretation(input.interpretation) ?? []),
          input.languages ?? [],
        ],
      );
      await this.assertBelongs(manager, event.id, input.roomId, input.trackId);
      return id;
    });
  }

  /** Moving a session moves its slots with it, in one transaction. */
  async updateSession(event: EventContext, sessionId: string, input: UpdateSessionDto): Promise<void> {
    await this.write(event, async (manager) => {
      const [current] = await manager.query(
        `SELECT lower(during) AS start, upper(during) AS "end", room_id AS "roomId" FROM sessions WHERE id = $1 AND event_id = $2 FOR UPDATE`,
        [sessionId, event.id],
      );
      if (!current) throw new ProgrammeError('SESSION_NOT_FOUND', `No session ${sessionId} in event "${event.slug}"`, { sessionId });
      const start = input.start ? instantIn(input.start, event.timeZone, 'start').toJSDate() : current.start;
      const end = input.end
        ? instantIn(input.end, event.timeZone, 'end').toJSDate()
        : input.start
          ? new Date(start.getTime() + (current.end - current.start))
          : current.end;
      if (end <= start) throw new ProgrammeError('ENDS_BEFORE_START', 'end must be after start');
      const shift = start.getTime() - new Date(current.start).getTime();
      await manager.query(
        `UPDATE sessions SET type = coalesce($3, type), title = coalesce($4, title), abstract = coalesce($5, abstract),
                track_id = CASE WHEN $6::boolean THEN $7::uuid ELSE track_id END,
                room_id = CASE WHEN $8::boolean THEN $9::uuid ELSE room_id END,
                during = tstzrange($10, $11, '[)'), seat_limit = coalesce($12, seat_limit), chairs = coalesce($13, chairs),
                stream_url = CASE WHEN $14::boolean THEN $15 ELSE stream_url END, interpretation = coalesce($16::jsonb, interpretation),
                languages = coalesce($17::text[], languages), updated_at = now()
          WHERE id = $1 AND event_id = $2`,
        [
          sessionId,
          event.id,
          input.type ?? null,
          input.title ?? null,
          input.abstract ?? null,
          input.trackId !== undefined,
          input.trackId ?? null,
          input.roomId !== undefined,
          input.roomId ?? null,
          start,
          end,
          input.seatLimit ?? null,
          input.chairs ?? null,
          input.streamUrl !== undefined,
          input.streamUrl ?? null,
          input.interpretation ? JSON.stringify(cleanInterpretation(input.interpretation)) : null,
          input.languages ?? null,
        ],
      );
      if (shift !== 0) {
        // Slots move together; their overlap checks wait until all of them have moved (at COMMIT).
        await manager.query(`SET CONSTRAINTS slots_overlap, slot_speakers_overlap DEFERRED`);
        await manager.query(
          `UPDATE slots SET during = tstzrange(lower(during) + $2 * interval '1 millisecond', upper(during) + $2 * interval '1 millisecond', '[)') WHERE session_id = $1`,
          [sessionId, shift],
        );
      }
      await this.assertBelongs(manager, event.id, input.roomId, input.trackId);
    });
  }

  async deleteSession(event: EventContext, sessionId: string): Promise<void> {
    await this.write(event, async (manager) => {
      const [, affected] = await manager.query(`DELETE FROM sessions WHERE id = $1 AND event_id = $2`, [sessionId, event.id]);
      if (!affected) throw new ProgrammeError('SESSION_NOT_FOUND', `No session ${sessionId} in event "${event.slug}"`, { sessionId });
    });
  }

  async addSlot(event: EventContext, sessionId: string, input: CreateSlotDto): Promise<string> {
    return this.write(event, async (manager) => {
      await this.lockSession(manager, event.id, sessionId);
      assertTranslatable(input.translations, event.languages);
      const start = instantIn(input.start, event.timeZone, 'start');
      const [{ id }] = await manager.query(
        `INSERT INTO slots (session_id, title, translations, during) VALUES ($1, $2, $3, tstzrange($4, $5, '[)')) RETURNING id`,
        [sessionId, input.title, input.translations ?? {}, start.toJSDate(), start.plus({ minutes: input.durationMinutes }).toJSDate()],
      );
      await this.setSpeakers(manager, event.id, id, input.speakerIds);
      return id;
    });
  }

  async updateSlot(event: EventContext, sessionId: string, slotId: string, input: UpdateSlotDto): Promise<void> {
    await this.write(event, async (manager) => {
      await this.lockSession(manager, event.id, sessionId);
      assertTranslatable(input.translations, event.languages);
      const [slot] = await manager.query(`SELECT lower(during) AS start, upper(during) AS "end" FROM slots WHERE id = $1 AND session_id = $2`, [
        slotId,
        sessionId,
      ]);
      if (!slot) throw new ProgrammeError('SLOT_NOT_FOUND', `No slot ${slotId} in that session`, { slotId });
      const start = input.start ? instantIn(input.start, event.timeZone, 'start').toJSDate() : slot.start;
      const minutes = input.durationMinutes ?? (slot.end - slot.start) / 60_000;
      await manager.query(
        `UPDATE slots SET title = coalesce($2, title), translations = coalesce($5, translations), during = tstzrange($3, $4, '[)') WHERE id = $1`,
        [slotId, input.title ?? null, start, new Date(new Date(start).getTime() + minutes * 60_000), input.translations ?? null],
      );
      if (input.speakerIds) {
        await manager.query(`DELETE FROM slot_speakers WHERE slot_id = $1`, [slotId]);
        await this.setSpeakers(manager, event.id, slotId, input.speakerIds);
      }
    });
  }

  async deleteSlot(event: EventContext, sessionId: string, slotId: string): Promise<void> {
    await this.write(event, async (manager) => {
      await this.lockSession(manager, event.id, sessionId);
      const [, affected] = await manager.query(`DELETE FROM slots WHERE id = $1 AND session_id = $2`, [slotId, sessionId]);
      if (!affected) throw new ProgrammeError('SLOT_NOT_FOUND', `No slot ${slotId} in that session`, { slotId });
    });
  }

  /**
   * Copies the draft timetable of one event to another as a draft: sessions (in the copied rooms and
   * tracks) and their slots, `days` later on the wall clock of `timeZone`; no speakers, chairs or sign-ups.
   */
  async copyDraft(manager: EntityManager, fromEventId: string, toEventId: string, venues: VenueMap, days: number, timeZone: string): Promise<void> {
    // $1 is the zone and $2 the days in both statements.
    const shift = (column: string) =>
      `tstzrange(((lower(${column}) AT TIME ZONE $1) + make_interval(days => $2)) AT TIME ZONE $1,
                 ((upper(${column}) AT TIME ZONE $1) + make_interval(days => $2)) AT TIME ZONE $1, '[)')`;
    const pairs = (map: Map<string, string>) => JSON.stringify(Object.fromEntries(map));
    const sessions: Array<{ from: string; to: string }> = await manager.query(
      `WITH source AS (SELECT s.*, gen_random_uuid() AS new_id FROM sessions s WHERE s.event_id = $3),
            copied AS (
              INSERT INTO sessions (id, event_id, type, title, abstract, track_id, room_id, during, seat_limit)
              SELECT new_id, $4, type, title, abstract, ($5::jsonb ->> track_id::text)::uuid, ($6::jsonb ->> room_id::text)::uuid, ${shift('during')}, seat_limit
                FROM source)
       SELECT id AS "from", new_id AS "to" FROM source`,
      [timeZone, days, fromEventId, toEventId, pairs(venues.tracks), pairs(venues.rooms)],
    );
    await manager.query(
      `INSERT INTO slots (session_id, title, translations, during)
       SELECT (pair ->> 'to')::uuid, sl.title, sl.translations, ${shift('sl.during')}
         FROM slots sl JOIN jsonb_array_elements($3::jsonb) pair ON (pair ->> 'from')::uuid = sl.session_id`,
      [timeZone, days, JSON.stringify(sessions)],
    );
  }

  private async setSpeakers(manager: EntityManager, eventId: string, slotId: string, speakerIds: string[]): Promise<void> {
    if (speakerIds.length === 0) return;
    const speakers = await roleHoldersAmong(manager, eventId, 'speaker', speakerIds);
    const missing = speakerIds.filter((id) => !speakers.includes(id));
    if (missing.length) throw new ProgrammeError('NOT_EVENT_SPEAKERS', `Not speakers of this event: ${missing.join(', ')}`, { userIds: missing });
    await manager.query(
      `INSERT INTO slot_speakers (slot_id, user_id, during, position)
       SELECT $1, speaker, (SELECT during FROM slots WHERE id = $1), ordinality - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS s(speaker, ordinality)`,
      [slotId, speakerIds],
    );
  }

  private async lockSession(manager: EntityManager, eventId: string, sessionId: string): Promise<void> {
    const [session] = await manager.query(`SELECT id FROM sessions WHERE id = $1 AND event_id = $2 FOR UPDATE`, [sessionId, eventId]);
    if (!session) throw new ProgrammeError('SESSION_NOT_FOUND', `No session ${sessionId} in this event`, { sessionId });
  }

  private async assertBelongs(manager: EntityManager, eventId: string, roomId?: string | null, trackId?: string | null): Promise<void> {
    if (roomId) {
      const [room] = await eventDirectory.rooms(manager, [roomId]);
      if (room?.eventId !== eventId) throw new ProgrammeError('ROOM_NOT_IN_EVENT', `Room ${roomId} is not a room of this event`, { roomId });
    }
    if (trackId) {
      const [track] = await eventDirectory.tracks(manager, [trackId]);
      if (track?.eventId !== eventId) throw new ProgrammeError('TRACK_NOT_IN_EVENT', `Track ${trackId} is not a track of this event`, { trackId });
    }
  }

  private range(startText: string, endText: string, timeZone: string): [Date, Date] {
    const start = instantIn(startText, timeZone, 'start');
    const end = instantIn(endText, timeZone, 'end');
    if (end <= start) throw new ProgrammeError('ENDS_BEFORE_START', 'end must be after start');
    return [start.toJSDate(), end.toJSDate()];
  }

  /** Runs a change and turns the database's refusals into 409s that name what is in the way. */
  private async write<T>(event: EventContext, work: (manager: EntityManager, event: EventContext) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction((manager) => work(manager, event));
    } catch (error) {
      throw await this.explain(error, event);
    }
  }

  /** The same explanation as a plain sentence, for one line of an import report. */
  async explainForImport(error: unknown, event: EventContext, manager: EntityManager): Promise<string> {
    if (error instanceof DomainError) return error.message;
    if (!postgresError(error)) throw error;
    const explained = await this.explain(error, event, manager);
    if (explained instanceof DomainError) return explained.message;
    throw error;
  }

  /** `reader` sees what the failed change's transaction saw (an import's earlier lines). */
  private async explain(error: unknown, event: EventContext, reader: EntityManager = this.dataSource.manager): Promise<unknown> {
    const pg = postgresError(error);
    if (!pg) return error;
    const language = [event.languages[0] ?? 'en', 'en'];
    const range = (detail: string | undefined) => /\["?([^",]+)"?,"?([^",)]+)"?\)/.exec(detail ?? '');
    switch (pg.constraint) {
      case 'sessions_room_overlap': {
        const found = range(pg.detail?.split('conflicts with existing key')[1]);
        const [other] = found
          ? await reader.query(
              `SELECT s.title, s.room_id AS "roomId", lower(s.during) AS start, upper(s.during) AS "end" FROM sessions s
                WHERE s.room_id IS NOT NULL AND s.event_id = $1 AND s.during && tstzrange($2, $3, '[)') AND s.room_id::text = $4 LIMIT 1`,
              [event.id, found[1], found[2], /\(room_id, during\)=\(([0-9a-f-]{36})/.exec(pg.detail?.split('conflicts with existing key')[1] ?? '')?.[1] ?? ''],
            )
          : [];
        const [room] = other ? await eventDirectory.rooms(reader, [other.roomId]) : [];
        if (!other || !room) return new ProgrammeError('ROOM_BOOKED', 'The room is already booked at that time');
        const taken = {
          room: room.name,
          session: localised(other.title, language),
          from: hhmm(other.start, event.timeZone),
          to: hhmm(other.end, event.timeZone),
        };
        return new ProgrammeError('ROOM_TAKEN', `Room "${taken.room}" is taken by "${taken.session}" from ${taken.from} to ${taken.to}`, taken);
      }
      case 'slot_speakers_overlap': {
        const userId = /\(user_id, during\)=\(([0-9a-f-]{36})/.exec(pg.detail ?? '')?.[1];
        const other = /conflicts with existing key \(user_id, during\)=\([0-9a-f-]{36}, \["?([^",]+)"?,"?([^",)]+)"?\)\)/.exec(pg.detail ?? '');
        const [speaker] = userId ? (await accountNames(reader, [userId])).map((account) => ({ name: account.displayName })) : [];
        const [slot] = other
          ? await reader.query(
              `SELECT sl.title, s.title AS session FROM slot_speakers sp JOIN slots sl ON sl.id = sp.slot_id JOIN sessions s ON s.id = sl.session_id
                WHERE sp.user_id = $1 AND sp.during && tstzrange($2, $3, '[)') LIMIT 1`,
              [userId, other[1], other[2]],
            )
          : [];
        const busy = { speaker: speaker?.name ?? '', slot: slot?.title ?? '', session: slot ? localised(slot.session, language) : '' };
        return new ProgrammeError(
          'SPEAKER_BUSY',
          `${busy.speaker || 'A speaker'} already speaks at that time${slot ? ` ("${busy.slot}" in "${busy.session}")` : ''}`,
          busy,
        );
      }
      case 'slots_overlap':
        return new ProgrammeError('SLOTS_OVERLAP', 'The slot overlaps another slot of the same session');
      case 'slots_within_session':
        return new ProgrammeError('SLOT_OUTSIDE_SESSION', 'A slot must lie inside its session');
      case 'sessions_within_event':
        return new ProgrammeError(
          'SESSION_OUTSIDE_EVENT',
          `The session must lie within the event's dates (${event.startDate} to ${event.endDate}, ${event.timeZone})`,
          {
            startDate: event.startDate,
            endDate: event.endDate,
            timeZone: event.timeZone,
          },
        );
      case 'sessions_seats_respected':
        return new ProgrammeError('SEAT_LIMIT_BELOW_TAKEN', 'The seat limit cannot be lower than the seats already taken');
      default:
        if (pg.code === '23503') return new ProgrammeError('REFERENCE_NOT_FOUND', 'A room, track or speaker given does not exist');
        return error;
    }
  }
}
