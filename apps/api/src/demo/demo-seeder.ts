import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AuthService } from '@app/auth';
import { insertDemoApplications, insertDemoAwards } from '@app/awards';
import { AppConfig } from '@app/config';
import { DEMO_EVENT_SLUG, DEMO_ICLC_SLUG, insertDemoEvent, insertDemoIclcEvent } from '@app/events';
import { insertDemoProgramme } from '@app/programme';
import { insertDemoRegistrations } from '@app/registration';
import { FileStorage } from '@app/storage';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

// Held for the seeding transaction, so api replicas starting together seed once.
const DEMO_LOCK_KEY = 7_312_025;

export type DemoOutcome = 'loaded' | 'database-not-empty';

/**
 * Loads the demo conferences, but only into a database that holds no events yet: the ASEAN+3 regional
 * conference, and the ICLC where the UNESCO Learning City Award round runs its applications. Without a
 * storage port the application files are recorded by name only.
 */
export async function loadDemoIfEmpty(dataSource: DataSource, storage?: FileStorage): Promise<DemoOutcome> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK_KEY]);
    const [{ empty }] = await manager.query(`SELECT NOT EXISTS (SELECT 1 FROM events) AS empty`);
    if (!empty) return 'database-not-empty';
    const { event, rooms, tracks } = await insertDemoEvent(manager);
    const programme = await insertDemoProgramme(manager, { id: event.id, timeZone: event.timeZone, rooms, tracks });
    await insertDemoRegistrations(manager, event.id, programme);
    await insertDemoAwards(manager, event.id, programme.ceremony);
    const iclc = await insertDemoIclcEvent(manager);
    await insertDemoApplications(manager, iclc.id, storage);
    return 'loaded';
  });
}

/** First start: the platform admin, then (when enabled) the demo conference. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');
  /** Set on the start that created the admin without ADMIN_PASSWORD: printed after the listening line. */
  generatedAdmin?: { email: string; password: string };

  constructor(
    private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const generated = await this.auth.ensurePlatformAdmin(this.config.ADMIN_EMAIL, this.config.ADMIN_PASSWORD, () => randomBytes(12).toString('base64url'));
    if (generated) this.generatedAdmin = { email: this.config.ADMIN_EMAIL, password: generated };
    if (!this.config.LOAD_DEMO) return;
    if ((await loadDemoIfEmpty(this.dataSource, this.storage)) === 'loaded')
      this.logger.log(`Loaded the demo events "${DEMO_EVENT_SLUG}" and "${DEMO_ICLC_SLUG}"`);
  }
}
