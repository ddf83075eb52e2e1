/** What producer (the outbox relay) and consumer (the notification processor) agree on. */
export const NOTIFICATIONS_QUEUE = 'notifications';
export const DELIVER_NOTIFICATION_JOB = 'deliver-notification';

/** Ids only: the processor reloads everything, so no personal data sits in the queue. */
export interface DeliverNotificationJob {
  notificationId: string;
}

/** The row's id is the job id, so a row relayed twice is one job; a retry by an organiser is a new generation. */
export function jobIdFor(notificationId: string, generation: number): string {
  return generation === 0 ? notificationId : `${notificationId}_r${generation}`;
}
