import 'reflect-metadata';
import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { type AppConfig, AppLogger, ConfigError, describeError, loadConfig, resolveJwtSecret } from '@app/config';
import { type PreparedDatabase, prepareDatabase } from '@app/database';
import { adminPasswordNotice } from './demo/admin-password-notice.js';
import { WorkerSupervisor } from './worker-thread/worker-supervisor.js';

async function main(): Promise<void> {
  const config = loadConfig();
  Logger.overrideLogger(new AppLogger(config.LOG_FORMAT, config.LOG_LEVEL));
  const logger = new Logger('Plenary');
  // Loading the app's modules takes seconds of CPU: do it while PostgreSQL starts and migrates in its own process.
  const appModules = Promise.all([import('./create-api-app.js'), import('./demo/demo-seeder.js')]);
  appModules.catch(() => undefined);
  const database = await prepareDatabase(config);
  try {
    await serve(config, database, logger, await appModules);
  } catch (error) {
    // The embedded server outlives this process unless stopped: the next start would find it in the way.
    await database.close().catch(() => undefined);
    throw error;
  }
}

type AppModules = [typeof import('./create-api-app.js'), typeof import('./demo/demo-seeder.js')];

async function serve(config: AppConfig, database: PreparedDatabase, logger: Logger, [{ createApiApp }, { DemoSeeder }]: AppModules): Promise<void> {
  // The worker's own thread, not the api's modules, runs the queue consumers: mail never waits on HTTP, nor HTTP on mail.
  const workerThread = config.RUN_WORKER && config.WORKER_THREAD ? new WorkerSupervisor({ databaseUrl: database.url }) : undefined;
  const apiConfig = workerThread ? Object.assign(Object.create(Object.getPrototypeOf(config) as object) as AppConfig, config, { RUN_WORKER: false }) : config;
  const app = await createApiApp({ config: apiConfig, databaseUrl: database.url, jwtSecret: resolveJwtSecret(config) });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    // A keep-alive connection busy when the close began would stay open for its whole 72 s timeout once
    // idle, and the process with it: close each one as soon as its last response is out.
    const server = app.getHttpServer() as Server;
    setInterval(() => server.closeIdleConnections(), 200).unref();
    await Promise.all([
      workerThread?.stop().catch((error: unknown) => logger.error(describeError(error))),
      app.close().catch((error: unknown) => logger.error(describeError(error))),
    ]);
    await database.close().catch((error: unknown) => logger.error(describeError(error)));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST });
  workerThread?.start();
  logger.log(`Plenary on http://localhost:${config.PORT} (web app at /, API docs at /docs)${database.embedded ? ', embedded PostgreSQL' : ''}`);
  const admin = app.get(DemoSeeder).generatedAdmin;
  if (admin) logger.warn(adminPasswordNotice(admin.email, admin.password, config.PUBLIC_URL));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    new Logger('Plenary').error(describeError(error));
  }
  process.exit(1);
});
