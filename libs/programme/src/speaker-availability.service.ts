import { Injectable } from '@nestjs/common';
import { type EventContext, roleHoldersAmong } from '@app/auth';
import { DataSource } from 'typeorm';
import { ProgrammeError } from './programme.error.js';
import { showIn } from './session-time.js';
import { speakerUnavailability, type UnavailableTime } from './speaker-unavailability.js';

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
    const ranges = speakerUnavailability.ranges(times, event.timeZone, 'times');
    await this.dataSource.transaction(async (manager) => {
      const [speaker] = await roleHoldersAmong(manager, event.id, 'speaker', [userId]);
      if (!speaker) throw new ProgrammeError('NOT_EVENT_SPEAKERS', `Not a speaker of this event: ${userId}`, { userIds: [userId] });
      await speakerUnavailability.replace(manager, event.id, userId, ranges);
    });
    return this.of(event, userId);
  }
}
