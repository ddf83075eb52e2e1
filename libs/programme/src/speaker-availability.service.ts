import { Injectable } from '@nestjs/common';
import { type EventContext, roleHoldersAmong } from '@app/auth';
import { postgresError } from '@app/database';
import { DataSource } from 'typeorm';
import { ProgrammeError } from './programme.error.js';
import { instantIn, showIn } from './session-time.js';

export interface UnavailableTime {
  start: string;
  end: string;
}

export interface SpeakerUnavailability {
  userId: string;
  times: UnavailableTime[];
}

/**
 * When speakers cannot speak: they say it themselves (on accepting, on their page), organisers may
 * correct it. Times are entered on the event's wall clock and shown with its offset.
 */
@Injectable()
export class SpeakerAvailabilityService {
  constructor(private readonly dataSource: DataSource) {}

  async all(event: EventContext): Promise<SpeakerUnavailability[]> {
    const rows: { userId: string; start: Date; end: Date }[] = await this.dataSource.query(
      `SELECT user_id AS "userId", lower(during) AS start, upper(during) AS "end"
         FROM speaker_unavailability WHERE event_id = $1 ORDER BY user_id, lower(during)`,
      [event.id],
    );
    const byUser = new Map<string, UnavailableTime[]>();
    for (const row of rows)
      byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), { start: showIn(row.start, event.timeZone), end: showIn(row.end, event.timeZone) }]);
    return [...byUser].map(([userId, times]) => ({ userId, times }));
  }

  async of(event: EventContext, userId: string): Promise<SpeakerUnavailability> {
    return (await this.all(event)).find((entry) => entry.userId === userId) ?? { userId, times: [] };
  }

  /** Replaces the speaker's times as a whole: the form sends the list it shows. */
  async replace(event: EventContext, userId: string, times: UnavailableTime[]): Promise<SpeakerUnavailability> {
    const ranges = times.map((time, index) => {
      const start = instantIn(time.start, event.timeZone, `times.${index}.start`).toJSDate();
      const end = instantIn(time.end, event.timeZone, `times.${index}.end`).toJSDate();
      if (end <= start) throw new ProgrammeError('ENDS_BEFORE_START', `times.${index}: end must be after start`);
      return [start, end] as const;
    });
    try {
      await this.dataSource.transaction(async (manager) => {
        const [speaker] = await roleHoldersAmong(manager, event.id, 'speaker', [userId]);
        if (!speaker) throw new ProgrammeError('NOT_EVENT_SPEAKERS', `Not a speaker of this event: ${userId}`, { userIds: [userId] });
        await manager.query(`DELETE FROM speaker_unavailability WHERE event_id = $1 AND user_id = $2`, [event.id, userId]);
        if (ranges.length === 0) return;
        await manager.query(
          `INSERT INTO speaker_unavailability (event_id, user_id, during)
           SELECT $1, $2, tstzrange(s, e, '[)') FROM unnest($3::timestamptz[], $4::timestamptz[]) AS t (s, e)`,
          [event.id, userId, ranges.map(([start]) => start), ranges.map(([, end]) => end)],
        );
      });
    } catch (error) {
      if (postgresError(error)?.constraint === 'speaker_unavailability_overlap')
        throw new ProgrammeError('UNAVAILABLE_TIMES_OVERLAP', 'Two of the times given overlap; join them into one');
      throw error;
    }
    return this.of(event, userId);
  }
}
