import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AppLogger, ConfigError, loadConfig } from '@app/config';
import { prepareDatabase } from '@app/database';
import { UserEntity } from '@app/auth';
import { DEMO_EVENT_SLUG, DEMO_ICLC_SLUG, EventEntity, RoomEntity, TrackEntity } from '@app/events';
import { createFileStorage } from '@app/storage';
import { DataSource } from 'typeorm';
import { loadDemoIfEmpty } from './demo/demo-seeder.js';

/** `npm run seed:demo`: loads the demo conference, refusing a database that already holds data. */
async function main(): Promise<number> {
  const config = loadConfig();
  Logger.overrideLogger(new AppLogger(config.LOG_FORMAT, config.LOG_LEVEL));
  const logger = new Logger('Demo');
  const database = await prepareDatabase(config);
  const dataSource = new DataSource({ type: 'postgres', url: database.url, poolSize: 2, entities: [EventEntity, RoomEntity, TrackEntity, UserEntity] });
  try {
    await dataSource.initialize();
    const outcome = await loadDemoIfEmpty(dataSource, createFileStorage(config));
    if (outcome === 'loaded') {
      logger.log(`Loaded the demo events "${DEMO_EVENT_SLUG}" and "${DEMO_ICLC_SLUG}"`);
      return 0;
    }
    logger.error('The database already holds data; the demo is only ever loaded into an empty database');
    return 2;
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
