import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';

/** While the LISTEN connection holds, a new version is heard of at its commit: this is only a safety net. */
const HEARING_TTL_MS = 30_000;
/** Without it, another process's publish is seen within this long. */
const DEAF_TTL_MS = 1_000;
const CHANNEL = 'plenary_programme_published';

interface Known {
  version: number | null;
  at: number;
}

/**
 * Each event's latest published version number, in memory, so that conditional GETs of the programme and
 * its exports (most of their traffic) cost no SQL. Every process hears of a new version from the
 * `programme_versions` trigger's NOTIFY; the publishing process forgets at once, before it answers.
 */
@Injectable()
export class PublishedVersions implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PublishedVersions.name);
  private readonly known = new Map<string, Known>();
  private listener?: pg.Client;
  private hearing = false;
  /** Counts notices: a look-up that a notice overtook keeps nothing, since what it read may be older. */
  private notices = 0;

  constructor(private readonly dataSource: DataSource) {}

  async latest(eventId: string): Promise<number | null> {
    const known = this.known.get(eventId);
    if (known && Date.now() - known.at < (this.hearing ? HEARING_TTL_MS : DEAF_TTL_MS)) return known.version;
    const startedAt = Date.now();
    const noticesBefore = this.notices;
    const [{ version }] = await this.dataSource.query(`SELECT max(number) AS version FROM programme_versions WHERE event_id = $1`, [eventId]);
    const latest = version === null ? null : Number(version);
    if (this.notices === noticesBefore) this.known.set(eventId, { version: latest, at: startedAt });
    return latest;
  }

  forget(eventId: string): void {
    this.notices++;
    this.known.delete(eventId);
  }

  async onModuleInit(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    try {
      this.listener = new pg.Client({ connectionString: options.url, application_name: 'plenary-programme-versions' });
      this.listener.on('notification', (notice) => {
        if (notice.payload) this.forget(notice.payload);
      });
      this.listener.on('error', (error) => {
        this.hearing = false;
        this.notices++;
        this.known.clear();
        this.logger.warn(`LISTEN connection lost, programme versions are looked up again every ${DEAF_TTL_MS} ms: ${error.message}`);
      });
      await this.listener.connect();
      await this.listener.query(`LISTEN ${CHANNEL}`);
      this.hearing = true;
    } catch (error) {
      this.logger.warn(`Programme versions looked up every ${DEAF_TTL_MS} ms: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.hearing = false;
    await this.listener?.end().catch(() => undefined);
  }
}
