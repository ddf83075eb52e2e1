import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, Type } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { type Job, UnrecoverableError } from 'bullmq';
import { DeliverNotification, PermanentDeliveryError } from './deliver-notification.js';
import { type DeliverNotificationJob, jobShape, notificationIdsOf, NOTIFICATIONS_QUEUE } from './queue-contract.js';

/**
 * The consumer of the notifications queue. Built per configuration because @nestjs/bullmq reads
 * worker options (concurrency, the global rate limit) from the decorator.
 */
export function createNotificationProcessor(config: AppConfig): Type<WorkerHost> {
  const shape = jobShape(config);
  @Processor(NOTIFICATIONS_QUEUE, {
    concurrency: shape.concurrency,
    // Queue-wide, so it caps every worker process together: SMTP providers limit per account.
    limiter: { max: shape.limiterMax, duration: 60_000 },
    // A job cut off by a crash is picked up again once, not forever.
    maxStalledCount: 1,
    stalledInterval: 15_000,
    lockDuration: 30_000,
  })
  class NotificationProcessor extends WorkerHost {
    private readonly logger = new Logger('NotificationProcessor');

    constructor(@Inject(DeliverNotification) private readonly deliver: DeliverNotification) {
      super();
    }

    /**
     * The job's rows are sent side by side. A row that failed for good is recorded so and does not
     * fail the others; a passing failure fails the job, so BullMQ retries it, and the rows already
     * sent are skipped then. Only a re-run may take over a row left `sending` (see DeliverNotification).
     */
    async process(job: Job<DeliverNotificationJob>): Promise<string> {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const rerun = (job.attemptsStarted ?? 0) > 1 || job.attemptsMade > 0 || (job.stalledCounter ?? 0) > 0;
      const outcomes = await Promise.allSettled(notificationIdsOf(job.data).map((id) => this.deliver.execute(id, lastAttempt, rerun)));
      const passing = outcomes.find((outcome) => outcome.status === 'rejected' && !(outcome.reason instanceof PermanentDeliveryError));
      if (passing) throw (passing as PromiseRejectedResult).reason;
      const permanent = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      // One row refused for good is the whole job's outcome only when it is the only row.
      if (permanent.length > 0 && permanent.length === outcomes.length) throw new UnrecoverableError(errorMessage(permanent[0].reason));
      return outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : 'failed')).join(',');
    }

    /** On SIGTERM: stop taking jobs and let the active ones finish while the mail pool is still open. */
    async beforeApplicationShutdown(): Promise<void> {
      await this.worker.close();
    }

    /**
     * A job BullMQ gives up on without running us (stalled twice by crashes) must not leave its row
     * `sending` forever: it is marked failed, so an organiser can retry it.
     */
    @OnWorkerEvent('failed')
    async onFailed(job: Job<DeliverNotificationJob> | undefined, error: Error): Promise<void> {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1) || /stalled/i.test(job.failedReason ?? error.message);
      if (final) await this.deliver.markAbandoned(notificationIdsOf(job.data), job.failedReason ?? error.message);
    }

    /** A lost queue connection is logged, not thrown: BullMQ reconnects, and the outbox keeps the messages. */
    @OnWorkerEvent('error')
    onError(error: Error): void {
      this.logger.warn(`Queue connection: ${error.message}`);
    }
  }
  return NotificationProcessor;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
