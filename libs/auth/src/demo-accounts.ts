import type { EntityManager } from 'typeorm';
import type { EventRole } from './event-role.js';

/**
 * The demo's people: an account (renamed when the address already has one) holding a role on the demo
 * event. The other libraries' demo seeders call these, so only the auth library writes its tables.
 */
export async function insertDemoAccount(
  manager: EntityManager,
  eventId: string,
  person: { email: string; name: string; language: string },
  role: EventRole,
): Promise<string> {
  const [{ id }] = await manager.query(
    `INSERT INTO users (email, display_name, language) VALUES ($1, $2, $3)
     ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id`,
    [person.email, person.name, person.language],
  );
  await manager.query(`INSERT INTO event_roles (event_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [eventId, id, role]);
  return id;
}

/** The accounts that exist among these addresses, by address. */
export async function demoAccountIds(manager: EntityManager, emails: string[]): Promise<Map<string, string>> {
  const rows: { id: string; email: string }[] = await manager.query(`SELECT id, email FROM users WHERE email = ANY($1)`, [emails]);
  return new Map(rows.map((row) => [row.email, row.id]));
}
