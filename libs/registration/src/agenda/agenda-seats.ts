import type { Outbox } from '@app/notifications';
import { sessionSeats } from '@app/programme';
import type { EntityManager } from 'typeorm';
import { tellPromoted } from './agenda-notifications.js';

/**
 * Gives free seats to the waiting list in order (first come, first seated) and tells each
 * promoted delegate through the outbox, on the caller's transaction. Entries of registrations
 * that are no longer confirmed are passed over. Returns how many were promoted.
 */
export async function promoteWaiting(manager: EntityManager, outbox: Outbox, sessionId: string): Promise<number> {
  let promoted = 0;
  for (;;) {
    const [next] = await manager.query(
      `SELECT e.registration_id AS "registrationId"
         FROM agenda_entries e JOIN registrations r ON r.id = e.registration_id
        WHERE e.session_id = $1 AND e.state = 'waitlisted' AND r.state = 'confirmed'
        ORDER BY e.queue_number LIMIT 1 FOR UPDATE OF e`,
      [sessionId],
    );
    if (!next || !(await sessionSeats.take(manager, sessionId))) return promoted;
    await manager.query(`UPDATE agenda_entries SET state = 'signed-up' WHERE registration_id = $1 AND session_id = $2`, [next.registrationId, sessionId]);
    await tellPromoted(outbox, manager, next.registrationId, sessionId);
    promoted++;
  }
}

/**
 * Takes a registration off every session (for a cancelled or rejected registration): seats it held
 * go to the waiting lists. Call it on the transaction that holds the registration's row lock.
 */
export async function releaseAgenda(manager: EntityManager, outbox: Outbox, eventId: string, registrationId: string): Promise<void> {
  const entries: { sessionId: string }[] = await manager.query(
    `SELECT session_id AS "sessionId" FROM agenda_entries WHERE registration_id = $1 ORDER BY session_id`,
    [registrationId],
  );
  // Sessions are locked in id order, so two releases never wait for each other in a circle.
  for (const { sessionId } of entries) {
    await sessionSeats.lock(manager, eventId, sessionId);
    const [removed] = await manager.query(`DELETE FROM agenda_entries WHERE registration_id = $1 AND session_id = $2 RETURNING state`, [
      registrationId,
      sessionId,
    ]);
    if (removed[0]?.state === 'signed-up') {
      await sessionSeats.release(manager, sessionId);
      await promoteWaiting(manager, outbox, sessionId);
    }
  }
}
