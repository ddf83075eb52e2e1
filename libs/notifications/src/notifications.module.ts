import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from './notification.entity.js';
import { NotificationsService } from './notifications.service.js';
import { MailWordingsService } from './mail-wordings.service.js';
import { OptOutsService } from './opt-outs.service.js';
import { Outbox } from './outbox.js';
import { UnsubscribeTokens } from './unsubscribe-token.js';

/** What the api and the domain libraries need: the outbox to write to, and the delivery log. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [Outbox, NotificationsService, OptOutsService, UnsubscribeTokens, MailWordingsService],
  exports: [Outbox, NotificationsService, OptOutsService, MailWordingsService],
})
export class NotificationsModule {}
