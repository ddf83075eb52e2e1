import { Worker } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import { type WorkerThreadData, WORKER_READY, WORKER_STOP } from './worker-messages.js';

const FIRST_RESTART_DELAY_MS = 1_000;
const LONGEST_RESTART_DELAY_MS = 30_000;
/** A thread that ran this long before crashing counts as healthy: the next restart is quick again. */
const HEALTHY_RUN_MS = 60_000;
/** Longer than any one message takes to send; after it, a thread that will not stop is ended. */
const STOP_TIMEOUT_MS = 20_000;

/**
 * Runs the worker thread of `npm start` and keeps it running: a crashed thread is started again after a
 * delay that grows while it keeps crashing; `stop()` lets its active jobs finish, then ends it.
 */
export class WorkerSupervisor {
  private readonly logger = new Logger('WorkerSupervisor');
  private worker?: Worker;
  /** Consuming jobs: before that, a stop need not wait for anything. */
  private ready = false;
  private stopping = false;
  private restartDelay = FIRST_RESTART_DELAY_MS;
  private restartTimer?: NodeJS.Timeout;
  private exited: Promise<void> = Promise.resolve();

  constructor(
    private readonly data: WorkerThreadData,
    private readonly script: URL = new URL('./worker-thread.js', import.meta.url),
  ) {}

  /** The thread has started consuming jobs. */
  get running(): boolean {
    return this.ready;
  }

  start(): void {
    const startedAt = Date.now();
    const worker = new Worker(this.script, { workerData: this.data });
    this.worker = worker;
    this.ready = false;
    worker.on('message', (message: unknown) => {
      if (message !== WORKER_READY) return;
      this.ready = true;
      this.logger.log('Worker running in its own thread');
    });
    worker.on('error', (error) => this.logger.error(`Worker thread failed: ${error.stack ?? error.message}`));
    this.exited = new Promise((done) =>
      worker.once('exit', (code) => {
        done();
        if (this.stopping) return;
        if (Date.now() - startedAt > HEALTHY_RUN_MS) this.restartDelay = FIRST_RESTART_DELAY_MS;
        this.logger.error(`Worker thread exited (code ${code}); starting it again in ${this.restartDelay / 1000} s`);
        this.restartTimer = setTimeout(() => this.start(), this.restartDelay);
        this.restartDelay = Math.min(this.restartDelay * 2, LONGEST_RESTART_DELAY_MS);
      }),
    );
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const worker = this.worker;
    if (!worker) return;
    if (!this.ready) {
      // Still loading its modules (seconds on a busy machine): no job has started, nothing to finish.
      await worker.terminate();
      return;
    }
    worker.postMessage(WORKER_STOP);
    const timer = setTimeout(() => {
      this.logger.warn(`Worker thread still busy after ${STOP_TIMEOUT_MS / 1000} s: ending it`);
      void worker.terminate();
    }, STOP_TIMEOUT_MS);
    await this.exited;
    clearTimeout(timer);
  }
}
