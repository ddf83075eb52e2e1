import { Injectable } from '@nestjs/common';
import { isOneLine } from '@app/config';
import { type EventContext, roleHoldersByEmail } from '@app/auth';
import { eventDirectory, type RoomFacts, type TrackFacts } from '@app/events';
import { parse } from 'csv-parse/sync';
import { DataSource, EntityManager } from 'typeorm';
import { SESSION_TYPES } from './programme-snapshot.js';
import { ProgrammeService } from './programme.service.js';
import { instantIn } from './session-time.js';
import { LOCAL_DATE_TIME } from './dto/session.dto.js';
import { ProgrammeError } from './programme.error.js';

export const IMPORT_COLUMNS = [
  'row',
  'ref',
  'type',
  'title_en',
  'title_vi',
  'room',
  'track',
  'start',
  'end',
  'chairs',
  'slot_title',
  'duration_minutes',
  'speakers',
] as const;
type Row = Record<(typeof IMPORT_COLUMNS)[number], string>;

export interface ImportProblem {
  line: number;
  messages: string[];
}

/**
 * Sessions and slots from a spreadsheet (CSV, UTF-8), all or nothing. Every line is tried on a
 * savepoint so that one answer lists every line that is wrong, then the whole import is undone.
 *
 * `row` is `session` or `slot`; a slot names its session by `ref`. Times are in the event's zone.
 */
interface Venues {
  rooms: RoomFacts[];
  tracks: TrackFacts[];
}

@Injectable()
export class ProgrammeImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programme: ProgrammeService,
  ) {}

  async import(event: EventContext, csv: string): Promise<{ sessions: number; slots: number }> {
    const rows = this.parse(csv);
    const problems: ImportProblem[] = [];
    const counts = { sessions: 0, slots: 0 };
    const rollback = new Error('rollback');
    try {
      await this.dataSource.transaction(async (manager) => {
        const sessionsByRef = new Map<string, string>();
        // Rooms and tracks are named on the lines: the event's, read once for the whole file.
        const venues: Venues = { rooms: await eventDirectory.roomsOfEvent(manager, event.id), tracks: await eventDirectory.tracksOfEvent(manager, event.id) };
        for (const [index, row] of rows.entries()) {
          const line = index + 2; // the header is line 1
          const messages = await this.tryLine(manager, event, () => this.importRow(manager, event.id, event.timeZone, venues, row, sessionsByRef, counts));
          if (messages.length) problems.push({ line, messages });
        }
        if (problems.length) throw rollback;
      });
    } catch (error) {
      if (error !== rollback) throw error;
      throw new ProgrammeError('IMPORT_REJECTED', `Nothing was imported: ${problems.length} line(s) are wrong`, { lines: problems.length, details: problems });
    }
    return counts;
  }

  private parse(csv: string): Row[] {
    try {
      const rows: Row[] = parse(csv.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true });
      const missing = IMPORT_COLUMNS.filter((column) => rows.length > 0 && !(column in rows[0]));
      if (missing.length)
        throw new ProgrammeError('IMPORT_COLUMNS_MISSING', `Missing columns: ${missing.join(', ')}`, {
          columns: missing,
          details: [{ line: 1, messages: [`expected columns: ${IMPORT_COLUMNS.join(',')}`] }],
        });
      if (rows.length === 0) throw new ProgrammeError('IMPORT_FILE_EMPTY', 'The file has no rows', { details: [] });
      return rows;
    } catch (error) {
      if (error instanceof ProgrammeError) throw error;
      throw new ProgrammeError('IMPORT_FILE_UNREADABLE', `Not a readable CSV file: ${(error as Error).message}`, { details: [] });
    }
  }

  private async tryLine(manager: EntityManager, event: EventContext, work: () => Promise<void>): Promise<string[]> {
    await manager.query('SAVEPOINT import_line');
    try {
      await work();
      // Deferred checks (slots inside their session) are tested now, per line.
      await manager.query('SET CONSTRAINTS ALL IMMEDIATE');
      await manager.query('SET CONSTRAINTS ALL DEFERRED');
      await manager.query('RELEASE SAVEPOINT import_line');
      return [];
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT import_line');
      const explained = await this.programme.explainForImport(error, event, manager);
      return [explained];
    }
  }

  private async importRow(
    manager: EntityManager,
    eventId: string,
    zone: string,
    venues: Venues,
    row: Row,
    sessionsByRef: Map<string, string>,
    counts: { sessions: number; slots: number },
  ): Promise<void> {
    const errors: string[] = [];
    if (!row.ref) errors.push('ref is required');
    // A quoted CSV cell may span lines; names and titles are one line however they arrive.
    for (const column of ['title_en', 'title_vi', 'room', 'track', 'chairs', 'slot_title'] as const) {
      if (row[column] && !isOneLine(row[column])) errors.push(`${column} must be a single line without control characters`);
    }
    if (row.row === 'session') {
      if (!(SESSION_TYPES as readonly string[]).includes(row.type)) errors.push(`type must be one of ${SESSION_TYPES.join(', ')}`);
      if (!row.title_en && !row.title_vi) errors.push('title_en or title_vi is required');
      if (!LOCAL_DATE_TIME.test(row.start)) errors.push('start must be a date-time such as 2024-10-29T09:00');
      if (!LOCAL_DATE_TIME.test(row.end)) errors.push('end must be a date-time such as 2024-10-29T10:30');
      if (sessionsByRef.has(row.ref)) errors.push(`ref ${row.ref} is used by an earlier session`);
      if (errors.length) throw new ProgrammeError('IMPORT_LINE_INVALID', errors.join('; '));
      const start = instantIn(row.start, zone, 'start').toJSDate();
      const end = instantIn(row.end, zone, 'end').toJSDate();
      if (end <= start) throw new ProgrammeError('ENDS_BEFORE_START', 'end must be after start');
      const title = Object.fromEntries(Object.entries({ en: row.title_en, vi: row.title_vi }).filter(([, text]) => text));
      const room = row.room ? venues.rooms.find((candidate) => candidate.name === row.room) : null;
      if (row.room && !room) throw new ProgrammeError('IMPORT_LINE_INVALID', `no room named "${row.room}"`);
      const track = row.track ? venues.tracks.find((candidate) => candidate.name === row.track) : null;
      if (row.track && !track) throw new ProgrammeError('IMPORT_LINE_INVALID', `no track named "${row.track}"`);
      const [{ id }] = await manager.query(
        `INSERT INTO sessions (event_id, type, title, track_id, room_id, during, seat_limit, chairs) VALUES ($1, $2, $3, $4, $5, tstzrange($6, $7, '[)'), $8, $9) RETURNING id`,
        [
          eventId,
          row.type,
          title,
          track?.id ?? null,
          room?.id ?? null,
          start,
          end,
          room?.capacity ?? null,
          row.chairs
            ? row.chairs
                .split(';')
                .map((c) => c.trim())
                .filter(Boolean)
            : [],
        ],
      );
      sessionsByRef.set(row.ref, id);
      counts.sessions++;
      return;
    }
    if (row.row !== 'slot') throw new ProgrammeError('IMPORT_LINE_INVALID', 'row must be "session" or "slot"');
    const sessionId = sessionsByRef.get(row.ref);
    if (!sessionId) errors.push(`no session with ref ${row.ref} above this line`);
    if (!row.slot_title) errors.push('slot_title is required');
    if (!LOCAL_DATE_TIME.test(row.start)) errors.push('start must be a date-time such as 2024-10-29T09:00');
    const minutes = Number(row.duration_minutes);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) errors.push('duration_minutes must be a whole number of minutes');
    if (errors.length) throw new ProgrammeError('IMPORT_LINE_INVALID', errors.join('; '));
    const start = instantIn(row.start, zone, 'start');
    const [{ id: slotId }] = await manager.query(`INSERT INTO slots (session_id, title, during) VALUES ($1, $2, tstzrange($3, $4, '[)')) RETURNING id`, [
      sessionId,
      row.slot_title,
      start.toJSDate(),
      start.plus({ minutes }).toJSDate(),
    ]);
    const emails = row.speakers
      ? row.speakers
          .split(';')
          .map((email) => email.trim().toLowerCase())
          .filter(Boolean)
      : [];
    if (emails.length) {
      const speakers = await roleHoldersByEmail(manager, eventId, 'speaker', emails);
      const missing = emails.filter((email) => !speakers.some((speaker) => speaker.email === email));
      if (missing.length) throw new ProgrammeError('IMPORT_LINE_INVALID', `not speakers of this event: ${missing.join(', ')}`);
      await manager.query(
        `INSERT INTO slot_speakers (slot_id, user_id, during, position) SELECT $1, s.id, (SELECT during FROM slots WHERE id = $1), s.n - 1
           FROM unnest($2::uuid[]) WITH ORDINALITY AS s(id, n)`,
        [slotId, emails.map((email) => speakers.find((speaker) => speaker.email === email)!.id)],
      );
    }
    counts.slots++;
  }
}
