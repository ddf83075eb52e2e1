import type { EntityManager } from 'typeorm';

/**
 * Confirmed places, counted in the database. Taking one is an atomic conditional UPDATE on the
 * event's counter and then on the category's; whoever's UPDATE matches gets the place, so no
 * count is ever read and compared in JavaScript. CHECK constraints back both counters.
 */
export async function takePlace(manager: EntityManager, eventId: string, categoryId: string): Promise<boolean> {
  const [event] = await manager.query(
    `UPDATE registration_settings SET confirmed_count = confirmed_count + 1
      WHERE event_id = $1 AND confirmed_count < capacity RETURNING 1 AS ok`,
    [eventId],
  );
  if (!event?.length) return false;
  const [category] = await manager.query(
    `UPDATE registration_categories SET confirmed_count = confirmed_count + 1
      WHERE id = $1 AND (quota IS NULL OR confirmed_count < quota) RETURNING 1 AS ok`,
    [categoryId],
  );
  if (category?.length) return true;
  await giveBackEventPlace(manager, eventId);
  return false;
}

/** The category was full after all: the event's place goes back (its row lock is still held). */
export async function giveBackEventPlace(manager: EntityManager, eventId: string): Promise<void> {
  await manager.query(`UPDATE registration_settings SET confirmed_count = confirmed_count - 1 WHERE event_id = $1`, [eventId]);
}

export async function releasePlace(manager: EntityManager, eventId: string, categoryId: string): Promise<void> {
  await manager.query(`UPDATE registration_settings SET confirmed_count = confirmed_count - 1 WHERE event_id = $1`, [eventId]);
  await manager.query(`UPDATE registration_categories SET confirmed_count = confirmed_count - 1 WHERE id = $1`, [categoryId]);
}
