import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AuthService } from '@app/auth';
import { insertDemoAwards } from '@app/awards';
import { AppConfig } from '@app/config';
import { DEMO_EVENT_SLUG, insertDemoEvent } from '@app/events';
import { insertDemoProgramme } from '@app/programme';
import { insertDemoRegistrations } from '@app/registration';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

// Held for the seeding transaction, so api replicas starting together seed once.
const DEMO_LOCK_KEY = 7_312_025;

export type DemoOutcome = 'loaded' | 'database-not-empty';

/** Loads the demo conference, but only into a database that holds no events yet. */
export async function loadDemoIfEmpty(dataSource: DataSource): Promise<DemoOutcome> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK_KEY]);
    const [{ empty }] = await manager.query(`SELECT NOT EXISTS (SELECT 1 FROM events) AS empty`);
    if (!empty) return 'database-not-empty';
    const { event, rooms, tracks } = await insertDemoEvent(manager);
    const programme = await insertDemoProgramme(manager, { id: event.id, timeZone: event.timeZone, rooms, tracks });
    await insertDemoRegistrations(manager, event.id, programme);
    await insertDemoAwards(manager, event.id, programme.ceremony);
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
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const generated = await this.auth.ensurePlatformAdmin(this.config.ADMIN_EMAIL, this.config.ADMIN_PASSWORD, () => randomBytes(12).toString('base64url'));
    if (generated) this.generatedAdmin = { email: this.config.ADMIN_EMAIL, password: generated };
    if (!this.config.LOAD_DEMO) return;
    if ((await loadDemoIfEmpty(this.dataSource)) === 'loaded') this.logger.log(`Loaded the demo event "${DEMO_EVENT_SLUG}"`);
  }
}
