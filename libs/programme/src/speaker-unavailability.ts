import { postgresError } from '@app/database';
import type { EntityManager } from 'typeorm';
import { ProgrammeError } from './programme.error.js';
import { instantIn } from './session-time.js';

export interface UnavailableTime {
  start: string;
  end: string;
}

export type UnavailableRange = readonly [Date, Date];

/**
 * A speaker's unavailable times, for both writers: the speaker or an organiser through the programme,
 * and the speakers library when an invitation is accepted with them (in its own transaction, so the
 * acceptance and the times commit or fail together).
 */
export const speakerUnavailability = {
  /** Reads times entered on the event's clock; `field` names the list in the error a bad entry gets. */
  ranges(times: UnavailableTime[], timeZone: string, field: string): UnavailableRange[] {
    return times.map((time, index) => {
      const start = instantIn(time.start, timeZone, `${field}.${index}.start`).toJSDate();
      const end = instantIn(time.end, timeZone, `${field}.${index}.end`).toJSDate();
      if (end <= start) throw new ProgrammeError('ENDS_BEFORE_START', `${field}.${index}: end must be after start`);
      return [start, end] as const;
    });
  },

  /** Replaces the speaker's times as a whole; overlapping times are refused by the table's exclusion constraint. */
  async replace(manager: EntityManager, eventId: string, userId: string, ranges: UnavailableRange[]): Promise<void> {
    await manager.query(`DELETE FROM speaker_unavailability WHERE event_id = $1 AND user_id = $2`, [eventId, userId]);
    await insert(manager, eventId, userId, ranges);
  },

  /**
   * Adds times to those already given (a speaker invited to a second talk answers without seeing their
   * earlier list, which must not be lost): the given times may not overlap each other, and where one
   * meets an earlier time the two become one.
   */
  async add(manager: EntityManager, eventId: string, userId: string, ranges: UnavailableRange[]): Promise<void> {
    const sorted = [...ranges].sort(([a], [b]) => a.getTime() - b.getTime());
    if (sorted.some(([start], index) => index > 0 && start < sorted[index - 1][1]))
      throw new ProgrammeError('UNAVAILABLE_TIMES_OVERLAP', 'Two of the times given overlap; join them into one');
    if (sorted.length === 0) return;
    const [gone]: [{ start: Date; end: Date }[], number] = await manager.query(
      `DELETE FROM speaker_unavailability WHERE event_id = $1 AND user_id = $2 RETURNING lower(during) AS start, upper(during) AS "end"`,
      [eventId, userId],
    );
    const joined: { start: Date; end: Date }[] = await manager.query(
      `SELECT lower(r) AS start, upper(r) AS "end"
         FROM unnest((SELECT range_agg(tstzrange(s, e, '[)')) FROM unnest($1::timestamptz[], $2::timestamptz[]) AS t (s, e))) AS r`,
      [
        [...gone.map((row) => row.start), ...sorted.map(([start]) => start)],
        [...gone.map((row) => row.end), ...sorted.map(([, end]) => end)],
      ],
    );
    await insert(
      manager,
      eventId,
      userId,
      joined.map((row) => [row.start, row.end] as const),
    );
  },
};

async function insert(manager: EntityManager, eventId: string, userId: string, ranges: UnavailableRange[]): Promise<void> {
  if (ranges.length === 0) return;
  try {
    await manager.query(
      `INSERT INTO speaker_unavailability (event_id, user_id, during)
         SELECT $1, $2, tstzrange(s, e, '[)') FROM unnest($3::timestamptz[], $4::timestamptz[]) AS t (s, e)`,
      [eventId, userId, ranges.map(([start]) => start), ranges.map(([, end]) => end)],
    );
  } catch (error) {
    if (postgresError(error)?.constraint === 'speaker_unavailability_overlap')
      throw new ProgrammeError('UNAVAILABLE_TIMES_OVERLAP', 'Two of the times given overlap; join them into one');
    throw error;
  }
}
