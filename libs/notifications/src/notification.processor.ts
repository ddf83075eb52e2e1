import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, Type } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { type Job, UnrecoverableError } from 'bullmq';
import { DeliverNotification, PermanentDeliveryError } from './deliver-notification.js';
import { type DeliverNotificationJob, NOTIFICATIONS_QUEUE } from './queue-contract.js';

/**
 * The consumer of the notifications queue. Built per configuration because @nestjs/bullmq reads
 * worker options (concurrency, the global rate limit) from the decorator.
 */
export function createNotificationProcessor(config: AppConfig): Type<WorkerHost> {
  @Processor(NOTIFICATIONS_QUEUE, {
    concurrency: config.QUEUE_CONCURRENCY,
    // Queue-wide, so it caps every worker process together: SMTP providers limit per account.
    limiter: { max: config.MAIL_RATE_PER_MINUTE, duration: 60_000 },
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

    async process(job: Job<DeliverNotificationJob>): Promise<string> {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      try {
        return await this.deliver.execute(job.data.notificationId, lastAttempt);
      } catch (error) {
        if (error instanceof PermanentDeliveryError) throw new UnrecoverableError(error.message);
        throw error;
      }
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
      if (final) await this.deliver.markAbandoned(job.data.notificationId, job.failedReason ?? error.message);
    }

    /** A lost queue connection is logged, not thrown: BullMQ reconnects, and the outbox keeps the messages. */
    @OnWorkerEvent('error')
    onError(error: Error): void {
      this.logger.warn(`Queue connection: ${error.message}`);
    }
  }
  return NotificationProcessor;
}
