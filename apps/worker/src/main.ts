import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppLogger, ConfigError, describeError, loadConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { WorkerModule } from '@app/runtime';

/**
 * The worker as its own process (production; any number of replicas). It needs DATABASE_URL:
 * on the embedded default the api runs the worker inside itself instead.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new AppLogger(config.LOG_FORMAT, config.LOG_LEVEL);
  Logger.overrideLogger(logger);
  if (!config.DATABASE_URL) {
    throw new ConfigError('DATABASE_URL must be set for a separate worker process (npm start runs the worker inside the api)');
  }
  await runMigrations(config.DATABASE_URL);
  const app = await NestFactory.createApplicationContext(WorkerModule.standalone(config, config.DATABASE_URL), { logger });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    new Logger('Worker').log(`${signal}: finishing active jobs, then stopping`);
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await app.init();
  new Logger('Worker').log(`Worker running (${config.REDIS_URL ? 'Redis' : 'PostgreSQL'} queue, ${config.SMTP_URL ? 'SMTP' : '.eml files'})`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : describeError(error)}\n`);
  process.exit(1);
});
