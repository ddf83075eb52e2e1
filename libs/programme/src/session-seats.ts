import type { EntityManager } from 'typeorm';

/**
 * Seats at sessions, counted in the database like places at the event: taking one is an atomic
 * conditional UPDATE of `sessions.seats_taken` (a CHECK backs it), so no count is read in JavaScript.
 * The programme owns the sessions table; registration's agenda calls these on its own transaction.
 * Callers hold the session's row lock (`lock`), which puts every sign-up, cancellation and promotion
 * of one session in one line: waiting-list numbers follow arrival, and a position reported inside the
 * transaction is exact.
 */
export const sessionSeats = {
  async lock(manager: EntityManager, eventId: string, sessionId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM sessions WHERE id = $1 AND event_id = $2 FOR NO KEY UPDATE`, [sessionId, eventId]);
    return rows.length > 0;
  },

  async take(manager: EntityManager, sessionId: string): Promise<boolean> {
    const [rows] = await manager.query(
      `UPDATE sessions SET seats_taken = seats_taken + 1
        WHERE id = $1 AND (seat_limit IS NULL OR seats_taken < seat_limit) RETURNING 1 AS ok`,
      [sessionId],
    );
    return rows.length > 0;
  },

  async release(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`UPDATE sessions SET seats_taken = seats_taken - 1 WHERE id = $1`, [sessionId]);
  },
};
