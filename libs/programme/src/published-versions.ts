import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { NotifiedCache } from '@app/database';
import { DataSource } from 'typeorm';

/**
 * Each event's latest published version number, in memory, so that conditional GETs of the programme and
 * its exports (most of their traffic) cost no SQL. Every process hears of a new version from the
 * `programme_versions` trigger's NOTIFY; the publishing process forgets at once, before it answers.
 */
@Injectable()
export class PublishedVersions implements OnModuleInit, OnModuleDestroy {
  private readonly cache: NotifiedCache<number | null>;

  constructor(private readonly dataSource: DataSource) {
    this.cache = new NotifiedCache(dataSource, { channel: 'plenary_programme_published', hearingTtlMs: 30_000, deafTtlMs: 1_000 });
  }

  async latest(eventId: string): Promise<number | null> {
    const version = await this.cache.get(eventId, async () => {
      const [row] = await this.dataSource.query(`SELECT max(number) AS version FROM programme_versions WHERE event_id = $1`, [eventId]);
      return { value: row.version === null ? null : Number(row.version), owner: eventId };
    });
    return version ?? null;
  }

  forget(eventId: string): void {
    this.cache.forget(eventId);
  }

  onModuleInit(): Promise<void> {
    return this.cache.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.cache.stop();
  }
}
