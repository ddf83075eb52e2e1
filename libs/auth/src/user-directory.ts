import type { EntityManager } from 'typeorm';
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
