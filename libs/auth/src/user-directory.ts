import type { EntityManager } from 'typeorm';
import { preparedQuery } from '@app/notifications';
import type { EventRole } from './event-role.js';

/**
 * Account names by id, for the libraries that print people next to their own rows (a slot's
 * speakers, a jury, a warning). A plain function on the caller's manager, so that plain helpers and
 * transactions use it as well as `AuthService.namesOf`; one query, ordered by name.
 */
export async function accountNames(manager: EntityManager, ids: string[]): Promise<{ id: string; displayName: string }[]> {
  if (ids.length === 0) return [];
  return manager.query(`SELECT id, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[]) ORDER BY display_name, id`, [[...new Set(ids)]]);
}

/** Puts people in the order listings use: by position where they have one, then by account name. */
export function byPositionThenName<T extends { userId: string; position: number }>(rows: T[], names: { id: string }[]): T[] {
  const rank = new Map(names.map((name, index) => [name.id, index]));
  return [...rows].sort((a, b) => a.position - b.position || (rank.get(a.userId) ?? 0) - (rank.get(b.userId) ?? 0));
}

/** Those of these users who hold the role on the event. */
export async function roleHoldersAmong(manager: EntityManager, eventId: string, role: EventRole, userIds: string[]): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(`SELECT user_id AS id FROM event_roles WHERE event_id = $1 AND role = $2 AND user_id = ANY($3)`, [
    eventId,
    role,
    userIds,
  ]);
  return rows.map((row) => row.id);
}

/** The accounts with these emails that hold the role on the event. */
export async function roleHoldersByEmail(manager: EntityManager, eventId: string, role: EventRole, emails: string[]): Promise<{ id: string; email: string }[]> {
  return manager.query(`SELECT u.id, u.email FROM users u JOIN event_roles r ON r.user_id = u.id AND r.event_id = $1 AND r.role = $2 WHERE u.email = ANY($3)`, [
    eventId,
    role,
    emails,
  ]);
}

/** The same look-up as a scalar subquery, for a statement that links the account while it writes (one round trip). */
export function accountIdByEmailSql(email: string): string {
  return `(SELECT id FROM users WHERE email = ${email})`;
}

/** The account with this (already normalised) email, if any: a delegate registering is linked to it. */
export async function accountIdByEmail(manager: EntityManager, email: string): Promise<string | undefined> {
  const [row]: { id: string }[] = await manager.query(`SELECT id FROM users WHERE email = $1`, [email]);
  return row?.id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The roles each (event, user) pair holds, sorted, in one query; none for a malformed id, so one bad pair spoils no batch. */
export async function rolesHeldBy(manager: EntityManager, pairs: { eventId: string; userId: string }[]): Promise<EventRole[][]> {
  const valid = pairs.filter((pair) => UUID.test(pair.eventId) && UUID.test(pair.userId));
  const rows =
    valid.length === 0
      ? []
      : await preparedQuery<{ event_id: string; user_id: string; role: EventRole }>(
          manager,
          'plenary_roles_held',
          `SELECT event_id, user_id, role FROM event_roles
            WHERE (event_id, user_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[])) ORDER BY role`,
          [valid.map((pair) => pair.eventId), valid.map((pair) => pair.userId)],
        );
  const held = new Map<string, EventRole[]>();
  for (const row of rows) held.set(`${row.event_id}|${row.user_id}`, [...(held.get(`${row.event_id}|${row.user_id}`) ?? []), row.role]);
  return pairs.map((pair) => held.get(`${pair.eventId}|${pair.userId}`) ?? []);
}

/**
 * The same as rolesHeldBy, as an SQL expression over two text expressions (e.g. a notification's
 * `about` fields), for statements that compute it along with other things (NotificationKind.facts).
 */
export function rolesHeldSql(eventId: string, userId: string): string {
  return `CASE WHEN ${eventId} ~* '${UUID.source}' AND ${userId} ~* '${UUID.source}'
  THEN (SELECT coalesce(array_agg(r.role ORDER BY r.role), '{}') FROM event_roles r
         WHERE r.event_id = (${eventId})::uuid AND r.user_id = (${userId})::uuid)
  ELSE '{}' END`;
}
