import { Injectable } from '@nestjs/common';
import { NotifiedCache } from '@app/database';
import { DataSource } from 'typeorm';

/**
 * Each event's latest published version number, in memory, so that conditional GETs of the programme and
 * its exports (most of their traffic) cost no SQL. Every process hears of a new version from the
 * `programme_versions` trigger's NOTIFY; the publishing process forgets at once, before it answers.
 */
@Injectable()
export class PublishedVersions extends NotifiedCache<number | null> {
  constructor(private readonly db: DataSource) {
    super(db, { channel: 'plenary_programme_published', hearingTtlMs: 30_000, deafTtlMs: 1_000 });
  }

  /** The latest version if it is in memory and fresh; undefined when only `latest` can tell. */
  known(eventId: string): number | null | undefined {
    return this.peek(eventId);
  }

  async latest(eventId: string): Promise<number | null> {
    const version = await this.get(eventId, async () => {
      const [row] = await this.db.query(`SELECT max(number) AS version FROM programme_versions WHERE event_id = $1`, [eventId]);
      return { value: row.version === null ? null : Number(row.version), owner: eventId };
    });
    return version ?? null;
  }
}
