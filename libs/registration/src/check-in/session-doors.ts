import { agendaSessions } from '@app/programme';
import type { EntityManager } from 'typeorm';
import type { DeskScanDto, DeskScanOutcome } from './check-in.dto.js';

export interface DoorResult {
  clientId: string;
  outcome: DeskScanOutcome;
  fullName: string | null;
  state: string | null;
  checkedInAt: string | null;
  desk: string | null;
  sessionId: string;
}

// A door opens a while before the session: people queue to get a seat.
const EARLY = 60 * 60_000;

/**
 * Records scans made at sessions' doors in one statement. A delegate counts once per session whichever
 * door scanned them first; a scan synced before (same client id) inserts nothing again. Session times come
 * from the programme, which owns the sessions.
 */
export async function recordDoorScans(
  manager: EntityManager,
  eventId: string,
  desk: string,
  scans: (DeskScanDto & { sessionId: string })[],
  userId: string,
): Promise<DoorResult[]> {
  if (scans.length === 0) return [];
  const sessions = await agendaSessions.byIds(
    manager,
    scans.map((scan) => scan.sessionId),
  );
  const sessionOf = (scan: DeskScanDto & { sessionId: string }) => {
    const session = sessions.get(scan.sessionId);
    return session?.eventId === eventId ? session : undefined;
  };
  const opensAt = scans.map((scan) => {
    const session = sessionOf(scan);
    return session ? new Date(new Date(session.startsAt).getTime() - EARLY).toISOString() : null;
  });
  const closesAt = scans.map((scan) => sessionOf(scan)?.endsAt ?? null);
  const rows: (Omit<DoorResult, 'checkedInAt' | 'desk'> & { checkedInAt: Date | null })[] = await manager.query(
    `WITH scans AS (
       SELECT * FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::uuid[], $6::timestamptz[], $7::timestamptz[])
                WITH ORDINALITY AS s(client_id, badge_code, at, session_id, opens_at, closes_at, ord)
     ), matched AS (
       SELECT s.*, r.id AS registration_id, r.full_name, r.state,
              CASE WHEN s.opens_at IS NULL THEN 'unknown-session'
                   WHEN r.id IS NULL THEN 'unknown-badge'
                   WHEN r.state <> 'confirmed' THEN 'not-confirmed'
                   WHEN s.at > now() + interval '5 minutes' THEN 'in-future'
                   WHEN s.at < s.opens_at OR s.at > s.closes_at THEN 'outside-session' END AS refusal
         FROM scans s LEFT JOIN registrations r ON r.event_id = $1 AND r.badge_code = s.badge_code
     ), inserted AS (
       INSERT INTO session_attendances (session_id, registration_id, scanned_at, scanned_by, client_id, desk)
       SELECT DISTINCT ON (session_id, registration_id) session_id, registration_id, at, $8, client_id, $9
         FROM matched WHERE refusal IS NULL ORDER BY session_id, registration_id, at
       ON CONFLICT DO NOTHING
       RETURNING client_id
     )
     SELECT m.client_id AS "clientId", m.session_id AS "sessionId", m.full_name AS "fullName", m.state, m.at AS "checkedInAt",
            coalesce(m.refusal, CASE WHEN i.client_id IS NOT NULL THEN 'checked-in' ELSE 'pending' END) AS outcome
       FROM matched m LEFT JOIN inserted i ON i.client_id = m.client_id
      ORDER BY m.ord`,
    [
      eventId,
      scans.map((scan) => scan.clientId),
      scans.map((scan) => scan.badgeCode),
      scans.map((scan) => scan.at),
      scans.map((scan) => scan.sessionId),
      opensAt,
      closesAt,
      userId,
      desk,
    ],
  );
  // Scans that inserted nothing: the delegate was already in (by this very scan synced before, or another).
  const pending = rows.filter((row) => (row.outcome as string) === 'pending');
  const firsts: { clientId: string; firstClientId: string; scannedAt: Date; desk: string }[] = pending.length
    ? await manager.query(
        `SELECT s.client_id AS "clientId", a.client_id AS "firstClientId", a.scanned_at AS "scannedAt", a.desk
           FROM unnest($2::uuid[], $3::text[], $4::uuid[]) AS s(client_id, badge_code, session_id)
           JOIN registrations r ON r.event_id = $1 AND r.badge_code = s.badge_code
           JOIN session_attendances a ON a.registration_id = r.id AND a.session_id = s.session_id`,
        [
          eventId,
          pending.map((row) => row.clientId),
          pending.map((row) => scans.find((scan) => scan.clientId === row.clientId)!.badgeCode),
          pending.map((row) => row.sessionId),
        ],
      )
    : [];
  const firstOf = new Map(firsts.map((first) => [first.clientId, first]));
  return rows.map((row) => {
    const first = firstOf.get(row.clientId);
    const outcome: DeskScanOutcome =
      (row.outcome as string) === 'pending' ? (first?.firstClientId === row.clientId ? 'replayed' : 'already-checked-in') : row.outcome;
    const counted = outcome === 'checked-in';
    return {
      ...row,
      outcome,
      checkedInAt: first ? first.scannedAt.toISOString() : counted ? row.checkedInAt!.toISOString() : null,
      desk: first ? first.desk : counted ? desk : null,
    };
  });
}
