import type { EntityManager } from 'typeorm';
import type { PassportAccessListResponse } from './protocol.dto.js';

export type PassportActor = { kind: 'organiser'; id: string; email: string } | { kind: 'delegate' } | { kind: 'retention' };
export type PassportAction = 'view' | 'export' | 'letter' | 'download' | 'erase';

/** One line of the trail of who saw, exported or erased passport data; written with the access it records. */
export async function recordPassportAccess(
  manager: EntityManager,
  entry: { eventId: string; registrationId?: string | null; actor: PassportActor; action: PassportAction; detail?: string },
): Promise<void> {
  const organiser = entry.actor.kind === 'organiser' ? entry.actor : null;
  await manager.query(
    `INSERT INTO passport_access_log (event_id, registration_id, actor_user_id, actor_email, actor, action, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [entry.eventId, entry.registrationId ?? null, organiser?.id ?? null, organiser?.email ?? null, entry.actor.kind, entry.action, entry.detail ?? ''],
  );
}

export async function passportAccessLog(manager: EntityManager, eventId: string, limit = 500): Promise<PassportAccessListResponse> {
  const rows = await manager.query(
    `SELECT l.id::text AS id, l.at, l.actor, l.actor_email AS "actorEmail", l.action, r.full_name AS delegate, l.detail
       FROM passport_access_log l LEFT JOIN registrations r ON r.id = l.registration_id
      WHERE l.event_id = $1 ORDER BY l.at DESC, l.id DESC LIMIT $2`,
    [eventId, limit],
  );
  return { items: rows.map((row: { at: Date }) => ({ ...row, at: new Date(row.at).toISOString() })) };
}
