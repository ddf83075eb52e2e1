import type { AppConfig } from '@app/config';

/** What producer (the outbox relay) and consumer (the notification processor) agree on. */
export const NOTIFICATIONS_QUEUE = 'notifications';
export const DELIVER_NOTIFICATION_JOB = 'deliver-notification';

/** Ids only: the processor reloads everything, so no personal data sits in the queue. */
export interface DeliverNotificationJob {
  notificationIds: string[];
  /** A job queued by a version that carried one row per job. */
  notificationId?: string;
}

/** The rows of a job, whichever version queued it. */
export function notificationIdsOf(job: DeliverNotificationJob): string[] {
  return job.notificationIds ?? (job.notificationId ? [job.notificationId] : []);
}

/**
 * A job's id is its first row's id, so a batch relayed twice is one job; a retry by an organiser is a
 * new generation. A row can still reach a second job (relayed again in another batch): the delivery's
 * claim then lets only one of them send it.
 */
export function jobIdFor(notificationId: string, generation: number): string {
  return generation === 0 ? notificationId : `${notificationId}_r${generation}`;
}

/**
 * Each job costs the worker more than a row does (a dozen statements and a commit of BullMQ's own on
 * PostgreSQL, scripts and a lock on Redis): several rows share one on either backend.
 */
const ROWS_PER_JOB = 10;

/**
 * A job's rows finish together, so a worker needs several jobs at once to keep its sends flowing
 * while one job waits for its slowest message and the next is claimed.
 */
const JOBS_IN_FLIGHT = 4;

/**
 * Rows per job, and jobs a worker runs at once. Never more rows in flight than QUEUE_CONCURRENCY,
 * nor per job than allowed in a minute, so that BullMQ's limiter, which counts jobs, caps messages
 * at MAIL_RATE_PER_MINUTE with `limiterMax` jobs. The same on both backends: in the notifications
 * bench (5,000 messages), ten rows per Redis job sent 1.3–1.45 times the messages per second of one
 * row per job, at 0.7–0.8 of the CPU per message.
 */
export function jobShape(config: AppConfig): { rowsPerJob: number; concurrency: number; limiterMax: number } {
  const rowsPerJob = Math.max(1, Math.min(ROWS_PER_JOB, Math.floor(config.QUEUE_CONCURRENCY / JOBS_IN_FLIGHT), config.MAIL_RATE_PER_MINUTE));
  return {
    rowsPerJob,
    concurrency: Math.max(1, Math.floor(config.QUEUE_CONCURRENCY / rowsPerJob)),
    limiterMax: Math.max(1, Math.floor(config.MAIL_RATE_PER_MINUTE / rowsPerJob)),
  };
}
