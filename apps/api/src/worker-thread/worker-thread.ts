import 'reflect-metadata';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppLogger, describeError, loadConfig } from '@app/config';
import { WorkerModule } from '@app/runtime';
import { type WorkerThreadData, WORKER_READY, WORKER_STOP } from './worker-messages.js';

/**
 * The queue worker of `npm start`, in a thread of the api's process: its own event loop, so rendering
 * and sending mail never hold up an HTTP response, and it ends with the process even on a kill -9.
 */
async function main(): Promise<void> {
  const { databaseUrl } = workerData as WorkerThreadData;
  const config = loadConfig();
  const logger = new AppLogger(config.LOG_FORMAT, config.LOG_LEVEL);
  Logger.overrideLogger(logger);
  const app = await NestFactory.createApplicationContext(WorkerModule.standalone(config, databaseUrl), { logger });
  parentPort!.on('message', (message: unknown) => {
    if (message !== WORKER_STOP) return;
    // Active jobs finish first: BullMQ's close waits for them.
    void app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        new Logger('Worker').error(describeError(error));
        process.exit(1);
      },
    );
  });
  await app.init();
  // Once started (at the api's priority, so a busy machine does not hold up the first mail): Linux gives each
  // thread its own priority, so this lowers the worker's alone; elsewhere it would be the whole process's.
  if (process.platform === 'linux') setPriority(config.WORKER_THREAD_NICENESS);
  parentPort!.postMessage(WORKER_READY);
}

main().catch((error: unknown) => {
  new Logger('Worker').error(describeError(error));
  // In a worker thread this ends the thread, not the api: the supervisor starts another.
  process.exit(1);
});
