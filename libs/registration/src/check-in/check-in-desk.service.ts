import { Injectable } from '@nestjs/common';
import type { AuthUser, EventContext } from '@app/auth';
import { DataSource } from 'typeorm';
import { agendaSessions } from '@app/programme';
import { eventDirectory } from '@app/events';
import { COMBINING_MARKS, foldName } from '@app/needs';
import type {
  CheckInLookupResponse,
  DeskScanDto,
  DeskScanOutcome,
  DeskScanResult,
  DeskSnapshotResponse,
  DeskSyncDto,
  DeskSyncResponse,
} from './check-in.dto.js';
import { recordDoorScans } from './session-doors.js';

const FOLDED_NAME = `translate(regexp_replace(normalize(lower(r.full_name), NFD), $3, '', 'g'), 'đ', 'd')`;
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

interface SyncedRow {
  clientId: string;
  outcome: DeskScanOutcome;
  fullName: string | null;
  state: string | null;
  checkedInAt: Date | null;
  desk: string | null;
}

/** What a check-in desk needs beyond a single scan: finding a delegate by name, and syncing what it scanned offline. */
@Injectable()
export class CheckInDeskService {
  constructor(private readonly dataSource: DataSource) {}

  /** What a desk needs to check people in while the venue's network is down: the confirmed badges, nothing more. */
  async snapshot(event: EventContext): Promise<DeskSnapshotResponse> {
    const [[{ today, generatedAt }], badges, sessions] = await Promise.all([
      this.dataSource.query(`SELECT (now() AT TIME ZONE $1)::date::text AS today, now() AS "generatedAt"`, [event.timeZone]),
      this.dataSource.query(
        `SELECT r.badge_code AS "badgeCode", r.full_name AS "fullName", d.city AS delegation, c.code AS category, r.country
           FROM registrations r
           JOIN registration_categories c ON c.id = r.category_id
           LEFT JOIN delegations d ON d.id = r.delegation_id
          WHERE r.event_id = $1 AND r.state = 'confirmed'
          ORDER BY r.full_name`,
        [event.id],
      ),
      this.doors(event),
    ]);
    return { generatedAt: (generatedAt as Date).toISOString(), today, startDate: event.startDate, endDate: event.endDate, badges, sessions };
  }

  /** The sessions a desk may stand at the door of, with their rooms' names. */
  private async doors(event: EventContext): Promise<DeskSnapshotResponse['sessions']> {
    const sessions = await agendaSessions.ofEvent(this.dataSource.manager, event.id);
    const rooms = await eventDirectory.rooms(
      this.dataSource.manager,
      sessions.flatMap((session) => (session.roomId ? [session.roomId] : [])),
    );
    const roomName = new Map(rooms.map((room) => [room.id, room.name]));
    return sessions.map((session) => ({
      id: session.id,
      number: session.number,
      title: session.title,
      room: session.roomId ? (roomName.get(session.roomId) ?? null) : null,
      startsAt: new Date(session.startsAt).toISOString(),
      endsAt: new Date(session.endsAt).toISOString(),
    }));
  }

  async lookup(event: EventContext, q: string): Promise<CheckInLookupResponse> {
    const pattern = `%${likeLiteral(foldName(q.trim()))}%`;
    const items = await this.dataSource.query(
      `SELECT r.id AS "registrationId", r.badge_code AS "badgeCode", r.full_name AS "fullName", d.city AS delegation,
              c.code AS category, r.country, r.state,
              EXISTS (SELECT 1 FROM check_ins ci WHERE ci.registration_id = r.id AND ci.event_day = (now() AT TIME ZONE $4)::date) AS "checkedInToday"
         FROM registrations r
         JOIN registration_categories c ON c.id = r.category_id
         LEFT JOIN delegations d ON d.id = r.delegation_id
        WHERE r.event_id = $1 AND r.state <> 'cancelled' AND (${FOLDED_NAME} LIKE $2 OR r.badge_code LIKE upper($2))
        ORDER BY r.state = 'confirmed' DESC, r.full_name LIMIT 20`,
      [event.id, pattern, COMBINING_MARKS, event.timeZone],
    );
    return { items };
  }

  /**
   * Records a desk's offline scans in one statement. Each scan's day is the day of its own moment in the
   * event's zone; the first scan of a delegate that day wins whichever desk made it, and a scan synced
   * before (same client id) inserts nothing again.
   */
  async sync(event: EventContext, input: DeskSyncDto, user: AuthUser): Promise<DeskSyncResponse> {
    const atDoors = input.scans.filter((scan): scan is DeskScanDto & { sessionId: string } => !!scan.sessionId);
    const [days, doors] = await Promise.all([
      this.syncDays(event, { desk: input.desk, scans: input.scans.filter((scan) => !scan.sessionId) }, user),
      recordDoorScans(this.dataSource.manager, event.id, input.desk, atDoors, user.id),
    ]);
    const resultOf = new Map<string, DeskScanResult>([...days, ...doors].map((result) => [result.clientId, result]));
    return { results: input.scans.map((scan) => resultOf.get(scan.clientId)!) };
  }

  private async syncDays(event: EventContext, input: DeskSyncDto, user: AuthUser): Promise<DeskScanResult[]> {
    if (input.scans.length === 0) return [];
    const rows: SyncedRow[] = await this.dataSource.query(
      `WITH scans AS (
         SELECT s.ord, s.client_id, s.badge_code, s.at, (s.at AT TIME ZONE $4)::date AS day
           FROM unnest($2::uuid[], $3::text[], $5::timestamptz[]) WITH ORDINALITY AS s(client_id, badge_code, at, ord)
       ), matched AS (
         SELECT s.*, r.id AS registration_id, r.full_name, r.state,
                CASE WHEN r.id IS NULL THEN 'unknown-badge'
                     WHEN r.state <> 'confirmed' THEN 'not-confirmed'
                     WHEN s.at > now() + interval '5 minutes' THEN 'in-future'
                     WHEN s.day < $6::date OR s.day > $7::date THEN 'outside-event' END AS refusal
           FROM scans s LEFT JOIN registrations r ON r.event_id = $1 AND r.badge_code = s.badge_code
       ), inserted AS (
         INSERT INTO check_ins (registration_id, event_day, checked_in_at, checked_in_by, client_id, desk)
         SELECT DISTINCT ON (registration_id, day) registration_id, day, at, $8, client_id, $9
           FROM matched WHERE refusal IS NULL ORDER BY registration_id, day, at
         ON CONFLICT DO NOTHING
         RETURNING client_id, checked_in_at
       )
       SELECT m.client_id AS "clientId", m.full_name AS "fullName", m.state, i.checked_in_at AS "checkedInAt",
              coalesce(m.refusal, CASE WHEN i.client_id IS NOT NULL THEN 'checked-in' ELSE 'pending' END) AS outcome
         FROM matched m LEFT JOIN inserted i ON i.client_id = m.client_id
        ORDER BY m.ord`,
      [
        event.id,
        input.scans.map((scan) => scan.clientId),
        input.scans.map((scan) => scan.badgeCode),
        event.timeZone,
        input.scans.map((scan) => scan.at),
        event.startDate,
        event.endDate,
        user.id,
        input.desk,
      ],
    );
    // Scans that inserted nothing: the delegate was already in (by this very scan, synced before, or by another).
    const pending = rows.filter((row) => (row.outcome as string) === 'pending');
    const firsts: { clientId: string; firstClientId: string | null; checkedInAt: Date; desk: string | null }[] = pending.length
      ? await this.dataSource.query(
          `SELECT s.client_id AS "clientId", ci.client_id AS "firstClientId", ci.checked_in_at AS "checkedInAt", ci.desk
             FROM unnest($2::uuid[], $3::text[], $5::timestamptz[]) AS s(client_id, badge_code, at)
             JOIN registrations r ON r.event_id = $1 AND r.badge_code = s.badge_code
             JOIN check_ins ci ON ci.registration_id = r.id AND ci.event_day = (s.at AT TIME ZONE $4)::date`,
          [
            event.id,
            pending.map((row) => row.clientId),
            pending.map((row) => input.scans.find((scan) => scan.clientId === row.clientId)!.badgeCode),
            event.timeZone,
            pending.map((row) => input.scans.find((scan) => scan.clientId === row.clientId)!.at),
          ],
        )
      : [];
    const firstOf = new Map(firsts.map((first) => [first.clientId, first]));
    return rows.map((row) => {
      const first = firstOf.get(row.clientId);
      const outcome = (row.outcome as string) === 'pending' ? (first?.firstClientId === row.clientId ? 'replayed' : 'already-checked-in') : row.outcome;
      const inserted = outcome === 'checked-in';
      return {
        clientId: row.clientId,
        outcome,
        fullName: row.fullName,
        state: row.state,
        checkedInAt: (first?.checkedInAt ?? row.checkedInAt)?.toISOString() ?? null,
        desk: first ? first.desk : inserted ? input.desk : null,
        sessionId: null,
      };
    });
  }
}
