import { slotSpeakers } from '@app/programme';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { EventRef } from '@app/auth';

/** When slides are due, per event; changing it moves every pending "slides due" reminder. */
@Injectable()
export class SpeakerSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(event: EventRef): Promise<{ slidesDueHoursBefore: number }> {
    const [row] = await this.dataSource.query(`SELECT slides_due_hours_before AS "slidesDueHoursBefore" FROM speaker_settings WHERE event_id = $1`, [event.id]);
    return { slidesDueHoursBefore: row?.slidesDueHoursBefore ?? 48 };
  }

  async update(event: EventRef, slidesDueHoursBefore: number): Promise<{ slidesDueHoursBefore: number }> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO speaker_settings (event_id, slides_due_hours_before) VALUES ($1, $2)
         ON CONFLICT (event_id) DO UPDATE SET slides_due_hours_before = EXCLUDED.slides_due_hours_before`,
        [event.id, slidesDueHoursBefore],
      );
      // The reminders' trigger recomputes each speaker's reminders when their slot row is touched.
      await slotSpeakers.touch(manager, event.id);
    });
    return this.get(event);
  }

  /** The copy of an event asks for slides as early as the original. */
  async copySettings(manager: EntityManager, fromEventId: string, toEventId: string): Promise<void> {
    await manager.query(
      `INSERT INTO speaker_settings (event_id, slides_due_hours_before) SELECT $2, slides_due_hours_before FROM speaker_settings WHERE event_id = $1`,
      [fromEventId, toEventId],
    );
  }
}
