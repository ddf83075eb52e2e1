import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { DeliverNotification } from './deliver-notification.js';
import { MailTransport } from './mail-transport.js';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification-kind.js';
import { createNotificationProcessor } from './notification.processor.js';
import { OutboxRelay, ROWS_PER_JOB } from './outbox-relay.js';
import { queueConnection } from './queue-connection.js';
import { jobShape, NOTIFICATIONS_QUEUE } from './queue-contract.js';
import { TemplateRenderer } from './template-renderer.js';
import { UnsubscribeTokens } from './unsubscribe-token.js';

export interface NotificationsWorkerOptions {
  config: AppConfig;
  databaseUrl: string;
  kinds: NotificationKind[];
}

/** Everything that delivers: the outbox relay, the queue consumer, templates and the mail transport. */
@Module({})
export class NotificationsWorkerModule {
  static forRoot({ config, databaseUrl, kinds }: NotificationsWorkerOptions): DynamicModule {
    const { backend, connection } = queueConnection(config, databaseUrl);
    return {
      module: NotificationsWorkerModule,
      imports: [
        BullModule.forRoot({ connection }),
        BullModule.registerQueue({
          name: NOTIFICATIONS_QUEUE,
          defaultJobOptions: {
            attempts: config.MAIL_MAX_ATTEMPTS,
            backoff: { type: 'exponential', delay: config.MAIL_BACKOFF_MS, jitter: 0.5 },
            // Kept for a day so that a row relayed again finds its job and is not sent twice. By age only
            // on PostgreSQL: BullMQ trims by count there with a scan of every kept job at each completion.
            removeOnComplete: backend === 'postgres' ? { age: 24 * 3600 } : { age: 24 * 3600, count: 100_000 },
            removeOnFail: { age: 7 * 24 * 3600 },
          },
        }),
      ],
      providers: [
        { provide: NOTIFICATION_KINDS, useValue: kinds },
        { provide: TemplateRenderer, useFactory: () => new TemplateRenderer() },
        MailTransport,
        UnsubscribeTokens,
        DeliverNotification,
        { provide: ROWS_PER_JOB, useValue: jobShape(config).rowsPerJob },
        OutboxRelay,
        createNotificationProcessor(config),
      ],
      exports: [OutboxRelay, MailTransport],
    };
  }
}
